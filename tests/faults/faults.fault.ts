import { FAULTS } from './faults';
import { runFault } from './harness';
import { type FaultResult, formatTable } from './results';
import { DEFAULT_SIZE } from './workload';
import { startWorld, type World } from './world';

/**
 * `npm run test:faults`: each fault alone, then all together, against the built all-in-one app with
 * its own Redis and PostgreSQL. FAULTS=kill,redis picks some; the table is printed at the end.
 */
const chosen = (process.env.FAULTS ?? Object.keys(FAULTS).join(','))
  .split(',')
  .map((k) => k.trim())
  .filter(Boolean);

describe('faults: every expected alert delivered, once as a deduping receiver sees it', () => {
  let world: World;
  const results: FaultResult[] = [];

  beforeAll(async () => {
    world = await startWorld();
  }, 60_000);

  afterAll(async () => {
    await world?.close();
    if (results.length > 0) {
      process.stdout.write(
        `\nfault suite: ${DEFAULT_SIZE.subscribers} subscribers x ${DEFAULT_SIZE.endpoints} endpoints x ${DEFAULT_SIZE.events} events\n${formatTable(results)}\n`,
      );
    }
  }, 60_000);

  for (const key of chosen) {
    const fault = FAULTS[key];
    if (!fault) throw new Error(`unknown fault ${key}; known: ${Object.keys(FAULTS).join(', ')}`);
    it(
      fault.name,
      async () => {
        const result = await runFault(world, fault);
        results.push(result);
        expect(result.crashes).toBe(0);
        expect(result.problems).toEqual([]);
        expect(result.badSignatures).toBe(0);
        expect({
          email: result.email.lost,
          webhook: result.webhook.lost,
          feed: result.feed?.lost ?? 0,
        }).toEqual({
          email: 0,
          webhook: 0,
          feed: 0,
        });
        expect({ email: result.email.duplicates, webhook: result.webhook.duplicates }).toEqual({
          email: 0,
          webhook: 0,
        });
      },
      300_000,
    );
  }
});
