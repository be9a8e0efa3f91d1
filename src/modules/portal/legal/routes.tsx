import multipart from "@fastify/multipart";
import type { FastifyInstance } from "fastify";
import { legalAdminRoutes } from "./admin-routes.js";
import { legalImportRoutes } from "./import-routes.js";
import { legalPublicRoutes } from "./public-routes.js";
import { LEGAL_MULTIPART_LIMITS } from "./upload.js";
import "./views/text.js";

/**
 * The legal-documents register (SPEC §A4): admin register with PDFs and CSV import under /admin/van-ban, public list
 * and detail pages on every site. Multipart parsing is registered here, inside this plugin only.
 */
export async function legalDocumentRoutes(app: FastifyInstance): Promise<void> {
  await app.register(multipart, { limits: LEGAL_MULTIPART_LIMITS });
  await app.register(legalAdminRoutes);
  await app.register(legalImportRoutes);
  await app.register(legalPublicRoutes);
}
