import { sql } from 'kysely';
import { DeliveriesRepository, EmailDeliveriesRepository } from '@dw/platform';
import { EmailSender } from '../../apps/notifier/src/email/email-sender';
import { eventually } from '../support/env';
import { type SmtpSink, startSmtpSink } from './smtp-sink';
import { addConfirmedSubscriber, emit, sleep, startEmailApp, statusChanged } from './support';

describe('email: a retry records, it never sends again; an unknown outcome is resent once and counted', () => {
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await startSmtpSink();
  });

  afterAll(async () => {
    await sink?.close();
  });

  it('keeps accepted sends in the job while the database refuses the record, then records them without a resend', async () => {
    const t = await startEmailApp(sink);
    try {
      const deliveries = t.app.get(DeliveriesRepository);
      const outcomes = t.app.get(EmailDeliveriesRepository);
      const addresses = ['kept1@example.org', 'kept2@example.org', 'kept3@example.org'];
      for (const address of addresses) await addConfirmedSubscriber(t, address);
      // The database refuses every outcome record for a while (as when PostgreSQL restarts).
      const record = outcomes.recordEmailOutcomes.bind(outcomes);
      let refusing = true;
      const spy = jest.spyOn(outcomes, 'recordEmailOutcomes').mockImplementation(async (records) => {
        if (refusing) throw new Error('connection terminated unexpectedly');
        return record(records);
      });
      const event = statusChanged();
      await emit(t, event);
      await eventually(() => expect(addresses.flatMap((a) => sink.to(a))).toHaveLength(3), 20_000);
      await sleep(3_000); // several record attempts fail meanwhile
      expect((await deliveries.forEvent(event.id)).map((d) => d.status)).toEqual([
        'pending',
        'pending',
        'pending',
      ]);
      refusing = false;
      await eventually(async () => {
        const rows = await deliveries.forEvent(event.id);
        expect(rows.map((d) => d.status)).toEqual(['sent', 'sent', 'sent']);
        expect(rows.map((d) => d.attempts)).toEqual([1, 1, 1]);
        expect(rows.map((d) => d.unknown_outcome_resends)).toEqual([0, 0, 0]);
      }, 40_000);
      spy.mockRestore();
      await sleep(500);
      for (const address of addresses) expect(sink.to(address)).toHaveLength(1);
    } finally {
      await t.close();
    }
  }, 90_000);

  it('resends with the same Message-ID when its own earlier run died after sending, counts it; leaves a live lease alone', async () => {
    const t = await startEmailApp(sink);
    try {
      const deliveries = t.app.get(DeliveriesRepository);
      const sender = t.app.get(EmailSender);
      const recipient = await addConfirmedSubscriber(t, 'unknown@example.org');
      const [delivery] = await deliveries.insertMany([
        {
          eventId: statusChanged().id,
          channel: 'email',
          recipientId: recipient,
          subject: 'Deal reached',
          body: { kind: 'alert', html: '<p>deal</p>', text: 'deal', headers: {} },
          now: new Date(),
        },
      ]);
      // Another job holds a live lease: nothing is sent.
      await sql`UPDATE deliveries SET claimed_by = 'job-B', send_started_at = now() WHERE id = ${delivery.id}`.execute(
        t.db,
      );
      expect(await sender.sendGroup([delivery.id], 'job-A')).toMatchObject({ settled: [], untaken: 1 });
      expect(sink.to('unknown@example.org')).toHaveLength(0);

      // job-B's process died between the SMTP accept and the record: its next run resends, once.
      const first = await sender.sendGroup([delivery.id], 'job-B');
      expect(first.settled).toEqual([expect.objectContaining({ id: delivery.id, outcome: 'sent' })]);
      const row = await deliveries.find(delivery.id);
      expect(row).toMatchObject({ status: 'sent', unknown_outcome_resends: 1, claimed_by: null });
      expect(await sender.send(delivery.id)).toEqual({ status: 'already-sent' });
      expect(sink.to('unknown@example.org')).toHaveLength(1);
      const metrics = await (await fetch(`${t.url}/metrics`)).text();
      expect(metrics).toMatch(/dw_delivery_unknown_outcome_resends_total\{channel="email"\} 1/);
    } finally {
      await t.close();
    }
  }, 60_000);
});
