import type { FastifyInstance } from "fastify";

/** The citizen's own dossier page (issue 8). */
export async function citizenDossierRoutes(_app: FastifyInstance): Promise<void> {}
