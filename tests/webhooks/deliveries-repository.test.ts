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

  it('writes many attempts in one statement, in order, and never takes sent back', async () => {
    const eventId = await newEvent();
    const [a, b] = await repo.createDeliveries(eventId, seqs.slice(0, 2), { payload: {} }, now);
    const dropped = await repo.recordAttempts([
      attempt(a.id, { outcome: 'interrupted', statusCode: null, delivery: null, error: 'unknown' }),
      attempt(a.id, { trigger: 'redelivery' }),
      attempt(b.id, {
        outcome: 'retry',
        statusCode: 500,
        error: 'HTTP 500',
        delivery: { status: 'pending', at: now, error: 'HTTP 500' },
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
      }),
    ]);
    expect([...late]).toEqual([a.id]);
    expect((await repo.attemptsOfDelivery(a.id)).map((r) => r.outcome)).toEqual(['interrupted', 'success']);
    expect((await repo.deliveriesToAttempt([a.id]))[0]).toMatchObject({ status: 'sent', attempts: 2 });
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
