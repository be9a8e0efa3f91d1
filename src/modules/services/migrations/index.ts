import type { MigrationSet } from "../../../platform/db/migrator.js";
import { servicesCoreMigrations } from "./core.js";

/** Online public services (SPEC §B): 31xx catalogue, 32xx dossiers, 34xx notifications and postal, 35xx statistics. */
export const servicesMigrations: MigrationSet = { ...servicesCoreMigrations };
