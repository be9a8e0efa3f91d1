import type { FastifyInstance } from "fastify";

/** The citizen's document store (issue 8). */
export async function documentStoreRoutes(_app: FastifyInstance): Promise<void> {}
