import type { MigrationSet } from "../../../platform/db/migrator.js";

/** Postal receipt and return (SPEC §B5) (3450–3499). */
export const postalMigrations: MigrationSet = {};
