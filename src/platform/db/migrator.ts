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
  const migrator = new Migrator({ db, provider: new StaticProvider(sets) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
