import { type Migration, type MigrationProvider, Migrator } from "kysely";
import type { Db } from "./connection.js";

/**
 * Migrations come from every owner of tables (platform services, then modules). Names carry a numeric prefix that
 * fixes the global order: 0xxx platform, 1xxx orgs, 2xxx portal, … so the set stays sortable as modules are added.
 */
export type MigrationSet = Record<string, Migration>;

class StaticProvider implements MigrationProvider {
  constructor(private readonly sets: MigrationSet[]) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const all: Record<string, Migration> = {};
    for (const set of this.sets) {
      for (const [name, migration] of Object.entries(set)) {
        if (all[name]) throw new Error(`Duplicate migration name ${name}`);
        all[name] = migration;
      }
    }
    return all;
  }
}

export async function migrateToLatest(db: Db, sets: MigrationSet[]): Promise<string[]> {
  // Each owner numbers its migrations in its own range, so a platform service added later (0060_…) sorts before
  // modules already migrated on an existing database; owners touch only their own tables, so order across owners
  // does not matter and pending ones simply run (kysely would otherwise refuse the database as "corrupted").
  const migrator = new Migrator({ db, provider: new StaticProvider(sets), allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
