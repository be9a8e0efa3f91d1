import type { MigrationSet } from "../../../platform/db/migrator.js";

/** Notification and lookup tables (3400–3449). */
export const notificationMigrations: MigrationSet = {};
