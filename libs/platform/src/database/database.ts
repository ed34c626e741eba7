import * as fs from 'node:fs';
import * as path from 'node:path';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
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
}

export class DatabaseUnavailableError extends Error {}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const db = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options.schema)
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

async function openPostgres(url: string, schema?: string): Promise<Database> {
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
    max: 10,
    connectionTimeoutMillis: 5000,
    ...(schema ? { options: `-c search_path="${schema}"` } : {}),
  });
  pool.on('error', () => undefined);
  return new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
}

async function openPglite(options: DatabaseOptions): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGliteDialect } = await import('kysely-pglite-dialect');
  let dataPath: string | undefined;
  if (!options.inMemory) {
    dataPath = path.join(options.dataDir, 'pglite');
    fs.mkdirSync(dataPath, { recursive: true });
  }
  const pglite = dataPath ? new PGlite(dataPath) : new PGlite();
  await pglite.waitReady;
  if (options.schema) {
    await pglite.exec(
      `CREATE SCHEMA IF NOT EXISTS "${options.schema}"; SET search_path TO "${options.schema}";`,
    );
  }
  return new Kysely<DatabaseSchema>({ dialect: new PGliteDialect(pglite) });
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
