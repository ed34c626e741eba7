import { isHardBounce, parseDeliveryStatus } from './dsn';

const postfix = [
  'Reporting-MTA: dns; relay.example.net',
  'X-Postfix-Queue-ID: 4F1D82C0F3',
  'Arrival-Date: Wed, 30 Jul 2025 02:00:01 +0000 (UTC)',
  '',
  'Final-Recipient: rfc822; Gone@Example.org',
  'Original-Recipient: rfc822;gone@example.org',
  'Action: failed',
  'Status: 5.1.1',
  'Remote-MTA: dns; mx.example.org',
  'Diagnostic-Code: smtp; 550 5.1.1 <gone@example.org>: Recipient address',
  '    rejected: User unknown',
  '',
  'Final-Recipient: rfc822; busy@example.org',
  'Action: delayed',
  'Status: 4.2.2',
  '',
].join('\r\n');

describe('parseDeliveryStatus', () => {
  it('reads every recipient block, unfolding continued lines', () => {
    expect(parseDeliveryStatus(postfix)).toEqual([
      {
        recipient: 'gone@example.org',
        action: 'failed',
        status: '5.1.1',
        diagnostic: 'smtp; 550 5.1.1 <gone@example.org>: Recipient address rejected: User unknown',
      },
      { recipient: 'busy@example.org', action: 'delayed', status: '4.2.2', diagnostic: '' },
    ]);
  });

  it.each([
    ['Original-Recipient: rfc822; <Only@Orig.example>\nAction: failed\nStatus: 5.0.0', 'only@orig.example'],
    ['Final-Recipient: x@y.example\nAction: failed\nStatus: 5.7.1 (policy)', 'x@y.example'],
  ])('takes the address from %j', (text, recipient) => {
    expect(parseDeliveryStatus(text)[0].recipient).toBe(recipient);
  });

  it('finds nothing in a text that is no report', () => {
    expect(parseDeliveryStatus('Hello,\n\nthanks for the update.')).toEqual([]);
  });
});

describe('isHardBounce', () => {
  it.each([
    ['failed', '5.1.1', true],
    ['failed', '5.7.1', true],
    ['failed', '4.4.7', false],
    ['delayed', '4.2.2', false],
    ['delivered', '2.0.0', false],
  ])('action %s status %s: %p', (action, status, expected) => {
    expect(isHardBounce({ recipient: 'a@b.example', action, status, diagnostic: '' })).toBe(expected);
  });
});
