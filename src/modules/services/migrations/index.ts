import type { MigrationSet } from "../../../platform/db/migrator.js";
import { catalogueMigrations } from "../catalogue/migrations.js";
import { submissionMigrations } from "../dossiers/migrations.js";
import { lifecycleMigrations } from "../lifecycle/migrations.js";
import { notificationMigrations } from "../notifications/migrations.js";
import { postalMigrations } from "../postal/migrations.js";
import { statisticsMigrations } from "../stats/migrations.js";
import { workspaceMigrations } from "../workspace/migrations.js";
import { servicesCoreMigrations } from "./core.js";

/** Online public services (SPEC §B): 31xx catalogue, 32xx dossiers, 33xx lifecycle/workspace, 34xx notifications and postal, 35xx statistics. */
export const servicesMigrations: MigrationSet = {
  ...servicesCoreMigrations,
  ...catalogueMigrations,
  ...submissionMigrations,
  ...lifecycleMigrations,
  ...workspaceMigrations,
  ...notificationMigrations,
  ...postalMigrations,
  ...statisticsMigrations,
};
