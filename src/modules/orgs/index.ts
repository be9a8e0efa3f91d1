import type { FastifyInstance } from "fastify";
import "./tables.js";
import { publicSiteRoutes } from "./routes/public.js";
import { siteAdminRoutes } from "./routes/sites.js";
import { staffAdminRoutes } from "./routes/staff.js";
import { unitAdminRoutes } from "./routes/units.js";

export { publicErrorRenderer } from "./error-pages.js";
export { orgsMigrations } from "./migrations/index.js";
export { buildShell, loadSiteForHost, loadSiteWithUnit, siteAccentCss, siteHref } from "./shell.js";
export { unitOptions } from "./staff-store.js";
export type { Site, Unit } from "./tables.js";

/** Units, sites and staff: admin pages and the public home of each site. */
export async function orgsModule(app: FastifyInstance): Promise<void> {
  await app.register(unitAdminRoutes);
  await app.register(siteAdminRoutes);
  await app.register(staffAdminRoutes);
  await app.register(publicSiteRoutes);
}
