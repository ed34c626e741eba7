import { SimulatedClock } from '@dw/domain';
import { CountdownService } from '../../apps/notifier/src/schedule/countdown.service';
import type { TrackDetailView } from '../../apps/notifier/src/web/track-view/views';
import { startTestApp, type TestApp } from '../support/app';
import { api } from '../webhooks/support';

jest.setTimeout(90_000);

const HOUR = 3_600_000;
const DEADLINE = '2026-01-11T12:00:00.000Z';

/** PATCH /api/tracks/:id {"deadline": null}: an editor's event like a deadline move; the countdown stops. */
describe('clearing a manual deadline', () => {
  const clock = new SimulatedClock('2026-01-10T09:00:00Z');
  let t: TestApp;
  const deadlineEvents = () =>
    t.db
      .selectFrom('events')
      .select(['id', 'payload'])
      .where('track_id', '=', 'uk-us')
      .where('type', '=', 'deadline.changed')
      .orderBy('occurred_at')
      .execute();
  const countdowns = () =>
    t.db
      .selectFrom('events')
      .select('id')
      .where('track_id', '=', 'uk-us')
      .where('type', '=', 'deadline.countdown')
      .execute();

  beforeAll(async () => {
    t = await startTestApp({ clock });
    const created = await api(t, 'POST', '/api/tracks', {
      id: 'uk-us',
      name: 'United Kingdom – United States trade talks',
      parties: [{ name: 'United Kingdom' }, { name: 'United States' }],
      deadline: { at: DEADLINE, timezone: 'Europe/London' },
    });
    expect(created.status).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each<[string, unknown]>([
    ['an empty string', ''],
    ['a word', 'none'],
    ['an empty object', {}],
    ['a number', 0],
    ['false', false],
    ['a list', []],
  ])('400 naming the deadline for %s', async (_name, deadline) => {
    const res = await api<{ details: { field: string }[] }>(t, 'PATCH', '/api/tracks/uk-us', { deadline });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d) => d.field).join(' ')).toMatch(/^deadline/);
  });

  it('clears it as a deadline.changed event with the operator as evidence; the countdown stops', async () => {
    const countdown = t.app.get(CountdownService);
    const before = await api<TrackDetailView>(t, 'GET', '/api/tracks/uk-us');
    expect(before.body.countdown?.remaining).toBe('1 day 3 hours');

    const cleared = await api<TrackDetailView>(t, 'PATCH', '/api/tracks/uk-us', { deadline: null });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ deadline: null, countdown: null, milestones: [] });
    expect(cleared.body.deadlineHistory.at(-1)).toMatchObject({
      from: DEADLINE,
      to: null,
      toDisplay: 'no deadline (cleared)',
      evidence: [{ source: 'the operator (API)', sentence: 'Deadline cleared by the operator (API).' }],
    });
    const events = await deadlineEvents();
    expect(events.at(-1)?.payload).toMatchObject({
      type: 'deadline.changed',
      occurredAt: '2026-01-10T09:00:00.000Z',
      data: { from: DEADLINE, to: null, manual: true, confirmed: true },
    });

    // clearing what is already clear changes nothing
    expect((await api(t, 'PATCH', '/api/tracks/uk-us', { deadline: null })).status).toBe(200);
    expect(await deadlineEvents()).toHaveLength(events.length);

    // the 24 h, 6 h and 1 h marks of the old date pass with no countdown alert
    clock.advance(26 * HOUR);
    expect((await countdown.check()).filter((f) => f.trackId === 'uk-us')).toEqual([]);
    expect(await countdowns()).toEqual([]);
    const page = await (await fetch(`${t.url}/`)).text();
    const uk = page.slice(page.indexOf('id="track-uk-us"'));
    expect(uk.slice(0, uk.indexOf('</article>'))).toContain('No deadline is known for these negotiations.');

    // a new deadline starts a new countdown
    const next = { at: '2026-01-12T12:00:00Z', timezone: 'Europe/London' };
    const set = await api<TrackDetailView>(t, 'PATCH', '/api/tracks/uk-us', { deadline: next });
    expect(set.body.deadline?.at).toBe('2026-01-12T12:00:00.000Z');
    expect((await deadlineEvents()).at(-1)?.payload).toMatchObject({
      data: { from: null, to: '2026-01-12T12:00:00.000Z' },
    });
    clock.advance(2 * HOUR);
    expect((await countdown.check()).filter((f) => f.trackId === 'uk-us').map((f) => f.milestone)).toContain(
      '24h',
    );
  });
});
