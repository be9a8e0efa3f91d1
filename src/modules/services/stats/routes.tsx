import type { FastifyInstance } from "fastify";

export async function statisticsRoutes(_app: FastifyInstance): Promise<void> {}
