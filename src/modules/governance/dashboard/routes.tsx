import type { FastifyInstance } from "fastify";

/** The province dashboard for the portal (issue 5 item 7). */
export async function portalDashboardRoutes(_app: FastifyInstance): Promise<void> {}
