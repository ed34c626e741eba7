import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TrackDefinition } from '@dw/domain';
import { parseTracksFile } from '@dw/domain/tracks/tracks-file';
import { FeedFetcher, FeedPipeline, type FeedFetcherOptions, type NormalizedArticle } from '@dw/feeds';

export interface CheckFeedIo {
  allowPrivateNetwork: boolean;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Where to look for the default tracks file; the first that exists is used. */
  tracksFiles?: string[];
  fetcherOptions?: FeedFetcherOptions;
}

class UsageFailure extends Error {}

interface Args {
  target: string;
  trackId: string | null;
  raw: boolean;
}

const USAGE = 'usage: npm run check-feed -- URL_OR_FILE [--track ID] [--raw]';

function parseArgs(argv: string[]): Args {
  let target: string | null = null;
  let trackId: string | null = null;
  let raw = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--track') {
      trackId = argv[++i] ?? null;
      if (!trackId) throw new UsageFailure('--track needs a track id');
    } else if (arg.startsWith('--track=')) trackId = arg.slice('--track='.length);
    else if (arg === '--raw') raw = true;
    else if (arg.startsWith('--')) throw new UsageFailure(`unknown option ${arg}`);
    else if (target) throw new UsageFailure('give one URL or file');
    else target = arg;
  }
  if (!target) throw new UsageFailure(USAGE);
  return { target, trackId, raw };
}

function loadTrack(trackId: string, files: string[]): TrackDefinition {
  const file = files.find((path) => existsSync(path));
  if (!file) throw new UsageFailure('--track given but no config/tracks.yaml was found');
  const track = parseTracksFile(readFileSync(file, 'utf8'), file).find((t) => t.id === trackId);
  if (!track) throw new UsageFailure(`unknown track "${trackId}"`);
  return track;
}

function present(article: NormalizedArticle, raw: boolean): Record<string, unknown> {
  const { raw: rawItem, ...rest } = article;
  return raw ? { ...rest, raw: rawItem } : rest;
}

export const DEFAULT_TRACKS_FILES = [
  resolve(process.cwd(), 'config/tracks.yaml'),
  resolve(__dirname, '../../../../../config/tracks.yaml'),
  resolve(__dirname, '../../../../config/tracks.yaml'),
];

/**
 * Fetches (or reads) one feed, parses and normalises it, and prints as JSON what the poller would
 * take from it. Returns the exit code: 1, with a one-line reason on stderr, when the feed cannot be used.
 */
export async function runCheckFeed(argv: string[], io: CheckFeedIo): Promise<number> {
  const fetcher = new FeedFetcher({ ...io.fetcherOptions, allowPrivateNetwork: io.allowPrivateNetwork });
  const fail = (reason: string): number => {
    io.stderr(`check-feed: ${reason.replace(/\s*\n\s*/g, ' ')}\n`);
    return 1;
  };
  try {
    const args = parseArgs(argv);
    const tracks = args.trackId ? [loadTrack(args.trackId, io.tracksFiles ?? DEFAULT_TRACKS_FILES)] : [];
    const pipeline = new FeedPipeline(fetcher, tracks);
    let output: Record<string, unknown>;
    let articles: NormalizedArticle[];
    if (/^https?:\/\//i.test(args.target)) {
      const result = await pipeline.read({ url: args.target });
      if (result.status === 'error') return fail(result.reason);
      if (result.status === 'retry-later') {
        const wait = result.retryAfterMs !== null ? ` (in ${Math.round(result.retryAfterMs / 1000)} s)` : '';
        return fail(`the server asked us to come back later${wait}`);
      }
      if (result.status === 'not-modified')
        return fail('the server answered 304 Not Modified to an unconditional request');
      ({ articles } = result);
      output = { ...result };
    } else {
      const path = resolve(args.target);
      if (!existsSync(path)) return fail(`no such file or URL: ${args.target}`);
      const processed = await pipeline.process(readFileSync(path), { url: `file://${path}` });
      ({ articles } = processed);
      output = { status: 'ok', ...processed };
    }
    output.articles = articles.map((a) => present(a, args.raw));
    if (args.trackId) {
      const trackId = args.trackId;
      output.prefilter = {
        track: trackId,
        passed: articles.filter((a) => a.trackIds.includes(trackId)).length,
        of: articles.length,
      };
    }
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
    return 0;
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  } finally {
    fetcher.close();
  }
}
