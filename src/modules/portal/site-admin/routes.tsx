import type { FastifyInstance } from "fastify";

// STUB — being written: categories, menus and home sections admin (P4)
export async function siteContentAdminRoutes(_app: FastifyInstance): Promise<void> {}
