import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from '@swc/core';
import { FeedParseError, FeedParserPool } from '@dw/feeds';

const root = join(__dirname, '../..');
// compiled into a private folder rather than dist/, which other suites may be reading meanwhile
const outDir = join(root, 'node_modules/.cache', `dw-feeds-worker-${process.pid}`);
const workerFile = join(outDir, 'parse/parse-worker.js');

function compileWorker(): void {
  const swcrc = JSON.parse(readFileSync(join(root, '.swcrc'), 'utf8')) as Record<string, unknown>;
  delete swcrc.$schema;
  const sources = [
    'errors.ts',
    ...readdirSync(join(root, 'libs/feeds/src/parse'))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
      .map((f) => `parse/${f}`),
  ];
  for (const source of sources) {
    const from = join(root, 'libs/feeds/src', source);
    const { code } = transformSync(readFileSync(from, 'utf8'), {
      ...swcrc,
      filename: from,
      swcrc: false,
      sourceMaps: false,
    });
    const to = join(outDir, source.replace(/\.ts$/, '.js'));
    mkdirSync(join(to, '..'), { recursive: true });
    writeFileSync(to, code);
  }
}
const FEED =
  '<rss version="2.0"><channel><title>T</title><item><title>One</title><link>https://news.example/1</link></item></channel></rss>';

describe('FeedParserPool (worker threads)', () => {
  let pool: FeedParserPool;
  beforeAll(() => {
    compileWorker();
    pool = new FeedParserPool({ workerFile, size: 2, timeoutMs: 5000 });
  });
  afterAll(async () => {
    await pool.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('parses off the main thread', async () => {
    expect(pool.isolated).toBe(true);
    const feed = await pool.parse(FEED);
    expect(feed.items.map((i) => i.title)).toEqual(['One']);
  });

  it('passes parse errors back as FeedParseError', async () => {
    await expect(
      pool.parse('<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss/>'),
    ).rejects.toMatchObject({ name: 'FeedParseError', code: 'hostile' });
  });

  it('abandons a parse that runs too long, keeps the event loop free meanwhile, and recovers', async () => {
    const slow = new FeedParserPool({ workerFile, timeoutMs: 100 });
    const heavy = `<rss version="2.0"><channel><title>${'&'.repeat(4_000_000)}</title></channel></rss>`;
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const started = Date.now();
    const error = await slow.parse(heavy).catch((e: unknown) => e);
    clearInterval(ticker);
    expect(error).toBeInstanceOf(FeedParseError);
    expect((error as FeedParseError).code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(ticks).toBeGreaterThan(3);
    expect((await slow.parse(FEED)).items).toHaveLength(1);
    await slow.close();
  });

  it('falls back to parsing in-process without a compiled worker', async () => {
    const inline = new FeedParserPool({ workerFile: join(root, 'no-such-worker.js') });
    expect(inline.isolated).toBe(false);
    expect((await inline.parse(FEED)).items).toHaveLength(1);
    await inline.close();
  });
});
