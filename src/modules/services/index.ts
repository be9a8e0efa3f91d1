import type { FastifyInstance } from "fastify";
import "./tables.js";
import { catalogueRoutes } from "./catalogue/routes.js";
import { submissionRoutes } from "./dossiers/routes.js";
import { dossierRoutes } from "./lifecycle/routes.js";
import { lookupRoutes } from "./notifications/routes.js";
import { postalRoutes } from "./postal/routes.js";
import { statisticsRoutes } from "./stats/routes.js";
import { workspaceRoutes } from "./workspace/routes.js";

export { servicesMigrations } from "./migrations/index.js";
export { CITIZEN_PATHS, SERVICES_PATHS } from "./paths.js";

/** Online public services and the one-stop centre (SPEC §B1–B6). */
export async function servicesModule(app: FastifyInstance): Promise<void> {
  await app.register(catalogueRoutes);
  await app.register(submissionRoutes);
  await app.register(workspaceRoutes);
  await app.register(dossierRoutes);
  await app.register(postalRoutes);
  await app.register(lookupRoutes);
  await app.register(statisticsRoutes);
}
