import { type ChildProcess, execFileSync, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Redis } from 'ioredis';
import type { MemoryFigures } from './memory-probe';

/** How long the process sits idle, after its first polls are classified, before it is measured. */
const IDLE_MS = Number(process.env.BENCH_RSS_IDLE_MS ?? 30_000);
const START_LIMIT_MS = 120_000;
const ROOT = path.resolve(__dirname, '../..');
const MAIN = path.join(ROOT, 'dist/apps/all/src/main.js');
const PROBE = path.join(__dirname, 'memory-probe.js');

/** Loopback feeds in place of the tracks' real ones: a few fresh items each, so the classifier runs. */
async function startFeeds(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const now = Date.now();
    const items = [0, 1, 2]
      .map((i) => {
        const link = `http://127.0.0.1/rss-bench${req.url}/${i}`;
        return `<item><title>South Korea, Japan and the EU meet United States negotiators on tariffs, day ${i}</title><link>${link}</link><guid>${link}</guid><pubDate>${new Date(now - i * 3_600_000).toUTCString()}</pubDate><description>Officials in Seoul, Tokyo and Brussels said talks with Washington before the 1 August tariff deadline would continue next week; no deal was reached.</description></item>`;
      })
      .join('');
    res
      .writeHead(200, { 'content-type': 'application/rss+xml' })
      .end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>bench</title><link>http://127.0.0.1/</link><description>bench</description>${items}</channel></rss>`,
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The shipped tracks with every feed URL pointed at the loopback server (nothing leaves the machine). */
function localTracksFile(dir: string, feedsUrl: string): string {
  let n = 0;
  const text = fs
    .readFileSync(path.join(ROOT, 'config/tracks.yaml'), 'utf8')
    .replace(/url: https?:\/\/\S+/g, () => `url: ${feedsUrl}/feed/${++n}`);
  const file = path.join(dir, 'tracks.yaml');
  fs.writeFileSync(file, text);
  return file;
}

async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Health {
  status: string;
  checks?: { queues?: { counts?: Record<string, { waiting: number; active: number }> } };
}

async function health(port: number): Promise<Health | null> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/health`);
    return (await res.json()) as Health;
  } catch {
    return null;
  }
}

/** Healthy with nothing waiting or running in any queue (the first polls classified). */
async function waitUntilSettled(port: number, child: ChildProcess): Promise<void> {
  const limit = Date.now() + START_LIMIT_MS;
  while (Date.now() < limit) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}`);
    const h = await health(port);
    const counts = Object.values(h?.checks?.queues?.counts ?? {});
    if (h?.status === 'ok' && counts.length > 0 && counts.every((c) => c.waiting + c.active === 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`not settled within ${START_LIMIT_MS} ms`);
}

function ask(child: ChildProcess): Promise<MemoryFigures> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no answer from the memory probe')), 5000);
    child.once('message', (figures) => {
      clearTimeout(timer);
      resolve(figures as MemoryFigures);
    });
    child.send('memory?');
  });
}

/** One part of the app loaded alone in a fresh process (see memory-probe.ts). */
function part(
  name: string,
  dataDir?: string,
): MemoryFigures & { articles?: number; classifications?: number } {
  const out = execFileSync(process.execPath, [PROBE, name, ...(dataDir ? [dataDir] : [])], {
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').pop()!) as MemoryFigures & {
    articles?: number;
    classifications?: number;
  };
}

async function removeKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
}

/**
 * RSS at rest of `npm start` on the embedded PGlite: the built all-in-one process on a fresh data
 * directory, its tracks' feeds served on loopback, measured after its first polls are classified
 * and it has sat idle for BENCH_RSS_IDLE_MS (30 s). Then each large part alone in a fresh process
 * (bare Node, the NLP model, PGlite on the same data directory), so the total can be read by part.
 */
export async function run(): Promise<Record<string, number | string>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-rss-'));
  const feeds = await startFeeds();
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `dwbench_rss_${randomBytes(3).toString('hex')}`;
  const port = await freePort();
  const log = fs.openSync(path.join(dir, 'app.log'), 'w');
  const child = fork(MAIN, [], {
    execArgv: ['-r', PROBE],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      REDIS_URL: redisUrl,
      DATA_DIR: path.join(dir, 'data'),
      TRACKS_FILE: localTracksFile(dir, feeds.url),
      PORT: String(port),
      QUEUE_PREFIX: prefix,
      ALLOW_PRIVATE_NETWORK: 'true',
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'json',
      ...(process.env.BENCH_RSS_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_RSS_NODE_OPTIONS } : {}),
    },
    stdio: ['ignore', log, log, 'ipc'],
  });
  try {
    const started = Date.now();
    await waitUntilSettled(port, child);
    const settledMs = Date.now() - started;
    const samples: number[] = [];
    for (let waited = 0; waited < IDLE_MS; waited += 1000) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      samples.push((await ask(child)).rss_mb);
    }
    const atRest = await ask(child);
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    const bare = part('bare');
    const nlp = part('nlp');
    const pglite = part('pglite', path.join(dir, 'data'));
    return {
      database: 'pglite (DATA_DIR)',
      idle_s: IDLE_MS / 1000,
      settled_after_ms: settledMs,
      articles_stored: pglite.articles ?? NaN,
      classifications_stored: pglite.classifications ?? NaN,
      ...atRest,
      rss_min_while_idle_mb: Math.min(...samples),
      rss_max_while_idle_mb: Math.max(...samples),
      part_bare_node_rss_mb: bare.rss_mb,
      part_nlp_model_rss_mb: nlp.rss_mb - bare.rss_mb,
      part_pglite_rss_mb: pglite.rss_mb - bare.rss_mb,
      part_pglite_external_mb: pglite.external_mb,
      part_rest_rss_mb:
        atRest.rss_mb - bare.rss_mb - (nlp.rss_mb - bare.rss_mb) - (pglite.rss_mb - bare.rss_mb),
      load_average_1m: Math.round(os.loadavg()[0] * 100) / 100,
    };
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    fs.closeSync(log);
    await feeds.close();
    await removeKeys(redisUrl, prefix);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
