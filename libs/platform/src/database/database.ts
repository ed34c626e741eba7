import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import type { Pool, PoolClient } from 'pg';
import type { DatabaseSchema } from './schema';
import { migrationProvider } from './migrations';
import { redactUrl } from '../config/redact-url';

export type Database = Kysely<DatabaseSchema>;

export interface DatabaseOptions {
  /** A PostgreSQL server; when absent, embedded PGlite under dataDir. */
  databaseUrl?: string;
  dataDir: string;
  /** Isolates tests: every table lives in this schema (created when missing). */
  schema?: string;
  /** PGlite in memory instead of dataDir (tests, replay). */
  inMemory?: boolean;
  /** PostgreSQL connections; the default serves until the workers are known (sizeDatabasePool). */
  poolSize?: number;
}

export class DatabaseUnavailableError extends Error {}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const db = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options.schema, options.poolSize)
    : await openPglite(options);
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    const where = options.databaseUrl
      ? redactUrl(options.databaseUrl, 'DATABASE_URL')
      : 'the embedded database';
    throw new DatabaseUnavailableError(
      `PostgreSQL is not reachable at ${where}: ${(error as Error).message}. Start it, fix DATABASE_URL, or unset DATABASE_URL to use the embedded database.`,
    );
  }
  return db;
}

/** The pg pool behind each PostgreSQL database handle, so it can be sized once the workers are known. */
const pools = new WeakMap<Database, Pool>();

export const DEFAULT_POOL_SIZE = 10;
const AUTO_POOL_MIN = 10;
const AUTO_POOL_MAX = 40;

/**
 * Connections for workers that share one pool: a job holds a connection only for its queries, not
 * while it waits on SMTP or HTTP, so a third of the worker concurrency plus 4 for the HTTP API,
 * within 10..40 (two processes then stay under PostgreSQL's default max_connections of 100).
 */
export function poolSizeFor(workerConcurrency: number): number {
  return Math.min(AUTO_POOL_MAX, Math.max(AUTO_POOL_MIN, Math.ceil(workerConcurrency / 3) + 4));
}

/**
 * Sets a PostgreSQL pool's size (pg-pool reads `options.max` at every checkout). Called at start-up
 * when the workers of this process are known; a no-op on PGlite. Returns the size, or null.
 */
export function sizeDatabasePool(db: Database, size: number): number | null {
  const pool = pools.get(db);
  if (!pool) return null;
  pool.options.max = size;
  return size;
}

/** The size of a PostgreSQL database handle's pool, or null on PGlite. */
export function databasePoolSize(db: Database): number | null {
  return pools.get(db)?.options.max ?? null;
}

async function openPostgres(url: string, schema?: string, poolSize = DEFAULT_POOL_SIZE): Promise<Database> {
  const { Pool } = await import('pg');
  if (schema) {
    const setup = new Pool({ connectionString: url, max: 1 });
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    } finally {
      await setup.end();
    }
  }
  const pool = new Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5000,
    ...(schema ? { options: `-c search_path="${schema}"` } : {}),
  });
  // A server restart ends every connection. An idle one is reported on the pool, a checked-out one
  // on its client (where no listener means an uncaught 'error' that ends the process); either way the
  // pool drops it, the query in flight fails, and the next query reconnects.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
    prepareMarkedStatements(client);
  });
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  pools.set(db, pool);
  return db;
}

/**
 * Starts the text of a statement that each connection parses and plans once (a named prepared
 * statement) instead of at every run. For the hot statements of the delivery path, whose text never
 * varies (their lists travel as array parameters): parsing and planning were most of their cost
 * (about 1 to 2 ms of server CPU a statement, against tens of microseconds a row). A comment, so
 * PGlite runs the same text unchanged. Behind a transaction-pooling PgBouncer before 1.21, leave
 * it out: named statements need the same server connection.
 */
export const PREPARED_STATEMENT = '/* prepared */';

const statementNames = new Map<string, string>();

function prepareMarkedStatements(client: PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const [text, values, callback] = args;
    if (typeof text !== 'string' || !text.startsWith(PREPARED_STATEMENT)) return query(...args);
    let name = statementNames.get(text);
    if (!name) {
      name = `dw_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
      statementNames.set(text, name);
    }
    return query({ name, text, values }, callback);
  };
}

/**
 * PostgreSQL's page cache inside PGlite. PGlite 0.3 fixed it at 128MB, zero-filled at start, which
 * was most of the all-in-one process's resident memory at rest (bench rss); the embedded database
 * of one deployment is a few tens of MB, and pages it misses come from the OS page cache.
 */
const PGLITE_SHARED_BUFFERS = '32MB';

async function openPglite(options: DatabaseOptions): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGliteDialect } = await import('kysely-pglite-dialect');
  let dataPath: string | undefined;
  if (!options.inMemory) {
    dataPath = path.join(options.dataDir, 'pglite');
    fs.mkdirSync(dataPath, { recursive: true });
    if (!fs.existsSync(path.join(dataPath, 'PG_VERSION'))) await createPgliteDirectory(dataPath);
  }
  const pglite = new PGlite(dataPath, {
    // PGlite 0.3 kept its tables in template1 (then its default database); 0.4 defaults to postgres.
    // template1 keeps data directories made before the upgrade readable, and exists in new ones.
    database: 'template1',
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
  });
  await pglite.waitReady;
  if (options.schema) {
    await pglite.exec(
      `CREATE SCHEMA IF NOT EXISTS "${options.schema}"; SET search_path TO "${options.schema}";`,
    );
  }
  return new Kysely<DatabaseSchema>({ dialect: new PGliteDialect(pglite) });
}

/**
 * Makes a new PGlite data directory in a short-lived process. PGlite 0.4 runs initdb in a second
 * WebAssembly instance and copies the result through a tar in memory: about 600 MB that the
 * service would otherwise hold until a full garbage collection, and partly keep as resident memory.
 */
async function createPgliteDirectory(dataPath: string): Promise<void> {
  const script = [
    'const { PGlite } = require(process.argv[1]);',
    "const db = new PGlite(process.argv[2], { database: 'template1' });",
    'db.waitReady.then(() => db.close()).then(() => process.exit(0), (error) => {',
    '  console.error(error.message);',
    '  process.exit(1);',
    '});',
  ].join('\n');
  await promisify(execFile)(process.execPath, [
    '-e',
    script,
    require.resolve('@electric-sql/pglite'),
    dataPath,
  ]);
}

/** `schema`: where the tables live when not in public (tests); Kysely must be told, or it finds another schema's lock table. */
export async function migrateToLatest(db: Database, schema?: string): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed: ${(error as Error).message}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
