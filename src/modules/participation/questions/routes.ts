import type { FastifyInstance } from "fastify";
import { questionAdminRoutes } from "./admin-routes.js";
import { questionPublicRoutes } from "./public-routes.js";

/** Q&A, business Q&A and feedback (§E1, §E4): the public side and the staff workflow. */
export async function questionRoutes(app: FastifyInstance): Promise<void> {
  await app.register(questionPublicRoutes);
  await app.register(questionAdminRoutes);
}
