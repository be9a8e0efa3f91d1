import type { FastifyInstance } from "fastify";
import type { MigrationSet } from "../../platform/db/migrator.js";
import { complianceMigrations } from "./compliance/migrations.js";
import { complianceRoutes } from "./compliance/routes.js";
import { portalDashboardRoutes } from "./dashboard/routes.js";
import { dutyMigrations } from "./duties/migrations.js";
import { dutyRoutes } from "./duties/routes.js";

/** Governance tables (SPEC §F, §G): 6xxx. */
export const governanceMigrations: MigrationSet = { ...complianceMigrations, ...dutyMigrations };

/** Governance and reports (SPEC §F, §G): compliance, duty tracking, the province dashboard. */
export async function governanceModule(app: FastifyInstance): Promise<void> {
  await app.register(complianceRoutes);
  await app.register(dutyRoutes);
  await app.register(portalDashboardRoutes);
}
