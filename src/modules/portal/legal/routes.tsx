import type { FastifyInstance } from "fastify";

// STUB — being written: legal documents register admin, CSV import, public list and detail (P3)
export async function legalDocumentRoutes(_app: FastifyInstance): Promise<void> {}
