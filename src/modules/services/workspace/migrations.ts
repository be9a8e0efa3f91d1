import type { MigrationSet } from "../../../platform/db/migrator.js";

/** Workspace and deadline-warning tables (3350–3399). */
export const workspaceMigrations: MigrationSet = {};
