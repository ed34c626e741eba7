import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type FlappingFeed, startFlappingFeed } from './flapping-feed';
import { type PrivatePostgres, startPrivatePostgres } from './private-postgres';
import { type PrivateRedis, startPrivateRedis } from '../support/redis-server';
import { type FaultyReceiver, type FaultySmtp, startFaultyReceiver, startFaultySmtp } from './sinks';

/** The machinery every fault plays with: all on loopback, all the suite's own. */
export interface World {
  dir: string;
  pg: PrivatePostgres;
  redis: PrivateRedis;
  smtp: FaultySmtp;
  receiver: FaultyReceiver;
  feed: FlappingFeed;
  close(): Promise<void>;
}

export async function startWorld(): Promise<World> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-faults-'));
  const [pg, redis, smtp, receiver, feed] = await Promise.all([
    startPrivatePostgres(),
    startPrivateRedis({ persist: true }),
    startFaultySmtp(),
    startFaultyReceiver(),
    startFlappingFeed(),
  ]);
  return {
    dir,
    pg,
    redis,
    smtp,
    receiver,
    feed,
    async close() {
      await Promise.allSettled([pg.destroy(), redis.destroy(), smtp.close(), receiver.close(), feed.close()]);
    },
  };
}
