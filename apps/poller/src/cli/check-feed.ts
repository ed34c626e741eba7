/**
 * npm run check-feed -- URL_OR_FILE [--track ID] [--raw]
 * Fetches (or reads) one feed, parses and normalises it, and prints as JSON what the poller would
 * take from it. A feed that cannot be used exits 1 with a one-line reason on stderr.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TrackDefinition } from '@dw/domain';
import { parseTracksFile } from '@dw/domain/tracks/tracks-file';
import { FeedFetcher, FeedPipeline, type NormalizedArticle } from '@dw/feeds';

// A CLI is an entry point like main.ts: it reads its one setting here rather than booting AppConfig.
// eslint-disable-next-line no-restricted-syntax
const allowPrivateNetwork = /^(1|true|yes)$/i.test(process.env.ALLOW_PRIVATE_NETWORK ?? '');

interface Args {
  target: string;
  trackId: string | null;
  raw: boolean;
}

function fail(reason: string): never {
  process.stderr.write(`check-feed: ${reason.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(1);
}

function parseArgs(argv: string[]): Args {
  let target: string | null = null;
  let trackId: string | null = null;
  let raw = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--track') trackId = argv[++i] ?? fail('--track needs a track id');
    else if (arg.startsWith('--track=')) trackId = arg.slice('--track='.length);
    else if (arg === '--raw') raw = true;
    else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else if (target) fail('give one URL or file');
    else target = arg;
  }
  if (!target) fail('usage: npm run check-feed -- URL_OR_FILE [--track ID] [--raw]');
  return { target, trackId, raw };
}

function loadTracks(): TrackDefinition[] {
  const candidates = [
    resolve(process.cwd(), 'config/tracks.yaml'),
    resolve(__dirname, '../../../../../config/tracks.yaml'),
    resolve(__dirname, '../../../../config/tracks.yaml'),
  ];
  const file = candidates.find((path) => existsSync(path));
  if (!file) fail('--track given but no config/tracks.yaml was found');
  return parseTracksFile(readFileSync(file, 'utf8'), file);
}

function present(article: NormalizedArticle, raw: boolean): Record<string, unknown> {
  const { raw: rawItem, ...rest } = article;
  return raw ? { ...rest, raw: rawItem } : rest;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let tracks: TrackDefinition[] = [];
  if (args.trackId) {
    tracks = loadTracks().filter((track) => track.id === args.trackId);
    if (tracks.length === 0) fail(`unknown track "${args.trackId}"`);
  }
  const fetcher = new FeedFetcher({ allowPrivateNetwork });
  const pipeline = new FeedPipeline(fetcher, tracks);
  try {
    const isUrl = /^https?:\/\//i.test(args.target);
    let output: Record<string, unknown>;
    if (isUrl) {
      const result = await pipeline.read({ url: args.target });
      if (result.status === 'error') fail(result.reason);
      if (result.status === 'retry-later')
        fail(
          `the server asked us to come back later${result.retryAfterMs !== null ? ` (in ${Math.round(result.retryAfterMs / 1000)} s)` : ''}`,
        );
      if (result.status === 'not-modified')
        fail('the server answered 304 Not Modified to an unconditional request');
      output = { ...result, articles: result.articles.map((a) => present(a, args.raw)) };
    } else {
      const path = resolve(args.target);
      if (!existsSync(path)) fail(`no such file or URL: ${args.target}`);
      const body = readFileSync(path);
      const processed = await pipeline
        .process(body, { url: `file://${path}` })
        .catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
      output = { status: 'ok', ...processed, articles: processed.articles.map((a) => present(a, args.raw)) };
    }
    if (args.trackId) {
      const articles = output.articles as Record<string, unknown>[];
      output.prefilter = {
        track: args.trackId,
        passed: articles.filter((a) => (a.trackIds as string[]).includes(args.trackId!)).length,
        of: articles.length,
      };
    }
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } finally {
    fetcher.close();
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
