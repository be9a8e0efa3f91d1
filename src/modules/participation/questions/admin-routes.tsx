import type { FastifyInstance } from "fastify";

/** Staff: routing, drafting, approval, overdue list (owned by the Q&A workflow helper). */
export async function questionAdminRoutes(_app: FastifyInstance): Promise<void> {}
