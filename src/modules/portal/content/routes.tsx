import type { FastifyInstance } from "fastify";

// STUB — being written: articles/pages admin, editorial workflow, revisions, promote (P1)
export async function contentAdminRoutes(_app: FastifyInstance): Promise<void> {}
