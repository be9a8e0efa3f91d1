import type { FastifyInstance } from "fastify";

/** Staff: drafts and clauses, moderation, response groups, synthesis, exports (owned by the consultation admin helper). */
export async function consultationAdminRoutes(_app: FastifyInstance): Promise<void> {}
