import type { FastifyInstance } from "fastify";
import "./tables.js";
import "./fees/tables.js";
import "./payments/tables.js";
import "./results/tables.js";
import "./documents/tables.js";
import { citizenDossierRoutes } from "./account/routes.js";
import { catalogueRoutes } from "./catalogue/routes.js";
import { documentStoreRoutes } from "./documents/routes.js";
import { submissionRoutes } from "./dossiers/routes.js";
import { feeRoutes } from "./fees/routes.js";
import { dossierRoutes } from "./lifecycle/routes.js";
import { lookupRoutes } from "./notifications/routes.js";
import { paymentRoutes } from "./payments/routes.js";
import { postalRoutes } from "./postal/routes.js";
import { resultRoutes } from "./results/routes.js";
import { statisticsRoutes } from "./stats/routes.js";
import { workspaceRoutes } from "./workspace/routes.js";

export { servicesMigrations } from "./migrations/index.js";
export { CITIZEN_PATHS, SERVICES_PATHS } from "./paths.js";

/** Online public services and the one-stop centre (SPEC §B1–B8). */
export async function servicesModule(app: FastifyInstance): Promise<void> {
  await app.register(catalogueRoutes);
  await app.register(submissionRoutes);
  await app.register(workspaceRoutes);
  await app.register(dossierRoutes);
  await app.register(postalRoutes);
  await app.register(lookupRoutes);
  await app.register(statisticsRoutes);
  await app.register(feeRoutes);
  await app.register(paymentRoutes);
  await app.register(resultRoutes);
  await app.register(documentStoreRoutes);
  await app.register(citizenDossierRoutes);
}
