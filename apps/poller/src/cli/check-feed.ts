/**
 * npm run check-feed -- URL_OR_FILE [--track ID] [--raw]
 * Fetches (or reads) one feed, parses and normalises it, and prints as JSON what the poller would
 * take from it. A feed that cannot be used exits 1 with a one-line reason on stderr.
 */
import { runCheckFeed } from './check-feed-command';

// A CLI is an entry point like main.ts: it reads its one setting here rather than booting AppConfig.
// eslint-disable-next-line no-restricted-syntax
const allowPrivateNetwork = /^(1|true|yes)$/i.test(process.env.ALLOW_PRIVATE_NETWORK ?? '');

runCheckFeed(process.argv.slice(2), {
  allowPrivateNetwork,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`check-feed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
