import type { FastifyInstance } from "fastify";

// STUB — being written.
export async function publicSiteRoutes(_app: FastifyInstance): Promise<void> {}
