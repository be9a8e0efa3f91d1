import type { FastifyInstance } from "fastify";

/** Vietnamese spell check and the province's word list (SPEC §A11). */
export async function spellcheckRoutes(_app: FastifyInstance): Promise<void> {}
