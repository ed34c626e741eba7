import { generateKeyPairSync } from 'node:crypto';
import { SubscribersRepository } from '@dw/platform';
import { eventually } from '../support/env';
import { type SmtpSink, startSmtpSink } from './smtp-sink';
import { addConfirmedSubscriber, emit, header, startEmailApp, statusChanged } from './support';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { dkimVerify } = require('mailauth/lib/dkim/verify') as {
  dkimVerify: (
    message: Buffer,
    options: { resolver: (name: string, type: string) => Promise<string[][]> },
  ) => Promise<{
    results: { status: { result: string; comment?: string }; signingHeaders?: { keys: string } }[];
  }>;
};

const API_TOKEN = 'bounce-test-token-0123456789';

describe('mail that inboxes accept: DKIM, From name, Message-ID host, bounce address, DSN bounces', () => {
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await startSmtpSink();
  });

  afterAll(async () => {
    await sink?.close();
  });

  it('signs with DKIM over the List-Unsubscribe headers; a DSN for a sent mail marks the address bounced', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const t = await startEmailApp(sink, {
      env: {
        DKIM_DOMAIN: 'deadline-watch.test',
        DKIM_SELECTOR: 'dw2025',
        DKIM_PRIVATE_KEY: pem.replace(/\n/g, '\\n'),
        MAIL_FROM_NAME: 'Deadline Watch',
        BOUNCE_ADDRESS: 'bounces@deadline-watch.test',
        API_TOKEN,
      },
    });
    try {
      const id = await addConfirmedSubscriber(t, 'signed@example.org');
      await emit(t, statusChanged());
      const mail = await eventually(() => {
        const [received] = sink.to('signed@example.org');
        if (!received) throw new Error('not yet');
        return received;
      }, 20_000);

      // DKIM: verified against the public key as DNS would publish it.
      const record = `v=DKIM1; k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`;
      const verified = await dkimVerify(Buffer.from(mail.raw), {
        resolver: async (name, type) => {
          if (name === 'dw2025._domainkey.deadline-watch.test' && type === 'TXT') return [[record]];
          throw Object.assign(new Error(`no ${type} ${name}`), { code: 'ENOTFOUND' });
        },
      });
      expect(verified.results[0].status.result).toBe('pass');
      // The h= list, as "From: Subject: ...".
      const signed = (verified.results[0].signingHeaders?.keys ?? '').toLowerCase().split(/[\s:]+/);
      expect(signed).toEqual(
        expect.arrayContaining([
          'from',
          'subject',
          'message-id',
          'list-unsubscribe',
          'list-unsubscribe-post',
        ]),
      );

      expect(header(mail, 'From')).toBe('Deadline Watch <alerts@deadline-watch.test>');
      expect(mail.parsed.messageId).toMatch(/^<email\..+@deadline-watch\.test>$/);
      expect(mail.from).toBe('bounces@deadline-watch.test');

      // A relay's report that the address failed for good, quoting our message.
      const dsn = deliveryStatusNotification('signed@example.org', mail.parsed.messageId ?? '');
      const refused = await fetch(`${t.url}/api/bounces`, {
        method: 'POST',
        headers: { 'content-type': 'message/rfc822' },
        body: dsn,
      });
      expect(refused.status).toBe(401);
      const notDsn = await fetch(`${t.url}/api/bounces`, {
        method: 'POST',
        headers: { 'content-type': 'message/rfc822', authorization: `Bearer ${API_TOKEN}` },
        body: 'From: someone@example.org\r\nSubject: hello\r\n\r\nnot a report\r\n',
      });
      expect(notDsn.status).toBe(400);
      // A report sent as JSON was already parsed as JSON: it is not the report as received.
      const asJson = await fetch(`${t.url}/api/bounces`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${API_TOKEN}` },
        body: JSON.stringify({ report: 'not raw' }),
      });
      expect(asJson.status).toBe(415);
      expect(await asJson.json()).toMatchObject({
        statusCode: 415,
        message: expect.stringMatching(/message\/rfc822/),
      });
      // A report quoting a message we never sent changes nothing.
      const foreign = await fetch(`${t.url}/api/bounces`, {
        method: 'POST',
        headers: { 'content-type': 'message/rfc822', authorization: `Bearer ${API_TOKEN}` },
        body: deliveryStatusNotification('signed@example.org', '<other@elsewhere.example>'),
      });
      expect(await foreign.json()).toMatchObject({
        bounced: [],
        ignored: [{ recipient: 'signed@example.org' }],
      });
      expect((await t.app.get(SubscribersRepository).find(id))?.bounced_at).toBeNull();

      const accepted = await fetch(`${t.url}/api/bounces`, {
        method: 'POST',
        headers: { 'content-type': 'message/rfc822', authorization: `Bearer ${API_TOKEN}` },
        body: dsn,
      });
      expect(accepted.status).toBe(200);
      expect(await accepted.json()).toEqual({ reports: 1, bounced: ['signed@example.org'], ignored: [] });
      const subscriber = await t.app.get(SubscribersRepository).find(id);
      expect(subscriber?.bounced_at).not.toBeNull();
      expect(subscriber?.bounce_reason).toMatch(/DSN 5\.1\.1/);
    } finally {
      await t.close();
    }
  }, 60_000);
});

/** What Postfix sends to the envelope sender when the next hop refuses an address for good. */
function deliveryStatusNotification(recipient: string, originalMessageId: string): string {
  return [
    'From: MAILER-DAEMON@relay.example.net (Mail Delivery System)',
    'To: bounces@deadline-watch.test',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
    '',
    '--B1',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    "I'm sorry to have to inform you that your message could not be delivered.",
    '',
    '--B1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; relay.example.net',
    '',
    `Final-Recipient: rfc822; ${recipient}`,
    'Action: failed',
    'Status: 5.1.1',
    `Diagnostic-Code: smtp; 550 5.1.1 <${recipient}>: Recipient address rejected`,
    '',
    '--B1',
    'Content-Type: text/rfc822-headers',
    '',
    'From: Deadline Watch <alerts@deadline-watch.test>',
    `To: ${recipient}`,
    `Message-ID: ${originalMessageId}`,
    'Subject: Deal reached',
    '',
    '--B1--',
    '',
  ].join('\r\n');
}
