import type { FastifyInstance } from "fastify";

export async function submissionRoutes(_app: FastifyInstance): Promise<void> {}
