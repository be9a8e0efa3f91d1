import type { FastifyInstance } from "fastify";

/** Royalties: rate table, assessment at approval, monthly sheet (SPEC §A10). */
export async function royaltyRoutes(_app: FastifyInstance): Promise<void> {}
