import type { FastifyInstance } from "fastify";

/** Online payment: pay, return, callback, sandbox bank, reconciliation (issue 8). */
export async function paymentRoutes(_app: FastifyInstance): Promise<void> {}
