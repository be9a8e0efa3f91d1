import type { MigrationSet } from "../../../platform/db/migrator.js";

export const siteRegistryMigrations: MigrationSet = {};
