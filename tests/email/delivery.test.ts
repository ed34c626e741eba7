import { SimulatedClock } from '@dw/domain';
import { DeliveriesRepository, SubscribersRepository } from '@dw/platform';
import { ComposeService } from '../../apps/notifier/src/compose.service';
import { EmailProcessor } from '../../apps/notifier/src/email/email.processor';
import { EmailSender } from '../../apps/notifier/src/email/email-sender';
import type { TestApp } from '../support/app';
import { eventually, openTestDatabase, uniqueName } from '../support/env';
import { type SmtpSink, startSmtpSink } from './smtp-sink';
import { addConfirmedSubscriber, emit, sleep, startEmailApp, statusChanged } from './support';
import { startTestApp } from '../support/app';

describe('email delivery: crashes, permanent and temporary SMTP failures', () => {
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await startSmtpSink();
  });

  afterAll(async () => {
    await sink?.close();
  });

  it('loses nothing and sends nothing twice when the process dies between rendering and sending (PostgreSQL)', async () => {
    const db = await openTestDatabase('postgres');
    const queuePrefix = uniqueName('dwcrash');
    const env = { QUEUE_PREFIX: queuePrefix };
    const a = await startApp(sink, env, db);
    // The send worker is gone (as if the process died right after composing).
    await a.app.get(EmailProcessor).worker.close();
    const recipients = ['one@example.org', 'two@example.org', 'three@example.org'];
    for (const email of recipients) await addConfirmedSubscriber(a, email);
    const event = statusChanged();
    await emit(a, event);
    const deliveries = a.app.get(DeliveriesRepository);
    await eventually(async () => expect(await deliveries.forEvent(event.id)).toHaveLength(3), 20_000);
    expect((await deliveries.forEvent(event.id)).every((d) => d.status === 'pending')).toBe(true);
    await sleep(300);
    expect(recipients.flatMap((r) => sink.to(r))).toHaveLength(0);
    await a.app.close();
    const b = await startApp(sink, env, db);
    try {
      await eventually(() => {
        for (const r of recipients) expect(sink.to(r)).toHaveLength(1);
      }, 20_000);
      // The sink has the mail a moment before the sender records it as sent.
      const sent = await eventually(async () => {
        const rows = await b.app.get(DeliveriesRepository).forEvent(event.id);
        expect(rows.map((d) => d.status)).toEqual(['sent', 'sent', 'sent']);
        return rows;
      });

      // Composing again, or a stray send of the same delivery, adds no mail.
      await b.app.get(ComposeService).compose(event.id);
      for (const d of sent)
        expect(await b.app.get(EmailSender).send(d.id)).toEqual({ status: 'already-sent' });
      await sleep(1000);
      for (const r of recipients) expect(sink.to(r)).toHaveLength(1);
      expect(await b.app.get(DeliveriesRepository).forEvent(event.id)).toHaveLength(3);
    } finally {
      await b.close();
    }
  }, 60_000);

  it('marks an address refused with 5xx as bounced and stops; retries a 4xx with backoff', async () => {
    const t = await startEmailApp(sink);
    try {
      let deferred = 0;
      sink.setRcptPolicy((address) => {
        if (address === 'gone@example.org') return { code: 550, message: '5.1.1 No such user' };
        if (address === 'busy@example.org' && deferred++ === 0) {
          return { code: 451, message: '4.7.1 Try again later' };
        }
        return null;
      });
      const gone = await addConfirmedSubscriber(t, 'gone@example.org');
      const busy = await addConfirmedSubscriber(t, 'busy@example.org');
      const event = statusChanged();
      await emit(t, event);
      const subscribers = t.app.get(SubscribersRepository);
      await eventually(async () => expect((await subscribers.find(gone))?.bounced_at).not.toBeNull(), 20_000);
      expect((await subscribers.find(gone))?.bounce_reason).toMatch(/550/);

      const retried = await eventually(() => {
        const [mail] = sink.to('busy@example.org');
        if (!mail) throw new Error('not yet delivered');
        return mail;
      }, 20_000);
      expect(retried.parsed.subject).toMatch(/Deal reached/);
      const rows = await eventually(async () => {
        const found = await t.app.get(DeliveriesRepository).forEvent(event.id);
        expect(found.find((d) => d.recipient_id === busy)).toMatchObject({ status: 'sent', attempts: 2 });
        return found;
      });
      expect(rows.find((d) => d.recipient_id === gone)).toMatchObject({ status: 'failed', attempts: 1 });
      expect((await subscribers.find(busy))?.bounced_at).toBeNull();

      // The bounced address gets nothing more; the other one does.
      await emit(t, statusChanged());
      await eventually(() => expect(sink.to('busy@example.org')).toHaveLength(2), 20_000);
      expect(sink.to('gone@example.org')).toHaveLength(0);
    } finally {
      sink.setRcptPolicy(null);
      await t.close();
    }
  }, 40_000);
});

async function startApp(
  sink: SmtpSink,
  env: Record<string, string>,
  db: import('@dw/platform').Database,
): Promise<TestApp> {
  return startTestApp({
    db,
    clock: new SimulatedClock('2025-07-30T02:00:00Z'),
    env: { SMTP_URL: sink.url, PUBLIC_URL: 'https://deadline-watch.test', ...env },
  });
}
