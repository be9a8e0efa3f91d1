import type { FastifyInstance } from "fastify";

/** Mandatory-content compliance per site and province overview (SPEC §A3, §G2). */
export async function complianceRoutes(_app: FastifyInstance): Promise<void> {}
