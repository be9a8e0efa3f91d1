import type { FastifyInstance } from "fastify";

/** Duty tracking from real activity (SPEC §F3). */
export async function dutyRoutes(_app: FastifyInstance): Promise<void> {}
