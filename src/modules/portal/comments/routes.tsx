import type { FastifyInstance } from "fastify";
import { portalComments } from "../../../platform/i18n/catalogues/portal-comments.js";
import { registerCatalogue } from "../../../platform/i18n/index.js";
import { commentAdminRoutes } from "./admin-routes.js";
import { commentPublicRoutes } from "./public-routes.js";

registerCatalogue(portalComments);

/** Reader comments and moderation (SPEC §A7). */
export async function commentRoutes(app: FastifyInstance): Promise<void> {
  await commentPublicRoutes(app);
  await commentAdminRoutes(app);
}
