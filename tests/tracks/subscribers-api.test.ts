import { SimulatedClock } from '@dw/domain';
import { startTestApp, type TestApp } from '../support/app';
import { loadOpenApi, ResponseChecker } from '../support/openapi';
import { api } from '../webhooks/support';

jest.setTimeout(60_000);

interface Page {
  items: { id: number; email: string; state: string; tracks: string[] }[];
  nextCursor: number | null;
}

describe('/api/subscribers (bearer)', () => {
  let t: TestApp;
  const ids: Record<string, number> = {};
  const now = new Date('2026-01-10T09:00:00Z');

  beforeAll(async () => {
    t = await startTestApp({ clock: new SimulatedClock(now) });
    const base = {
      events: '[]',
      digest: 'off',
      digest_weekday: null,
      digest_time: '08:00',
      timezone: 'UTC',
      confirmed_at: null,
      unsubscribed_at: null,
      bounced_at: null,
      bounce_reason: null,
      confirmation_sent_at: null,
      last_digest_at: null,
      created_at: now,
    };
    const rows = [
      { email: 'Desk@Example.org', tracks: '["kr-us"]', confirmed_at: now },
      { email: 'all@example.org', tracks: '[]', confirmed_at: now },
      { email: 'pending@example.com', tracks: '["jp-us"]' },
      { email: 'gone@example.org', tracks: '["kr-us"]', confirmed_at: now, unsubscribed_at: now },
      { email: 'bounce@example.net', tracks: '[]', confirmed_at: now, bounced_at: now, bounce_reason: '550' },
    ];
    for (const row of rows) {
      const inserted = await t.db
        .insertInto('subscribers')
        .values({ ...base, ...row })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids[row.email] = inserted.id;
    }
    await t.db
      .insertInto('events')
      .values({
        id: 'evt_test',
        type: 'status.changed',
        track_id: 'kr-us',
        occurred_at: now,
        payload: JSON.stringify({ id: 'evt_test' }),
        created_at: now,
        composed_at: now,
      })
      .execute();
    for (const [status, key] of [
      ['pending', 'a'],
      ['sent', 'b'],
    ] as const) {
      await t.db
        .insertInto('deliveries')
        .values({
          delivery_key: `email:${key}:${ids['Desk@Example.org']}`,
          event_id: 'evt_test',
          channel: 'email',
          recipient_id: ids['Desk@Example.org'],
          status,
          subject: 'x',
          body: '{}',
          last_error: null,
          created_at: now,
          sent_at: null,
        })
        .execute();
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it('401 without the token, on every route', async () => {
    for (const [method, path] of [
      ['GET', '/api/subscribers'],
      ['GET', '/api/subscribers/1'],
      ['DELETE', '/api/subscribers/1'],
    ])
      expect((await api(t, method, path, undefined, {})).status).toBe(401);
  });

  it.each<[string, string[]]>([
    [
      '',
      [
        'Desk@Example.org',
        'all@example.org',
        'pending@example.com',
        'gone@example.org',
        'bounce@example.net',
      ],
    ],
    ['?state=active', ['Desk@Example.org', 'all@example.org']],
    ['?state=pending', ['pending@example.com']],
    ['?state=unsubscribed', ['gone@example.org']],
    ['?state=bounced', ['bounce@example.net']],
    ['?track=kr-us', ['Desk@Example.org', 'all@example.org', 'gone@example.org', 'bounce@example.net']],
    ['?track=kr-us&state=active', ['Desk@Example.org', 'all@example.org']],
    ['?q=DESK', ['Desk@Example.org']],
    ['?q=.org&state=active', ['Desk@Example.org', 'all@example.org']],
    ['?q=%25', []],
  ])('GET /api/subscribers%s', async (query, expected) => {
    const res = await api<Page>(t, 'GET', `/api/subscribers${query}`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((s) => s.email)).toEqual(expected);
  });

  it('pages with a bounded cursor until the last page', async () => {
    const seen: string[] = [];
    let cursor: number | null = null;
    let pages = 0;
    do {
      const res: { status: number; body: Page } = await api<Page>(
        t,
        'GET',
        `/api/subscribers?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((s) => s.email));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor !== null && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(5);
    for (const bad of ['?limit=0', '?limit=201', '?cursor=-1', '?cursor=99999999999', '?state=gone', '?x=1'])
      expect((await api(t, 'GET', `/api/subscribers${bad}`)).status).toBe(400);
  });

  it('shows one subscriber and deletes it with its pending mail', async () => {
    const id = ids['Desk@Example.org'];
    const one = await api<{ email: string; deliveries: Record<string, number> }>(
      t,
      'GET',
      `/api/subscribers/${id}`,
    );
    expect(one.status).toBe(200);
    expect(one.body.deliveries).toEqual({ pending: 1, sent: 1 });
    expect((await api(t, 'DELETE', `/api/subscribers/${id}`)).status).toBe(204);
    expect((await api(t, 'GET', `/api/subscribers/${id}`)).status).toBe(404);
    expect((await api(t, 'DELETE', `/api/subscribers/${id}`)).status).toBe(404);
    expect((await api(t, 'GET', '/api/subscribers/abc')).status).toBe(400);
    const left = await t.db.selectFrom('deliveries').select(['status']).orderBy('id').execute();
    expect(left.map((d) => d.status)).toEqual(['skipped', 'sent']);
  });

  it('answers what the OpenAPI document says, on the subscriber and track admin routes', async () => {
    const checker = new ResponseChecker(await loadOpenApi(t.url));
    const cases: [string, string, string, unknown?][] = [
      ['GET', '/api/subscribers?state=active', '/api/subscribers'],
      ['GET', `/api/subscribers/${ids['all@example.org']}`, '/api/subscribers/{id}'],
      ['GET', '/api/subscribers/999999', '/api/subscribers/{id}'],
      ['GET', '/api/subscribers?limit=0', '/api/subscribers'],
      ['GET', '/api/tracks/kr-us', '/api/tracks/{id}'],
      [
        'POST',
        '/api/tracks',
        '/api/tracks',
        {
          id: 'ca-mx',
          name: 'Canada – Mexico',
          parties: [{ name: 'Canada' }, { name: 'Mexico', aliases: ['Mexican'] }],
          deadline: { at: '2026-07-01T00:00:00-04:00', timezone: 'America/Toronto' },
        },
      ],
      ['POST', '/api/tracks', '/api/tracks', { id: 'ca-mx' }],
      ['PATCH', '/api/tracks/ca-mx', '/api/tracks/{id}', { keywords: ['Canada', 'Ottawa'] }],
      ['PATCH', '/api/tracks/zz-zz', '/api/tracks/{id}', { name: 'x' }],
    ];
    for (const [method, path, documented, body] of cases) {
      const res = await api(t, method, path, body);
      expect({ path, problems: checker.check(method, documented, res.status, res.body) }).toEqual({
        path,
        problems: [],
      });
    }
    const unauthorized = await api(t, 'GET', '/api/subscribers', undefined, {});
    expect(checker.check('GET', '/api/subscribers', 401, unauthorized.body)).toEqual([]);
  });

  it('documents the subscriber and track admin routes with their shapes', async () => {
    const doc = (await (await fetch(`${t.url}/docs/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(doc.paths['/api/subscribers'])).toEqual(['get']);
    expect(Object.keys(doc.paths['/api/subscribers/{id}']).sort()).toEqual(['delete', 'get']);
    expect(doc.paths['/api/subscribers'].get.responses).toHaveProperty('401');
    expect(doc.paths['/api/subscribers'].get.responses).toHaveProperty('200');
    expect(Object.keys(doc.paths['/api/tracks']).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/tracks/{id}']).sort()).toEqual(['delete', 'get', 'patch']);
    expect(doc.paths['/api/tracks'].post.requestBody).toBeDefined();
    expect(doc.paths['/api/tracks'].post.responses).toHaveProperty('401');
    for (const schema of [
      'SubscriberPageDto',
      'SubscriberDetailDto',
      'CreateTrackDto',
      'UpdateTrackDto',
      'PartyDto',
    ])
      expect(doc.components.schemas).toHaveProperty(schema);
  });
});
