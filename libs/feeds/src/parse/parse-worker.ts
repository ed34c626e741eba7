import { parentPort } from 'node:worker_threads';
import { FeedParseError } from '../errors';
import { parseFeed } from './parse-feed';
import type { ParseFeedOptions } from './types';

/** Runs parseFeed off the main thread for FeedParserPool. */
interface Job {
  id: number;
  text: string;
  options: ParseFeedOptions;
}

parentPort?.on('message', (job: Job) => {
  parseFeed(job.text, job.options).then(
    (feed) => parentPort?.postMessage({ id: job.id, ok: true, feed }),
    (error: unknown) =>
      parentPort?.postMessage({
        id: job.id,
        ok: false,
        code: error instanceof FeedParseError ? error.code : 'malformed',
        message: error instanceof Error ? error.message : String(error),
      }),
  );
});

// the pool starts timing a job only once the worker has loaded its modules
parentPort?.postMessage({ ready: true });
