import { classifyAddress } from './classify-address';
import { assertPublicUrl } from './guard';

describe('classifyAddress (pure: nothing connects)', () => {
  it.each([
    ['8.8.8.8', 'public'],
    ['2606:4700:4700::1111', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['169.254.1.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['100.64.0.1', 'carrier-grade-nat'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456::1', 'unique-local'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['192.0.2.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['240.0.0.1', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['::ffff:8.8.8.8', 'public'],
    ['64:ff9b::7f00:1', 'loopback'],
    ['2002:7f00:1::', 'loopback'],
    ['2002:0808:0808::', 'public'],
    ['[::1]', 'loopback'],
    ['not-an-ip', 'invalid'],
  ])('%s is %s', (ip, kind) => {
    expect(classifyAddress(ip).kind).toBe(kind);
  });
});

describe('assertPublicUrl', () => {
  it.each([
    'http://127.1/',
    'http://2130706433/',
    'http://0x7f000001/',
    'http://0177.0.0.1/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::1]/',
    'http://localhost/',
    'http://api.localhost/',
    'http://10.0.0.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[fd00:ec2::254]/',
    'http://0/',
  ])('refuses %s', (url) => {
    expect(() => assertPublicUrl(url)).toThrow(/^refused: /);
  });

  it('names the address and how to allow it in development', () => {
    expect(() => assertPublicUrl('http://0x7f000001/')).toThrow(
      'refused: 127.0.0.1 is a loopback address (set ALLOW_PRIVATE_NETWORK=true to allow in development)',
    );
    expect(() => assertPublicUrl('http://169.254.169.254/')).toThrow(
      'refused: 169.254.169.254 is a cloud metadata address',
    );
  });

  it('lets public hosts and, when allowed, private ones through', () => {
    expect(assertPublicUrl('https://news.example/feed').hostname).toBe('news.example');
    expect(assertPublicUrl('http://127.0.0.1:8080/', { allowPrivateNetwork: true }).port).toBe('8080');
  });

  it.each([
    'ftp://example.com/',
    'file:///etc/passwd',
    'gopher://x/',
    'not a url',
    'http://u:p@example.com/',
  ])('refuses %s as a URL', (url) => {
    expect(() => assertPublicUrl(url)).toThrow(/^refused: /);
  });
});
