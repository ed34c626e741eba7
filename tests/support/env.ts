import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { type AppConfig, type Database, migrateToLatest, openDatabase, parseConfig } from '@dw/platform';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

export function tempDir(prefix = 'dw-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A config isolated from every other test: its own queue prefix and data dir, no schedulers unless asked. */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return parseConfig({
    REDIS_URL: TEST_REDIS_URL,
    DATA_DIR: tempDir(),
    QUEUE_PREFIX: uniqueName('dwtest'),
    ALLOW_PRIVATE_NETWORK: 'true',
    SCHEDULERS: 'false',
    LOG_LEVEL: 'silent',
    API_TOKEN: 'test-token-0123456789',
    SECRET_KEY: 'test-secret-0123456789abcdef',
    PORT: '0',
    ...overrides,
  });
}

export type DatabaseKind = 'pglite' | 'postgres';

/**
 * A migrated database in a schema of its own, on PGlite in memory or on the real PostgreSQL.
 * Pass `schema` to open another handle on a PostgreSQL schema (a restart, a second replica).
 */
export async function openTestDatabase(kind: DatabaseKind, schema?: string): Promise<Database> {
  if (kind === 'postgres') schema ??= uniqueName('t');
  if (schema) await sweepStaleSchemas();
  const db =
    kind === 'postgres'
      ? await openDatabase({ databaseUrl: TEST_DATABASE_URL, dataDir: tempDir(), schema })
      : await openDatabase({ dataDir: tempDir(), inMemory: true });
  // Kysely's migrator reads every schema's tables; one dropped by a sweep mid-read is retried.
  for (let attempt = 1; ; attempt++) {
    try {
      await migrateToLatest(db, schema);
      break;
    } catch (error) {
      if (attempt >= 3 || !/does not exist/.test((error as Error).message)) throw error;
    }
  }
  return db;
}

/**
 * Closes a test database. Its PostgreSQL schema stays until a later run sweeps it: dropping it now
 * races with other suites whose migrations are reading the catalogue at that moment.
 */
export async function closeTestDatabase(db: Database): Promise<void> {
  await db.destroy();
}

const STALE_SCHEMA_MS = 3 * 3600_000;
let sweep: Promise<void> | undefined;

/** Drops test schemas left by runs that ended hours ago (their names carry their creation time). */
function sweepStaleSchemas(): Promise<void> {
  sweep ??= (async () => {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ nspname: string }>(
        `SELECT nspname FROM pg_namespace WHERE nspname LIKE 't\\_%'`,
      );
      for (const { nspname } of rows) {
        const created = parseInt(nspname.split('_')[1] ?? '', 36);
        if (Number.isFinite(created) && Date.now() - created > STALE_SCHEMA_MS) {
          await client.query(`DROP SCHEMA IF EXISTS "${nspname}" CASCADE`).catch(() => undefined);
        }
      }
    } finally {
      await client.end();
    }
  })().catch(() => undefined);
  return sweep;
}

/** Polls until the check passes or the time is up; the last failure is rethrown. */
export async function eventually<T>(
  check: () => Promise<T> | T,
  timeoutMs = 10_000,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw lastError;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
