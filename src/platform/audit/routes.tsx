import type { FastifyInstance } from "fastify";

// STUB — being written: the filterable audit log view at /admin/nhat-ky.
export async function auditAdminRoutes(_app: FastifyInstance): Promise<void> {}
