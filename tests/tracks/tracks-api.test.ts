import { SimulatedClock } from '@dw/domain';
import { TracksSync } from '@dw/platform';
import { startTestApp, type TestApp } from '../support/app';
import { api, auth } from '../webhooks/support';

jest.setTimeout(60_000);

const UK_EU = {
  id: 'uk-eu',
  name: 'United Kingdom – European Union trade talks',
  parties: [
    { name: 'United Kingdom', aliases: ['UK', 'Britain', 'British', 'London'], officials: ['Keir Starmer'] },
    {
      name: 'European Union',
      aliases: ['EU', 'Brussels'],
      officials: [{ name: 'Maros Sefcovic', aliases: ['Sefcovic'] }],
    },
  ],
  deadline: { at: '2026-03-01T00:00:00Z', timezone: 'Europe/London' },
};

describe('/api/tracks admin routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ clock: new SimulatedClock('2026-01-10T09:00:00Z') });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses writes without the bearer token; reads stay public', async () => {
    expect((await api(t, 'POST', '/api/tracks', UK_EU, {})).status).toBe(401);
    expect((await api(t, 'PATCH', '/api/tracks/kr-us', { name: 'x' }, {})).status).toBe(401);
    expect((await api(t, 'DELETE', '/api/tracks/kr-us', undefined, {})).status).toBe(401);
    expect((await api(t, 'GET', '/api/tracks', undefined, {})).status).toBe(200);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an id with capitals', { ...UK_EU, id: 'UK-EU' }, 'id'],
    ['an id without a dash', { ...UK_EU, id: 'ukeu' }, 'id'],
    ['an empty name', { ...UK_EU, name: '  ' }, 'name'],
    ['a name with a control character', { ...UK_EU, name: 'UK\u0000EU' }, 'name'],
    ['one party', { ...UK_EU, parties: [UK_EU.parties[0]] }, 'parties'],
    [
      'a party without a name',
      { ...UK_EU, parties: [{ aliases: ['x'] }, UK_EU.parties[1]] },
      'parties.0.name',
    ],
    [
      'a deadline without an offset',
      { ...UK_EU, deadline: { at: '2026-03-01T00:00', timezone: 'UTC' } },
      'deadline.at',
    ],
    [
      'an unknown zone',
      { ...UK_EU, deadline: { at: '2026-03-01T00:00:00Z', timezone: 'Mars/Olympus' } },
      'deadline.timezone',
    ],
    ['a feed that is not a URL', { ...UK_EU, feeds: [{ url: 'not a url' }] }, 'feeds.0.url'],
    ['an unknown field', { ...UK_EU, colour: 'blue' }, '(body)'],
  ])('400 naming the field for %s', async (_name, body, field) => {
    const res = await api<{ details: { field: string }[] }>(t, 'POST', '/api/tracks', body);
    expect(res.status).toBe(400);
    expect(res.body.details.map((d) => d.field)).toContain(field);
  });

  it('creates, reads, changes and removes a track; the registry follows each step', async () => {
    const created = await api<{ id: string; parties: string[]; definition: { keywords: string[] } }>(
      t,
      'POST',
      '/api/tracks',
      UK_EU,
    );
    expect(created.status).toBe(201);
    expect(created.body.parties).toEqual(['United Kingdom', 'European Union']);
    // no keywords given: the partner's words, not the counterpart's
    expect(created.body.definition.keywords).toEqual([
      'United Kingdom',
      'UK',
      'Britain',
      'British',
      'London',
      'Keir Starmer',
    ]);
    expect((await api(t, 'POST', '/api/tracks', UK_EU)).status).toBe(409);
    const sync = t.app.get(TracksSync);
    expect(sync.all().map((d) => d.id)).toContain('uk-eu');
    expect(sync.relevantTracks({ title: 'Britain weighs its options', text: '' })).toEqual(['uk-eu']);

    const renamed = await api<{ name: string }>(t, 'PATCH', '/api/tracks/uk-eu', { name: 'UK–EU reset' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('UK–EU reset');
    expect((await api(t, 'PATCH', '/api/tracks/uk-eu', {})).status).toBe(400);
    expect((await api(t, 'PATCH', '/api/tracks/xx-yy', { name: 'x' })).status).toBe(404);

    expect((await api(t, 'DELETE', '/api/tracks/uk-eu', undefined, auth)).status).toBe(204);
    expect((await api(t, 'GET', '/api/tracks/uk-eu')).status).toBe(404);
    expect(sync.all().map((d) => d.id)).not.toContain('uk-eu');
    expect((await api(t, 'DELETE', '/api/tracks/uk-eu')).status).toBe(404);
    // created again after removal: a fresh start
    expect((await api(t, 'POST', '/api/tracks', UK_EU)).status).toBe(201);
  });

  it('refuses a feed the network guard refuses, naming it', async () => {
    const guarded = await startTestApp({ env: { ALLOW_PRIVATE_NETWORK: 'false' } });
    try {
      const res = await api<{ details: { field: string }[] }>(guarded, 'POST', '/api/tracks', {
        ...UK_EU,
        id: 'ca-mx',
        feeds: [{ url: 'http://127.0.0.1:9/feed.xml' }],
      });
      expect(res.status).toBe(400);
      expect(res.body.details[0].field).toBe('feeds.0.url');
    } finally {
      await guarded.close();
    }
  });
});
