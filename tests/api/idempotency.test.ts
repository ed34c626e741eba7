import { SimulatedClock } from '@dw/domain';
import { startTestApp, type TestApp } from '../support/app';
import { loadOpenApi, ResponseChecker } from '../support/openapi';

const HEADERS = { authorization: 'Bearer test-token-0123456789', 'content-type': 'application/json' };

interface Answer {
  status: number;
  replayed: boolean;
  body: Record<string, unknown>;
}

describe('Idempotency-Key on POST /api/webhooks and POST /api/subscriptions', () => {
  let t: TestApp;
  let checker: ResponseChecker;
  const clock = new SimulatedClock(Date.now());

  beforeAll(async () => {
    t = await startTestApp({ clock });
    checker = new ResponseChecker(await loadOpenApi(t.url));
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  async function post(path: string, body: unknown, key?: string): Promise<Answer> {
    const res = await fetch(`${t.url}${path}`, {
      method: 'POST',
      headers: { ...HEADERS, ...(key ? { 'idempotency-key': key } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const answer = {
      status: res.status,
      replayed: res.headers.get('idempotent-replayed') === 'true',
      body: (await res.json()) as Record<string, unknown>,
    };
    expect(checker.check('POST', path, answer.status, answer.body)).toEqual([]);
    return answer;
  }

  const webhookCount = async () =>
    Number(
      (
        await t.db
          .selectFrom('webhooks')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('replays the first response, secret included, for the same key and body; 409 for another body', async () => {
    const body = { url: 'https://hooks.example/a', description: 'desk bot', tracks: ['kr-us'] };
    const first = await post('/api/webhooks', body, 'key-a');
    expect(first.status).toBe(201);
    expect(first.replayed).toBe(false);
    expect(first.body.secret).toMatch(/^whsec_/);

    // the same body with its keys in another order is the same request
    const again = await post(
      '/api/webhooks',
      { tracks: ['kr-us'], description: 'desk bot', url: body.url },
      'key-a',
    );
    expect(again).toEqual({ status: 201, replayed: true, body: first.body });

    const other = await post('/api/webhooks', { ...body, description: 'another bot' }, 'key-a');
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
    expect(other.body.message).toMatch(/different body/);
    expect(await webhookCount()).toBe(1);
  });

  it('creates one resource for concurrent identical requests, and every one gets its response', async () => {
    const before = await webhookCount();
    const body = { url: 'https://hooks.example/concurrent' };
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => post('/api/webhooks', body, 'key-race')),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(201));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(answers.filter((a) => !a.replayed)).toHaveLength(1);
    expect(await webhookCount()).toBe(before + 1);
  });

  it('stores nothing for a refused request, so the corrected one may reuse its key', async () => {
    const refused = await post('/api/webhooks', { url: 'ftp://hooks.example/x' }, 'key-fix');
    expect(refused.status).toBe(400);
    const fixed = await post('/api/webhooks', { url: 'https://hooks.example/fixed' }, 'key-fix');
    expect(fixed.status).toBe(201);
    expect(fixed.replayed).toBe(false);
  });

  it('forgets a key after 24 hours', async () => {
    const body = { url: 'https://hooks.example/daily' };
    const first = await post('/api/webhooks', body, 'key-day');
    clock.advance(23 * 3_600_000);
    expect((await post('/api/webhooks', body, 'key-day')).body.id).toBe(first.body.id);
    clock.advance(2 * 3_600_000);
    const later = await post('/api/webhooks', body, 'key-day');
    expect(later.status).toBe(201);
    expect(later.replayed).toBe(false);
    expect(later.body.id).not.toBe(first.body.id);
  });

  it('refuses a key that is empty, too long or not visible ASCII', async () => {
    for (const key of ['x'.repeat(256), 'key with spaces', 'clé']) {
      const res = await fetch(`${t.url}/api/webhooks`, {
        method: 'POST',
        headers: {
          ...HEADERS,
          'idempotency-key': encodeURI(key) === key ? key : Buffer.from(key).toString('latin1'),
        },
        body: JSON.stringify({ url: 'https://hooks.example/k' }),
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { details: { field: string }[] }).details[0].field).toBe(
        'Idempotency-Key',
      );
    }
  });

  it('subscriptions: repeated and concurrent requests run once (one subscriber), the rest are replays', async () => {
    const body = { email: 'desk@example.org', tracks: ['kr-us'] };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => post('/api/subscriptions', body, 'sub-1')),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(5).fill(202));
    expect(answers.filter((a) => !a.replayed)).toHaveLength(1);
    const again = await post('/api/subscriptions', body, 'sub-1');
    expect(again).toMatchObject({ status: 202, replayed: true });
    const rows = await t.db
      .selectFrom('subscribers')
      .select('email')
      .where('email', '=', body.email)
      .execute();
    expect(rows).toHaveLength(1);
    const conflict = await post('/api/subscriptions', { ...body, tracks: ['jp-us'] }, 'sub-1');
    expect(conflict.status).toBe(409);
    // a key belongs to its route: the same key on /api/webhooks is a new request there
    expect((await post('/api/webhooks', { url: 'https://hooks.example/s' }, 'sub-1')).status).toBe(201);
  });
});
