import type { FastifyInstance } from "fastify";
import { participationDialogues } from "../../../platform/i18n/catalogues/participation-dialogues.js";
import { registerCatalogue } from "../../../platform/i18n/index.js";
import { dialogueAdminRoutes } from "./admin-routes.js";
import { dialoguePublicRoutes } from "./public-routes.js";

registerCatalogue(participationDialogues);

/** Online dialogue (§E3): public and staff. */
export async function dialogueRoutes(app: FastifyInstance): Promise<void> {
  await app.register(dialoguePublicRoutes);
  await app.register(dialogueAdminRoutes);
}
