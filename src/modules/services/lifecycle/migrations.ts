import type { MigrationSet } from "../../../platform/db/migrator.js";

/** Lifecycle tables beyond the core (3300–3349). */
export const lifecycleMigrations: MigrationSet = {};
