import type { Database } from '@dw/platform';
import { sleep } from '../support/ports';
import type { Receipt } from './sinks';
import type { World } from './world';

export interface ChannelTally {
  expected: number;
  delivered: number;
  lost: number;
  /** The same alert to the same recipient under a different id: a deduping receiver cannot catch it. */
  duplicates: number;
  /** The same id received again: harmless to a deduping receiver; only legitimate after an unknown outcome. */
  sameIdResends: number;
}

export interface FaultResult {
  fault: string;
  email: ChannelTally;
  webhook: ChannelTally;
  feed?: { expected: number; taken: number; lost: number };
  seconds: number;
  crashes: number;
  badSignatures: number;
  /** Log lines at warn or above written during the run, and the most frequent message. */
  warnLines: number;
  topMessage: string;
  notes: string[];
  problems: string[];
}

export function tally(receipts: Receipt[], expectedPairs: Set<string>): ChannelTally {
  const ids = new Map<string, Map<string, number>>();
  for (const r of receipts) {
    const pair = `${r.eventId}|${r.recipient}`;
    if (!expectedPairs.has(pair)) continue;
    const byId = ids.get(pair) ?? new Map<string, number>();
    byId.set(r.deliveryId, (byId.get(r.deliveryId) ?? 0) + 1);
    ids.set(pair, byId);
  }
  let duplicates = 0;
  let sameIdResends = 0;
  for (const byId of ids.values()) {
    duplicates += byId.size - 1;
    for (const n of byId.values()) sameIdResends += n - 1;
  }
  return {
    expected: expectedPairs.size,
    delivered: ids.size,
    lost: expectedPairs.size - ids.size,
    duplicates,
    sameIdResends,
  };
}

export async function feedTally(world: World, db: Database, slug: string): Promise<FaultResult['feed']> {
  const urls = world.feed.served.get(slug) ?? [];
  const count = async () =>
    urls.length === 0
      ? 0
      : Number(
          (
            await db
              .selectFrom('articles')
              .select((eb) => eb.fn.countAll().as('n'))
              .where('url', 'in', urls)
              .executeTakeFirstOrThrow()
          ).n,
        );
  const until = Date.now() + 20_000;
  let taken = await count();
  while (taken < urls.length && Date.now() < until) {
    await sleep(500);
    taken = await count();
  }
  return { expected: urls.length, taken, lost: urls.length - taken };
}

export function formatTable(results: FaultResult[]): string {
  const head = ['fault', 'channel', 'expected', 'delivered', 'lost', 'duplicates', 'same-id resends', 'secs'];
  const rows: string[][] = [];
  for (const r of results) {
    for (const channel of ['email', 'webhook'] as const) {
      const t = r[channel];
      rows.push([
        channel === 'email' ? r.fault : '',
        channel,
        String(t.expected),
        String(t.delivered),
        String(t.lost),
        String(t.duplicates),
        String(t.sameIdResends),
        channel === 'email' ? String(r.seconds) : '',
      ]);
    }
    if (r.feed)
      rows.push([
        '',
        'feed',
        String(r.feed.expected),
        String(r.feed.taken),
        String(r.feed.lost),
        '-',
        '-',
        '',
      ]);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const notes = results.map(
    (r) =>
      `- ${r.fault}: crashes ${r.crashes}, bad signatures ${r.badSignatures}, warn+ log lines ${r.warnLines}${r.topMessage ? ` (most: ${r.topMessage})` : ''}${r.notes.length ? `; ${r.notes.join('; ')}` : ''}${r.problems.length ? `; PROBLEMS: ${r.problems.join('; ')}` : ''}`,
  );
  return [line(head), ...rows.map(line), '', ...notes].join('\n');
}
