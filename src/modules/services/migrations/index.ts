import type { MigrationSet } from "../../../platform/db/migrator.js";
import { catalogueMigrations } from "../catalogue/migrations.js";
import { documentStoreMigrations } from "../documents/migrations.js";
import { submissionMigrations } from "../dossiers/migrations.js";
import { feeMigrations } from "../fees/migrations.js";
import { lifecycleMigrations } from "../lifecycle/migrations.js";
import { notificationMigrations } from "../notifications/migrations.js";
import { paymentMigrations } from "../payments/migrations.js";
import { postalMigrations } from "../postal/migrations.js";
import { resultMigrations } from "../results/migrations.js";
import { statisticsMigrations } from "../stats/migrations.js";
import { workspaceMigrations } from "../workspace/migrations.js";
import { servicesCoreMigrations } from "./core.js";

/** Online public services (SPEC §B): 31xx catalogue, 32xx dossiers, 33xx lifecycle/workspace, 34xx notifications and postal, 35xx statistics, 36xx fees and payments, 37xx receipts, results and the citizen's document store. */
export const servicesMigrations: MigrationSet = {
  ...servicesCoreMigrations,
  ...catalogueMigrations,
  ...submissionMigrations,
  ...lifecycleMigrations,
  ...workspaceMigrations,
  ...notificationMigrations,
  ...postalMigrations,
  ...statisticsMigrations,
  ...feeMigrations,
  ...paymentMigrations,
  ...resultMigrations,
  ...documentStoreMigrations,
};
