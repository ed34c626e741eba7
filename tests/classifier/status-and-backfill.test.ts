import { SimulatedClock } from '@dw/domain';
import { ArticlesRepository, EventsRepository, TrackStateService } from '@dw/platform';
import { ArticleClassifier } from '../../apps/classifier/src/article-classifier';
import { BackfillService } from '../../apps/classifier/src/backfill.service';
import { ClassifierModule } from '../../apps/classifier/src/classifier.module';
import { startTestApp, type TestApp } from '../support/app';
import { loadSeeds } from '../support/seeds';

describe('track status through the classifier service, and backfill', () => {
  let t: TestApp;
  const clock = new SimulatedClock('2025-07-01T00:00:00Z');

  beforeAll(async () => {
    t = await startTestApp({ clock, features: [ClassifierModule] });
    const articles = t.app.get(ArticlesRepository);
    for (const seed of loadSeeds().filter((s) => s.published >= '2025-07-01')) {
      await articles.insertNew(
        {
          id: seed.id,
          url: seed.url,
          title: seed.title,
          text: seed.text,
          publishedAt: `${seed.published}T00:00:00Z`,
          source: seed.id,
          trackIds: ['kr-us'],
        },
        new Date(`${seed.published}T01:00:00Z`),
      );
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it('records each transition once, and a backfill with changed rules emits only what is genuinely new', async () => {
    const status = t.app.get(TrackStateService);
    const classifier = t.app.get(ArticleClassifier);
    const rows = await t.db.selectFrom('articles').selectAll().orderBy('published_at').execute();
    // "Old rules": the same classifier, blind to stalls.
    for (const row of rows) {
      clock.set(row.fetched_at);
      const result = classifier.classify(
        { id: row.id, title: row.title, text: row.text, published: row.published_at!.toISOString() },
        [],
      );
      const blind = {
        ...result,
        signals: result.signals.filter((s) => s.type !== 'no_breakthrough' && s.type !== 'talks_cancelled'),
      };
      await status.applyArticle(row, blind);
      expect(await status.applyArticle(row, blind)).toEqual([]);
    }
    const before = await t.app.get(EventsRepository).history('kr-us');
    expect(before.filter((h) => h.kind === 'status').map((h) => h.to_value)).toEqual(['negotiating']);

    const report = await t.app.get(BackfillService).run();
    const statusEvents = report.newEvents.filter((e) => e.type === 'status.changed');
    expect(statusEvents.length).toBeGreaterThan(0);
    const after = await t.app.get(EventsRepository).history('kr-us');
    const statuses = after.filter((h) => h.kind === 'status').map((h) => h.to_value);
    expect(statuses).toContain('stalled');
    // The transition the old rules already reported is recognised, not reported again.
    const firstMove = after.filter(
      (h) => h.kind === 'status' && h.from_value === 'unknown' && h.to_value === 'negotiating',
    );
    expect(firstMove).toHaveLength(1);
    expect(new Set(after.map((h) => h.event_id)).size).toBe(after.length);
    for (const change of after.filter((h) => h.kind === 'status' && h.to_value === 'stalled')) {
      expect(change.evidence.length).toBeGreaterThan(0);
    }

    const again = await t.app.get(BackfillService).run();
    expect(again.newEvents).toEqual([]);
  });
});
