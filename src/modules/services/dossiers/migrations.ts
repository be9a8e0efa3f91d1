import type { MigrationSet } from "../../../platform/db/migrator.js";

/** Submission tables beyond the core (3202–3299). */
export const submissionMigrations: MigrationSet = {};
