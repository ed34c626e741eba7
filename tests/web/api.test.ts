import { ArticlesRepository, EventsRepository } from '@dw/platform';
import { SimulatedClock } from '@dw/domain';
import type {
  TimelineView,
  TrackDetailView,
  TrackSummaryView,
} from '../../apps/notifier/src/web/track-view/views';
import { startTestApp, type TestApp } from '../support/app';
import { type DatabaseKind, openTestDatabase } from '../support/env';
import { DEADLINE, OLD_DEADLINE, seedHistory } from './fixtures';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface NotFoundBody {
  statusCode: number;
  error: string;
  message: string;
  details: { field: string; message: string }[];
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  components: {
    schemas: Record<
      string,
      { properties: Record<string, { example?: unknown; items?: { oneOf?: unknown[] } }> }
    >;
  };
}

async function getJson<T>(t: TestApp, path: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${t.url}${path}`);
  return { status: res.status, body: (await res.json()) as T };
}

describe.each<DatabaseKind>(['pglite', 'postgres'])(
  'track API on %s: status, deadline, countdown, history with evidence',
  (kind) => {
    const clock = new SimulatedClock(Date.parse(DEADLINE) - 4 * DAY);
    let t: TestApp;

    beforeAll(async () => {
      t = await startTestApp({ clock, db: await openTestDatabase(kind) });
      await seedHistory(t.app);
      // A newer classifier version classified one article again: it must still show once.
      const again = (await t.app.get(ArticlesRepository).findClassification('talks-1', 'test'))!.result;
      await t.app
        .get(ArticlesRepository)
        .saveClassification(again, 'test-2', new Date('2025-07-27T05:00:00Z'));
      // Starting the app on a fresh embedded database takes 5-7 s alone and passed 30 s under CI load.
    }, 90_000);

    afterAll(async () => {
      await t?.close();
    });

    beforeEach(() => clock.set(Date.parse(DEADLINE) - 4 * DAY));

    it('lists every track with status, deadline in its zone, countdown and milestone plan', async () => {
      const { status, body } = await getJson<TrackSummaryView[]>(t, '/api/tracks');
      expect(status).toBe(200);
      expect(body.map((track: { id: string }) => track.id)).toEqual(['kr-us', 'jp-us', 'eu-us']);
      const kr = body.find((track) => track.id === 'kr-us')!;
      expect(kr).toMatchObject({
        name: 'South Korea – United States tariff negotiations',
        status: 'stalled',
        statusLabel: 'Stalled',
        statusSince: '2025-07-26T03:00:00.000Z',
        deadline: {
          at: DEADLINE,
          timezone: 'America/New_York',
          localTime: '2025-08-01T00:01:00.000-04:00',
          display: 'Friday 1 August 2025, 00:01 EDT',
        },
        countdown: {
          remainingMs: 4 * DAY,
          remaining: '4 days',
          passed: false,
          nextMilestone: { id: '3d', label: '3 days', at: '2025-07-29T04:01:00.000Z', passed: false },
          statusAtDeadline: null,
        },
      });
      expect(kr.milestones.map((m: { id: string; passed: boolean }) => `${m.id}:${m.passed}`)).toEqual([
        '7d:true',
        '3d:false',
        '24h:false',
        '6h:false',
        '1h:false',
        'passed:false',
      ]);
    });

    it('gives one track with deadline moves, status changes with evidence, articles with signals and talks', async () => {
      const { status, body } = await getJson<TrackDetailView>(t, '/api/tracks/kr-us');
      expect(status).toBe(200);
      expect(body.deadlineHistory).toEqual([
        expect.objectContaining({
          from: OLD_DEADLINE,
          to: DEADLINE,
          fromDisplay: 'Wednesday 9 July 2025, 00:01 EDT',
          toDisplay: 'Friday 1 August 2025, 00:01 EDT',
          at: '2025-07-08T12:00:00.000Z',
        }),
      ]);
      expect(body.statusHistory.map((c) => `${c.from}>${c.to}`)).toEqual([
        'unknown>negotiating',
        'negotiating>stalled',
      ]);
      const stalled = body.statusHistory[1];
      expect(stalled.evidence).toHaveLength(2);
      expect(stalled.evidence[0]).toMatchObject({
        url: null,
        signal: 'no_breakthrough',
        signalLabel: 'No breakthrough',
      });
      expect(stalled.evidence[1].url).toBe('https://news.example/a2?x=1&y=2');
      expect(body.latestArticles.map((a: { id: string }) => a.id)).toEqual(['talks-1', 'hostile-1']);
      expect(body.latestArticles[0].signals[0]).toEqual({
        type: 'talks_held',
        label: 'Talks held',
        confidence: 0.9,
        evidence: 'Ministers held talks on Friday.',
      });
      expect(body.latestArticles[1].url).toBeNull();
      expect(body.talks).toEqual([
        expect.objectContaining({
          date: '2025-07-31',
          articleId: 'talks-1',
          url: 'https://news.example/talks-1',
        }),
      ]);
    });

    it('gives the timeline newest first, both kinds', async () => {
      const { status, body } = await getJson<TimelineView>(t, '/api/tracks/kr-us/timeline');
      expect(status).toBe(200);
      expect(body.trackId).toBe('kr-us');
      expect(body.entries.map((e: { kind: string; to: string | null }) => `${e.kind}:${e.to}`)).toEqual([
        'status:stalled',
        'status:negotiating',
        `deadline:${DEADLINE}`,
      ]);
      expect(body.entries[0].evidence[0].sentence).toContain('talks stalled');
    });

    it.each(['/api/tracks/nope', '/api/tracks/nope/timeline', '/api/tracks/%3Cscript%3E'])(
      '404 JSON for an unknown track: %s',
      async (path) => {
        const { status, body } = await getJson<NotFoundBody>(t, path);
        expect(status).toBe(404);
        expect(body).toMatchObject({
          statusCode: 404,
          error: 'Not Found',
          details: [{ field: 'id', message: 'known tracks: kr-us, jp-us, eu-us' }],
        });
        expect(body.message).toMatch(/^No track/);
      },
    );

    it('says plainly when the deadline passed and what the status was at it', async () => {
      await t.app.get(EventsRepository).record({
        id: 'status.changed:kr-us:after-deadline',
        type: 'status.changed',
        trackId: 'kr-us',
        occurredAt: '2025-08-02T10:00:00.000Z',
        data: { from: 'stalled', to: 'tariff_in_effect', evidence: [] },
      });
      await t.db
        .updateTable('tracks')
        .set({ status: 'tariff_in_effect' })
        .where('id', '=', 'kr-us')
        .execute();
      clock.set(Date.parse(DEADLINE) + 2 * DAY + 3 * HOUR);
      const { body } = await getJson<TrackDetailView>(t, '/api/tracks/kr-us');
      expect(body.status).toBe('tariff_in_effect');
      expect(body.countdown).toMatchObject({
        passed: true,
        remainingMs: -(2 * DAY + 3 * HOUR),
        remaining: 'passed 2 days 3 hours ago',
        nextMilestone: null,
        statusAtDeadline: 'stalled',
        statusAtDeadlineLabel: 'Stalled',
      });
      const html = await (await fetch(`${t.url}/`)).text();
      expect(html).toContain('The deadline has passed.');
      expect(html).toMatch(
        /At the deadline the status was <strong>Stalled<\/strong>\. Since then: <strong>Tariff in effect<\/strong>/,
      );
    });

    it('documents the routes with response schemas and examples in /docs', async () => {
      const { status, body } = await getJson<OpenApiDocument>(t, '/docs/openapi.json');
      expect(status).toBe(200);
      for (const path of [
        '/api/tracks',
        '/api/tracks/{id}',
        '/api/tracks/{id}/timeline',
        '/feed.atom',
        '/calendar.ics',
        '/',
      ]) {
        expect(body.paths[path]?.get).toBeDefined();
      }
      expect(body.paths['/api/tracks/{id}'].get.responses['404']).toBeDefined();
      const detail = body.components.schemas.TrackDetailDto;
      expect(detail.properties.statusHistory).toBeDefined();
      expect(body.components.schemas.DeadlineDto.properties.timezone.example).toBe('America/New_York');
      expect(body.components.schemas.TimelineDto.properties.entries.items?.oneOf).toHaveLength(2);
    });
  },
);
