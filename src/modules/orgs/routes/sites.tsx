import type { FastifyInstance } from "fastify";

// STUB — being written.
export async function siteAdminRoutes(_app: FastifyInstance): Promise<void> {}
