import type { FastifyInstance } from "fastify";

/** Public: ask forms, lists, search, question pages, the unit's site Q&A, my questions (owned by the Q&A public helper). */
export async function questionPublicRoutes(_app: FastifyInstance): Promise<void> {}
