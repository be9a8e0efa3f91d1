import type { FastifyInstance } from "fastify";

// STUB — being written: jobs and dead-letter view at /admin/cong-viec.
export async function jobsAdminRoutes(_app: FastifyInstance): Promise<void> {}
