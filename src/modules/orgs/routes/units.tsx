import type { FastifyInstance } from "fastify";

// STUB — being written.
export async function unitAdminRoutes(_app: FastifyInstance): Promise<void> {}
