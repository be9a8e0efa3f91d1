import type { FastifyInstance } from "fastify";
import "./tables.js";

export { servicesMigrations } from "./migrations/index.js";

/** Online public services and the one-stop centre (SPEC §B1–B6). */
export async function servicesModule(_app: FastifyInstance): Promise<void> {}
