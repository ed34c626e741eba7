import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SystemClock, type TrackDefinition } from '@dw/domain';
import { parseTracksFile } from '@dw/domain/tracks/tracks-file';
import { Prefilter } from '@dw/feeds';
import {
  type AppConfig,
  type Database,
  openDatabase,
  toTrackDefinition,
  TracksRepository,
} from '@dw/platform';
import type { FeedContent, NormalizedArticle } from '../feed-reader';
import { HttpFeedReader } from '../http-feed-reader';
import { type PollerSettings, resolvePollerSettings } from '../poller-settings';

export type CheckFeedConfig = Pick<
  AppConfig,
  'allowPrivateNetwork' | 'publicUrl' | 'databaseUrl' | 'dataDir' | 'tracksFile'
>;

export interface CheckFeedIo {
  config: CheckFeedConfig;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Where the tracks are read when DATABASE_URL is set (tests hand in a database of their own). */
  database?: Database;
  /** The poller's settings (timeouts, size cap) unless told otherwise. */
  settings?: Partial<PollerSettings>;
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

/** The tracks the running system knows: the database when there is one, else TRACKS_FILE. */
async function knownTracks(io: CheckFeedIo): Promise<TrackDefinition[]> {
  const { databaseUrl, dataDir, tracksFile } = io.config;
  const fromDatabase = async (db: Database) => {
    try {
      return (await new TracksRepository(db).list()).map(toTrackDefinition);
    } catch (error) {
      throw new UsageFailure(`cannot read the tracks from the database: ${(error as Error).message}`);
    }
  };
  if (io.database) return fromDatabase(io.database);
  if (databaseUrl) {
    const db = await openDatabase({ databaseUrl, dataDir, poolSize: 1 });
    try {
      return await fromDatabase(db);
    } finally {
      await db.destroy();
    }
  }
  if (!existsSync(tracksFile))
    throw new UsageFailure(`--track given but TRACKS_FILE ${tracksFile} was not found`);
  return parseTracksFile(readFileSync(tracksFile, 'utf8'), tracksFile);
}

function present(
  article: NormalizedArticle,
  trackIds: string[] | null,
  raw: boolean,
): Record<string, unknown> {
  const { raw: rawItem, trackIds: _unjudged, ...rest } = article;
  return { ...rest, ...(trackIds ? { trackIds } : {}), ...(raw ? { raw: rawItem } : {}) };
}

/**
 * Fetches (or reads) one feed through the poller's own reader (network guard, limits, charset,
 * parser, normaliser) and prints as JSON what the poller would take from it; with --track, the
 * poller's pre-filter over the tracks the system knows. Returns the exit code: 1, with a one-line
 * reason on stderr, when the feed cannot be used.
 */
export async function runCheckFeed(argv: string[], io: CheckFeedIo): Promise<number> {
  const reader = new HttpFeedReader(io.config, new SystemClock(), resolvePollerSettings(io.settings));
  const fail = (reason: string): number => {
    io.stderr(`check-feed: ${reason.replace(/\s*\n\s*/g, ' ')}\n`);
    return 1;
  };
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  try {
    const args = parseArgs(argv);
    let prefilter: Prefilter | null = null;
    if (args.trackId) {
      const tracks = await knownTracks(io);
      if (!tracks.some((t) => t.id === args.trackId))
        throw new UsageFailure(`unknown track "${args.trackId}"`);
      prefilter = new Prefilter(tracks);
    }
    let output: Record<string, unknown>;
    let content: FeedContent;
    if (/^https?:\/\//i.test(args.target)) {
      const result = await reader.read({
        feedId: null,
        url: args.target,
        source: null,
        etag: null,
        lastModified: null,
      });
      if (result.status === 'error') return fail(result.reason);
      if (result.status === 'retry-later') {
        const wait = result.retryAfterMs !== null ? ` (in ${Math.round(result.retryAfterMs / 1000)} s)` : '';
        return fail(`the server asked us to come back later${wait}`);
      }
      if (result.status === 'not-modified')
        return fail('the server answered 304 Not Modified to an unconditional request');
      content = result;
      output = { url: args.target, ...result };
    } else {
      const path = resolve(args.target);
      if (!existsSync(path)) return fail(`no such file or URL: ${args.target}`);
      const url = `file://${path}`;
      const result = await reader.readBody(readFileSync(path), null, { feedId: null, url, source: null });
      if (result.status === 'error') return fail(result.reason);
      content = result;
      output = { url, ...result };
    }
    const judged = content.articles.map((a) => ({
      article: a,
      trackIds: prefilter?.check(a).trackIds ?? null,
    }));
    output.articles = judged.map(({ article, trackIds }) => present(article, trackIds, args.raw));
    if (args.trackId) {
      const trackId = args.trackId;
      output.prefilter = {
        track: trackId,
        passed: judged.filter((j) => j.trackIds?.includes(trackId)).length,
        of: judged.length,
      };
    }
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
    return 0;
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  } finally {
    await reader.onApplicationShutdown();
  }
}
