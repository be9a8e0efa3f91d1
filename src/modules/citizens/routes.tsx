import type { FastifyInstance } from "fastify";

export async function citizenRoutes(_app: FastifyInstance): Promise<void> {}
