import { SimulatedClock, webhookPayload, type Classification, type TaggedSignal } from '@dw/domain';
import { countdownHold } from '@dw/domain/status';
import {
  ArticlesRepository,
  EventsRepository,
  readTrackState,
  TrackStateService,
  TracksRepository,
} from '@dw/platform';
import type { TrackDetailView } from '../../apps/notifier/src/web/track-view/views';
import { startTestApp, type TestApp } from '../support/app';

/**
 * The one locked path that changes a track's status, on a simulated clock against PostgreSQL:
 * an anonymous-source deal report announced unconfirmed, confirmed by a second outlet, the outlet
 * count carried to the webhook payload and the track API, idempotent re-processing, and an editor's
 * deadline that restarts the countdown a deal had stopped. About 3 s.
 */
describe('TrackStateService: unconfirmed, confirmed, outlets, an editor deadline', () => {
  let t: TestApp;
  const clock = new SimulatedClock('2025-07-20T00:00:00Z');

  beforeAll(async () => {
    t = await startTestApp({ clock });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  async function article(id: string, source: string, publishedAt: string) {
    await t.app.get(ArticlesRepository).insertNew(
      {
        id,
        url: `https://news.example/${id}`,
        title: `Story ${id}`,
        text: 'text',
        publishedAt,
        source,
        trackIds: ['kr-us'],
      },
      new Date(publishedAt),
    );
    return (await t.app.get(ArticlesRepository).find(id))!;
  }

  function classified(id: string, signals: TaggedSignal[]): Classification {
    return { id, relevant: true, tracks: ['kr-us'], signals, deadline: null, tariff_rates: [] };
  }

  it('announces a lone anonymous-source deal unconfirmed, confirms it on a second outlet, and shows the outlets', async () => {
    const state = t.app.get(TrackStateService);
    const talks = await article('t1', 'Yonhap', '2025-07-20T01:00:00Z');
    clock.set('2025-07-20T01:05:00Z');
    await state.applyArticle(
      talks,
      classified('t1', [
        { type: 'talks_held', confidence: 0.85, evidence: 'Ministers held talks in Washington.' },
      ]),
    );

    const leak = await article('l1', 'Bloomberg', '2025-07-30T01:00:00Z');
    const leakResult = classified('l1', [
      {
        type: 'deal_reached',
        confidence: 0.97,
        evidence: 'The two sides reached a deal, two people with knowledge of the tariff talks said.',
      },
    ]);
    clock.set('2025-07-30T01:05:00Z');
    const [unconfirmed] = await state.applyArticle(leak, leakResult);
    expect(unconfirmed).toMatchObject({
      type: 'status.changed',
      data: { from: 'negotiating', to: 'deal_reached', confirmed: false, outlets: 1 },
    });
    let row = (await t.app.get(TracksRepository).find('kr-us'))!;
    expect(row.status).toBe('negotiating');
    expect(readTrackState(row).pending?.eventId).toBe(unconfirmed.id);
    expect(await state.applyArticle(leak, leakResult)).toEqual([]);

    const second = await article('r1', 'Reuters', '2025-07-30T06:00:00Z');
    clock.set('2025-07-30T06:05:00Z');
    const [confirmed] = await state.applyArticle(
      second,
      classified('r1', [
        {
          type: 'deal_reached',
          confidence: 0.88,
          evidence: 'Washington and Seoul reached a trade deal on Wednesday.',
        },
      ]),
    );
    expect(confirmed.data).toMatchObject({ confirmed: true, outlets: 2, confirms: unconfirmed.id });
    expect(webhookPayload(confirmed).data).toMatchObject({
      outlets: 2,
      confirmed: true,
      phase: 'framework_deal',
    });
    row = (await t.app.get(TracksRepository).find('kr-us'))!;
    expect(row.status).toBe('deal_reached');
    expect(await t.app.get(EventsRepository).find(confirmed.id)).toMatchObject({ data: { outlets: 2 } });

    const res = await fetch(`${t.url}/api/tracks/kr-us`);
    const view = (await res.json()) as TrackDetailView;
    expect(view).toMatchObject({ status: 'deal_reached', phase: 'framework_deal', pending: null });
    const deal = view.statusHistory.filter((change) => change.to === 'deal_reached');
    expect(deal.map((change) => [change.confirmed, change.outlets])).toEqual([
      [false, 1],
      [true, 2],
    ]);
    expect(deal[0].footing).toContain('Reported by one outlet, not yet confirmed');
    expect(deal[1].footing).toBe(
      'Confirmed: now reported by 2 outlets. The deadline no longer binds after this deal: countdown alerts stop.',
    );
    const page = await (await fetch(`${t.url}/`)).text();
    expect(page).toContain('Confirmed: now reported by 2 outlets.');
  });

  it("takes an editor's deadline as an event like one from the news, and it restarts the countdown", async () => {
    clock.set('2025-08-02T00:00:00Z');
    const events = await t.app.get(TrackStateService).applyManualDeadline('kr-us', {
      deadline: { at: '2025-09-01T04:01:00.000Z', timezone: 'America/New_York' },
      actor: 'desk editor',
      note: 'The White House set 1 September for the fund terms.',
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'deadline.changed',
      data: { manual: true, to: '2025-09-01T04:01:00.000Z' },
    });
    const row = (await t.app.get(TracksRepository).find('kr-us'))!;
    expect(row.deadline_at?.toISOString()).toBe('2025-09-01T04:01:00.000Z');
    expect(countdownHold(readTrackState(row))).toBeNull();
    expect(
      await t.app.get(TrackStateService).applyManualDeadline('kr-us', {
        deadline: { at: '2025-09-01T04:01:00.000Z', timezone: 'America/New_York' },
        actor: 'desk editor',
      }),
    ).toEqual([]);
  });
});
