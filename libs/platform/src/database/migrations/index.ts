import type { Migration, MigrationProvider } from 'kysely';
import * as foundation from './001_foundation';

/** Versioned migrations, applied in name order at start-up. Add new ones at the end; never edit a shipped one. */
const migrations: Record<string, Migration> = {
  '001_foundation': foundation,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
