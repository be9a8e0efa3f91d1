import type { MigrationSet } from "../../../platform/db/migrator.js";

/** Catalogue tables beyond the core (3102–3199). */
export const catalogueMigrations: MigrationSet = {};
