import type { FastifyInstance } from "fastify";

/** Receipts and electronic results: signing, downloads, public verification (issue 8). */
export async function resultRoutes(_app: FastifyInstance): Promise<void> {}
