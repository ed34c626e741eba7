import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { FAULTS } from './faults';
import { runFault } from './harness';
import { formatTable, type FaultResult } from './results';
import { startWorld, type World } from './world';

/**
 * The CI slice of the fault suite (the whole of it is `npm run test:faults`, about ten minutes):
 * a Redis restart and a PostgreSQL restart under alerts in flight, small, about a minute.
 */
describe('faults in CI: Redis and PostgreSQL restart under load, nothing lost, the process keeps running', () => {
  let world: World;
  const results: FaultResult[] = [];

  beforeAll(async () => {
    execFileSync(process.execPath, [path.resolve(__dirname, '../../scripts/build.js')], { stdio: 'ignore' });
    world = await startWorld();
  }, 120_000);

  afterAll(async () => {
    await world?.close();
    if (results.length > 0) process.stdout.write(`\n${formatTable(results)}\n`);
  }, 60_000);

  it.each(['redis', 'postgres'])(
    '%s',
    async (key) => {
      const result = await runFault(world, FAULTS[key], {
        subscribers: 5,
        endpoints: 5,
        events: 4,
        eventGapMs: 1000,
      });
      results.push(result);
      expect(result.crashes).toBe(0);
      expect(result.problems).toEqual([]);
      expect([result.email.lost, result.webhook.lost]).toEqual([0, 0]);
      expect([result.email.duplicates, result.webhook.duplicates]).toEqual([0, 0]);
    },
    150_000,
  );
});
