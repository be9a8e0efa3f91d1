import type { FastifyInstance } from "fastify";

// STUB — being written.
export async function staffAdminRoutes(_app: FastifyInstance): Promise<void> {}
