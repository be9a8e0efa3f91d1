import type { FastifyInstance } from "fastify";

// STUB — being written: media library admin and file delivery (P2)
export async function mediaRoutes(_app: FastifyInstance): Promise<void> {}
