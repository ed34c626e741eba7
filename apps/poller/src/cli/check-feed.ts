/**
 * npm run check-feed -- URL_OR_FILE [--track ID] [--raw]
 * Fetches (or reads) one feed through the poller's reader, and prints as JSON what the poller would
 * take from it. A feed that cannot be used exits 1 with a one-line reason on stderr.
 */
import { type AppConfig, ConfigError, loadConfig } from '@dw/platform/config/app-config';
import { runCheckFeed } from './check-feed-command';

let config: AppConfig;
try {
  config = loadConfig();
} catch (error) {
  process.stderr.write(`check-feed: ${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(1);
}

runCheckFeed(process.argv.slice(2), {
  config,
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
