import type { FastifyInstance } from "fastify";
import { consultationAdminRoutes } from "./admin-routes.js";
import { consultationPublicRoutes } from "./public-routes.js";

/** Consultation on drafts (§E2). */
export async function consultationRoutes(app: FastifyInstance): Promise<void> {
  await app.register(consultationPublicRoutes);
  await app.register(consultationAdminRoutes);
}
