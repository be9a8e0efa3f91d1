import type { FastifyInstance } from "fastify";

export async function dossierRoutes(_app: FastifyInstance): Promise<void> {}
