import type { FastifyInstance } from "fastify";
import "./tables.js";
import { consultationRoutes } from "./consultations/routes.js";
import { dialogueRoutes } from "./dialogues/routes.js";
import { registerParticipationHome } from "./home-section.js";
import { questionRoutes } from "./questions/routes.js";

export { participationMigrations } from "./migrations.js";
export { PARTICIPATION_PATHS } from "./paths.js";

/** Citizen participation (SPEC §E1–E4): Q&A and business Q&A, feedback, consultation on drafts, online dialogue. */
export async function participationModule(app: FastifyInstance): Promise<void> {
  registerParticipationHome();
  await app.register(questionRoutes);
  await app.register(consultationRoutes);
  await app.register(dialogueRoutes);
}
