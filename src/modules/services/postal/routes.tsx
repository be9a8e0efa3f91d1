import type { FastifyInstance } from "fastify";

export async function postalRoutes(_app: FastifyInstance): Promise<void> {}
