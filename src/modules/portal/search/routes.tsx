import type { FastifyInstance } from "fastify";

// STUB — being written: public search (P5)
export async function searchRoutes(_app: FastifyInstance): Promise<void> {}
