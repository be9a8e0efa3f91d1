import type { FastifyInstance } from "fastify";

/** Fee collection at the counter (cash), the fee notice (issue 8). */
export async function feeRoutes(_app: FastifyInstance): Promise<void> {}
