import type { FastifyInstance } from "fastify";

// STUB — being written: category, article, page, tag, RSS, sitemap, robots (P4)
export async function portalPublicRoutes(_app: FastifyInstance): Promise<void> {}
