import { citizenMigrations } from "./modules/citizens/index.js";
import { governanceMigrations } from "./modules/governance/index.js";
import { orgsMigrations } from "./modules/orgs/index.js";
import { participationMigrations } from "./modules/participation/index.js";
import { portalMigrations } from "./modules/portal/index.js";
import { servicesMigrations } from "./modules/services/index.js";
import { activityMigrations } from "./platform/activity/migrations.js";
import { authMigrations } from "./platform/auth/migrations.js";
import { calendarMigrations } from "./platform/calendar/migrations.js";
import type { MigrationSet } from "./platform/db/migrator.js";
import { platformMigrations } from "./platform/db/platform-migrations.js";

/** Every owner's migrations, platform first; names carry the global order (see platform/db/migrator.ts). */
export const allMigrations: MigrationSet[] = [
  platformMigrations,
  authMigrations,
  activityMigrations,
  calendarMigrations,
  orgsMigrations,
  portalMigrations,
  citizenMigrations,
  servicesMigrations,
  participationMigrations,
  governanceMigrations,
];
