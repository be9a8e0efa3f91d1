import type { MigrationSet } from "../../../platform/db/migrator.js";

/** Statistics tables, if any (3500–3599). */
export const statisticsMigrations: MigrationSet = {};
