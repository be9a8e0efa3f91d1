import type { FastifyInstance } from "fastify";
import "./tables.js";

export { publicErrorRenderer } from "./error-pages.js";
export { orgsMigrations } from "./migrations/index.js";
export { buildShell, loadSiteWithUnit, siteHref } from "./shell.js";
export type { Site, Unit } from "./tables.js";

/** Units, sites and staff: admin pages and the public home of each site. */
export async function orgsModule(_app: FastifyInstance): Promise<void> {}
