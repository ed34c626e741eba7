import { canonicalUrl } from './url';

describe('canonicalUrl', () => {
  it.each([
    [
      'drops utm_* parameters',
      'https://example.com/a?utm_source=rss&utm_medium=feed',
      'https://example.com/a',
    ],
    [
      'keeps real parameters in order',
      'https://example.com/a?id=7&utm_campaign=x&page=2',
      'https://example.com/a?id=7&page=2',
    ],
    ['drops fbclid and gclid', 'https://example.com/a?fbclid=abc&gclid=def', 'https://example.com/a'],
    ['drops the fragment', 'https://example.com/a#comments', 'https://example.com/a'],
    ['lowercases the host', 'https://News.EXAMPLE.com/Story', 'https://news.example.com/Story'],
    ['drops the default port', 'https://example.com:443/a', 'https://example.com/a'],
    ['drops credentials', 'https://user:pw@example.com/a', 'https://example.com/a'],
    ['trims whitespace', '  https://example.com/a \n', 'https://example.com/a'],
    ['resolves relative links', '/news/1?utm_term=x', 'https://example.com/news/1'],
    ['refuses javascript:', 'javascript:alert(1)', null],
    ['refuses tag: URIs', 'tag:example.com,2005:1', null],
  ])('%s', (_label, input, expected) => {
    expect(canonicalUrl(input, 'https://example.com/feed.xml')).toBe(expected);
  });

  it('needs a base for relative links', () => {
    expect(canonicalUrl('/news/1')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
  });
});
