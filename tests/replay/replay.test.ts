import * as path from 'node:path';
import { Redis } from 'ioredis';
import type { DomainEvent } from '@dw/domain';
import { runReplay, type ReplayResult } from '../../apps/all/src/replay/replay';
import type { ReplayEntry } from '../../apps/all/src/replay/replay-log';
import { TEST_REDIS_URL } from '../support/env';

type EventEntry = Extract<ReplayEntry, { event: DomainEvent }>;
type ArticleEntry = Extract<ReplayEntry, { kind: 'article' }>;

describe('replay of the shipped archive through the real pipeline', () => {
  let result: ReplayResult;
  const events = () => result.entries.filter((e): e is EventEntry => 'event' in e).map((e) => e.event);
  const article = (id: string) =>
    result.entries.find((e): e is ArticleEntry => e.kind === 'article' && e.archiveId === id);

  beforeAll(async () => {
    result = await runReplay({ redisUrl: TEST_REDIS_URL, articles: [path.join(__dirname, '../../archive')] });
  }, 120_000);

  it('leaves nothing of its queues in Redis once it returns', async () => {
    const redis = new Redis(TEST_REDIS_URL);
    try {
      expect(await redis.keys(`${result.queuePrefix}:*`)).toEqual([]);
    } finally {
      redis.disconnect();
    }
  });

  it('takes every archived article once, in time order', () => {
    const taken = result.entries.filter((e): e is ArticleEntry => e.kind === 'article');
    expect(taken.map((a) => a.archiveId).sort()).toEqual([
      '000_feb0e91ad6ea32e1',
      '001_0e4100c5975e2240',
      '002_b1feeacc2846c4d7',
      '003_d408f3095e498239',
      '004_159ea22dcbf8448e',
    ]);
    const times = result.entries.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('reports the May talks with the 8 July deadline', () => {
    const may = article('004_159ea22dcbf8448e')!;
    expect(may.at.slice(0, 7)).toBe('2025-05');
    expect(may.signals.map((s) => s.type)).toContain('talks_held');
    const first = events().filter((e) => e.type === 'deadline.changed')[0];
    expect(first.type === 'deadline.changed' && first.data.to?.slice(0, 10)).toBe('2025-07-08');
    expect(events().find((e) => e.type === 'status.changed')).toMatchObject({
      data: { from: 'unknown', to: 'negotiating' },
    });
  });

  it('reports the 25% letter and the move to the 1 August deadline in July', () => {
    const letter = article('003_d408f3095e498239')!;
    expect(letter.signals.map((s) => s.type)).toEqual(
      expect.arrayContaining(['deadline_set', 'tariff_threatened']),
    );
    expect(letter.tariffRates).toContain(25);
    const moved = events().find((e) => e.type === 'deadline.changed' && e.data.to?.startsWith('2025-08-01'));
    expect(moved?.occurredAt.slice(0, 7)).toBe('2025-07');
    expect(moved?.type === 'deadline.changed' && moved.data.evidence.length).toBeGreaterThan(0);
  });

  it('reports the cancelled 2+2 and no breakthrough around 25 July as a stall, with evidence', () => {
    for (const id of ['002_b1feeacc2846c4d7', '000_feb0e91ad6ea32e1']) {
      expect(article(id)!.signals.map((s) => s.type)).toContain('talks_cancelled');
    }
    expect(article('002_b1feeacc2846c4d7')!.signals.map((s) => s.type)).toContain('no_breakthrough');
    const stall = events().find((e) => e.type === 'status.changed' && e.data.to === 'stalled');
    expect(stall?.occurredAt.slice(0, 10)).toMatch(/^2025-07-2[4-6]$/);
    expect(
      stall?.type === 'status.changed' && stall.data.evidence.map((ev) => ev.sentence).join(' '),
    ).toMatch(/breakthrough|cancel/i);
  });

  it('holds the 8 July countdown once the 8 July article reports 1 August: no "1 hour" or "passed" for 8 July', () => {
    const july8 = events().filter(
      (e) => e.type === 'deadline.countdown' && e.data.deadline.startsWith('2025-07-08'),
    );
    const milestones = july8.map((e) => (e.type === 'deadline.countdown' ? e.data.milestone : ''));
    expect(milestones).not.toContain('1h');
    expect(milestones).not.toContain('passed');
    const reported = events().find(
      (e) =>
        e.type === 'deadline.changed' && e.data.to?.startsWith('2025-08-01') && e.data.confirmed === false,
    );
    expect(reported?.type === 'deadline.changed' && reported.data).toMatchObject({
      countdown: 'held',
      outlets: 1,
    });
    expect(reported?.occurredAt.slice(0, 10)).toBe('2025-07-08');
  });

  it('counts down to 1 August: 7 days, 3 days, 24 hours, 6 hours, 1 hour and passed, each once', () => {
    const milestones = events()
      .filter((e) => e.type === 'deadline.countdown' && e.data.deadline.startsWith('2025-08-01'))
      .map((e) => (e.type === 'deadline.countdown' ? e.data.milestone : ''));
    expect(milestones).toEqual(['7d', '3d', '24h', '6h', '1h', 'passed']);
  });

  it('sends each alert to the demo subscriber and the demo webhook, and weekly digests', () => {
    const alerts = result.entries.filter((e) => e.kind === 'alert');
    expect(alerts.length).toBe(events().length);
    for (const alert of alerts) expect(alert).toMatchObject({ email: 1, webhook: 1 });
    expect(result.entries.filter((e) => e.kind === 'digest').length).toBeGreaterThanOrEqual(12);
  });

  it('takes no signal from the headline list at the end of seed 003', () => {
    const evidence = article('003_d408f3095e498239')!
      .signals.map((s) => s.evidence)
      .join('\n');
    expect(evidence).not.toMatch(/Mexico|Korea Zinc|Lukashenko|Ukraine|Submarine/);
  });
});
