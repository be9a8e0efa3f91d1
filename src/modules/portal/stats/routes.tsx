import type { FastifyInstance } from "fastify";

// STUB — being written: visit statistics admin with chart and CSV (P5)
export async function statsAdminRoutes(_app: FastifyInstance): Promise<void> {}
