import type { FastifyInstance } from "fastify";

/** Reader comments and moderation (SPEC §A7). */
export async function commentRoutes(_app: FastifyInstance): Promise<void> {}
