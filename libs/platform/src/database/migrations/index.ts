import type { Migration, MigrationProvider } from 'kysely';
import * as foundation from './001_foundation';
import * as email from './002_email';

/** Versioned migrations, applied in name order at start-up. Add new ones at the end; never edit a shipped one. */
const migrations: Record<string, Migration> = {
  '001_foundation': foundation,
  '002_email': email,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
