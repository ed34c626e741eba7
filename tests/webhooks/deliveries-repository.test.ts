import {
  type AttemptRecord,
  type Database,
  EventsRepository,
  WebhookDeliveriesRepository,
  WebhooksRepository,
} from '@dw/platform';
import { closeTestDatabase, type DatabaseKind, openTestDatabase } from '../support/env';
import { statusEvent } from './support';

/** The batched statements of the webhook path, on both engines the service runs on. */
describe.each<DatabaseKind>(['pglite', 'postgres'])('webhook deliveries repository on %s', (kind) => {
  let db: Database;
  let repo: WebhookDeliveriesRepository;
  let seqs: number[];
  const now = new Date('2025-07-30T10:00:00Z');

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    repo = new WebhookDeliveriesRepository(db);
    const endpoints = new WebhooksRepository(db);
    seqs = [];
    for (const i of [0, 1, 2]) {
      const row = await endpoints.create({
        id: `wh_repo_${i}`,
        url: `https://example.org/${i}`,
        description: null,
        events: [],
        tracks: [],
        secret: 'whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0',
        now,
      });
      seqs.push(row.seq);
    }
  }, 60_000);

  afterAll(async () => {
    if (db) await closeTestDatabase(db);
  });

  async function newEvent(): Promise<string> {
    const event = statusEvent();
    await new EventsRepository(db).record(event);
    return event.id;
  }

  function attempt(deliveryId: number, overrides: Partial<AttemptRecord>): AttemptRecord {
    return {
      deliveryId,
      webhookId: 'wh_repo_0',
      attempt: 0,
      trigger: 'scheduled',
      outcome: 'success',
      at: now,
      statusCode: 200,
      latencyMs: 12,
      responseExcerpt: 'ok',
      error: null,
      delivery: { status: 'sent', at: now, error: null },
      endpointHealth: 'healthy',
      ...overrides,
    };
  }

  it('creates one delivery per endpoint once, and a re-run returns only those still waiting', async () => {
    const eventId = await newEvent();
    const first = await repo.createDeliveries(eventId, seqs, { payload: { type: 'x' } }, now);
    expect(first.map((d) => d.recipient_id)).toEqual(seqs);
    await repo.recordAttempts([attempt(first[0].id, {})]);
    const again = await repo.createDeliveries(eventId, seqs, { payload: { type: 'x' } }, now);
    expect(again.map((d) => d.id)).toEqual(first.slice(1).map((d) => d.id));
    const loaded = await repo.deliveriesToAttempt([first[1].id, 999_999, first[0].id]);
    expect(loaded.map((d) => d?.status)).toEqual(['pending', undefined, 'sent']);
    expect(JSON.parse(loaded[0]!.payload)).toEqual({ type: 'x' });
    expect(loaded[0]!.webhook?.id).toBe('wh_repo_1');
  });

  it('stores an event payload once, sends its exact text to every endpoint, and still reads rows that carry their own', async () => {
    const [eventA, eventB] = [await newEvent(), await newEvent()];
    const payloadA = { type: 'a', data: { text: 'é "quoted" \\ ✓', n: 1 } };
    const a = await repo.createDeliveries(eventA, seqs, { payload: payloadA }, now);
    const b = await repo.createDeliveries(eventB, seqs.slice(0, 2), { payload: { type: 'b' } }, now);
    // A re-run with another payload keeps the first one stored: every delivery of an event sends the same text.
    await repo.createDeliveries(eventA, seqs, { payload: { type: 'changed' } }, now);
    const stored = await db
      .selectFrom('webhook_payloads')
      .selectAll()
      .where('event_id', 'in', [eventA, eventB])
      .execute();
    expect(stored.map((row) => [row.event_id, row.body]).sort()).toEqual(
      [
        [eventA, JSON.stringify(payloadA)],
        [eventB, JSON.stringify({ type: 'b' })],
      ].sort(),
    );
    const copies = await db
      .selectFrom('deliveries')
      .select(['body', 'shared_payload'])
      .where('event_id', '=', eventA)
      .execute();
    expect(copies.map((row) => row.shared_payload)).toEqual([true, true, true]);
    expect(copies.map((row) => row.body)).toEqual([{}, {}, {}]);
    // A row written before payloads were shared carries its own copy in body.
    const legacyEvent = await newEvent();
    const [legacy] = await db
      .insertInto('deliveries')
      .values({
        delivery_key: `webhook:${legacyEvent}:${seqs[2]}`,
        event_id: legacyEvent,
        channel: 'webhook',
        recipient_id: seqs[2],
        status: 'pending',
        subject: null,
        body: JSON.stringify({ payload: { type: 'legacy' }, recovery: '1' }),
        last_error: null,
        created_at: now,
      })
      .returning('id')
      .execute();
    const ids = [b[1].id, a[2].id, legacy.id, a[0].id, b[0].id, a[1].id];
    const loaded = await repo.deliveriesToAttempt(ids);
    expect(loaded.map((d) => d?.id)).toEqual(ids);
    expect(loaded.map((d) => d?.event_id)).toEqual([eventB, eventA, legacyEvent, eventA, eventB, eventA]);
    expect(loaded.map((d) => JSON.parse(d!.payload) as unknown)).toEqual([
      { type: 'b' },
      payloadA,
      { type: 'legacy' },
      payloadA,
      { type: 'b' },
      payloadA,
    ]);
    expect(loaded[1]!.payload).toBe(JSON.stringify(payloadA));
    // Alone in its batch, a delivery still gets its payload (the first row of its event carries it).
    expect(JSON.parse((await repo.deliveriesToAttempt([a[1].id]))[0]!.payload)).toEqual(payloadA);
  });

  it('writes many attempts in one statement, in order, and never takes sent back', async () => {
    const eventId = await newEvent();
    const [a, b] = await repo.createDeliveries(eventId, seqs.slice(0, 2), { payload: {} }, now);
    const dropped = await repo.recordAttempts([
      attempt(a.id, {
        outcome: 'interrupted',
        statusCode: null,
        delivery: null,
        error: 'unknown',
        endpointHealth: null,
      }),
      attempt(a.id, { trigger: 'redelivery' }),
      attempt(b.id, {
        outcome: 'retry',
        statusCode: 500,
        error: 'HTTP 500',
        delivery: { status: 'pending', at: now, error: 'HTTP 500' },
        endpointHealth: 'failing',
      }),
    ]);
    expect([...dropped]).toEqual([]);
    expect((await repo.attemptsOfDelivery(a.id)).map((r) => [r.outcome, r.trigger])).toEqual([
      ['interrupted', 'scheduled'],
      ['success', 'redelivery'],
    ]);
    const [sentRow, pendingRow] = await repo.deliveriesToAttempt([a.id, b.id]);
    expect(sentRow).toMatchObject({ status: 'sent', attempts: 2 });
    expect(pendingRow).toMatchObject({ status: 'pending', attempts: 1 });

    // A worker that lost its job reports a failure for a delivery sent meanwhile: dropped.
    const late = await repo.recordAttempts([
      attempt(a.id, {
        outcome: 'retry',
        statusCode: 500,
        delivery: { status: 'pending', at: now, error: 'HTTP 500' },
        endpointHealth: 'failing',
      }),
    ]);
    expect([...late]).toEqual([a.id]);
    expect((await repo.attemptsOfDelivery(a.id)).map((r) => r.outcome)).toEqual(['interrupted', 'success']);
    expect((await repo.deliveriesToAttempt([a.id]))[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  describe('failing streak of the endpoint, written in the same statement as the attempts', () => {
    const at = (minute: number) => new Date(now.getTime() + minute * 60_000);
    const failure = (minute: number) => ({
      outcome: 'retry' as const,
      statusCode: 500,
      at: at(minute),
      delivery: { status: 'pending' as const, at: at(minute), error: 'HTTP 500' },
      endpointHealth: 'failing' as const,
    });
    const success = (minute: number) => ({
      at: at(minute),
      delivery: { status: 'sent' as const, at: at(minute), error: null },
    });
    let endpointCount = 0;

    it.each([
      { name: 'a failure starts it', streak: null, batches: [[failure(1)]], expected: 1 },
      { name: 'a failure keeps one running', streak: 0, batches: [[failure(1)]], expected: 0 },
      { name: 'a success ends it', streak: 0, batches: [[success(2)]], expected: null },
      { name: 'a later batch ends it', streak: null, batches: [[failure(1)], [success(2)]], expected: null },
      {
        name: 'failure then success in one batch',
        streak: null,
        batches: [[failure(1), success(2)]],
        expected: null,
      },
      {
        name: 'success then failure in one batch',
        streak: 0,
        batches: [[success(1), failure(2)]],
        expected: 2,
      },
      {
        name: 'a late record of an earlier success keeps a newer streak',
        streak: 3,
        batches: [[success(2)]],
        expected: 3,
      },
      {
        name: 'an interruption changes nothing',
        streak: 0,
        batches: [[{ outcome: 'interrupted' as const, delivery: null, endpointHealth: null }]],
        expected: 0,
      },
    ])('$name', async ({ streak, batches, expected }) => {
      endpointCount += 1;
      const id = `wh_streak_${endpointCount}_${Date.now()}`;
      const endpoint = await new WebhooksRepository(db).create({
        id,
        url: 'https://example.org/streak',
        description: null,
        events: [],
        tracks: [],
        secret: 'whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0',
        now,
      });
      await db
        .updateTable('webhooks')
        .set({ failing_since: streak === null ? null : at(streak) })
        .where('id', '=', id)
        .execute();
      for (const batch of batches) {
        const deliveries = await repo.createDeliveries(
          await newEvent(),
          [endpoint.seq],
          { payload: {} },
          now,
        );
        await repo.recordAttempts(
          batch.map((change) => attempt(deliveries[0].id, { webhookId: id, ...change })),
        );
      }
      const row = await db
        .selectFrom('webhooks')
        .select('failing_since')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(row.failing_since).toEqual(expected === null ? null : at(expected));
    });

    it('a failure dropped because its delivery was sent meanwhile starts no streak', async () => {
      const id = `wh_streak_dropped_${Date.now()}`;
      const endpoint = await new WebhooksRepository(db).create({
        id,
        url: 'https://example.org/streak',
        description: null,
        events: [],
        tracks: [],
        secret: 'whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0',
        now,
      });
      const [delivery] = await repo.createDeliveries(await newEvent(), [endpoint.seq], { payload: {} }, now);
      await repo.recordAttempts([attempt(delivery.id, { webhookId: id, ...success(1) })]);
      const dropped = await repo.recordAttempts([attempt(delivery.id, { webhookId: id, ...failure(2) })]);
      expect([...dropped]).toEqual([delivery.id]);
      const row = await db
        .selectFrom('webhooks')
        .select('failing_since')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(row.failing_since).toBeNull();
    });
  });

  it('reopens failed and skipped deliveries since a time, page by page, and nothing else', async () => {
    const before = new Date('2025-07-29T00:00:00Z');
    const old = await repo.createDeliveries(await newEvent(), [seqs[2]], { payload: {} }, before);
    await repo.setDeliveryStatus(old[0].id, 'failed', { at: before, error: 'HTTP 500' });
    const failed = await repo.createDeliveries(await newEvent(), [seqs[2]], { payload: {} }, now);
    await repo.setDeliveryStatus(failed[0].id, 'failed', { at: now, error: 'HTTP 500' });
    await repo.createDeliveries(await newEvent(), [seqs[2]], { payload: {} }, now, { reason: 'disabled' });
    const pending = await repo.createDeliveries(await newEvent(), [seqs[2]], { payload: {} }, now);

    const firstPage = await repo.reopenSince(seqs[2], now, 0, 1);
    expect(firstPage).toEqual([failed[0].id]);
    const secondPage = await repo.reopenSince(seqs[2], now, firstPage[0], 1);
    expect(secondPage).toHaveLength(1);
    expect(await repo.reopenSince(seqs[2], now, secondPage[0], 1)).toEqual([]);
    const states = await repo.deliveriesToAttempt([old[0].id, failed[0].id, secondPage[0], pending[0].id]);
    expect(states.map((d) => d?.status)).toEqual(['failed', 'pending', 'pending', 'pending']);
  });
});
