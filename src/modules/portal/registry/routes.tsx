import type { FastifyInstance } from "fastify";

/** Site registry: licence, domain, hosting, security contact, reminders (SPEC §A12). */
export async function siteRegistryRoutes(_app: FastifyInstance): Promise<void> {}
