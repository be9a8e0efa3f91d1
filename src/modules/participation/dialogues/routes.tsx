import type { FastifyInstance } from "fastify";

/** Online dialogue (§E3): public and staff (owned by the dialogue helper). */
export async function dialogueRoutes(_app: FastifyInstance): Promise<void> {}
