import type { FastifyInstance } from "fastify";

/** Public: list, the draft by clause, comment forms, synthesis and responses (owned by the consultation public helper). */
export async function consultationPublicRoutes(_app: FastifyInstance): Promise<void> {}
