import multipart from "@fastify/multipart";
import type { FastifyInstance } from "fastify";
import { servicesCatalogue } from "../../../platform/i18n/catalogues/services-catalogue.js";
import { registerCatalogue } from "../../../platform/i18n/index.js";
import { catalogueAdminRoutes } from "./admin-routes.js";
import { catalogueImportRoutes, IMPORT_MAX_BYTES } from "./import-routes.js";
import { cataloguePublicRoutes } from "./public-routes.js";

registerCatalogue(servicesCatalogue);

/**
 * The procedure catalogue (SPEC §B1): staff editor and CSV/XLSX import under /admin/thu-tuc, the public catalogue
 * under /dich-vu-cong. Multipart parsing (templates, import files) is registered here, inside this plugin only.
 */
export async function catalogueRoutes(app: FastifyInstance): Promise<void> {
  await app.register(multipart, {
    limits: {
      fileSize: IMPORT_MAX_BYTES,
      files: 1,
      fields: 10,
      fieldSize: 16 * 1024,
      parts: 12,
      headerPairs: 50,
    },
  });
  await app.register(catalogueAdminRoutes);
  await app.register(catalogueImportRoutes);
  await app.register(cataloguePublicRoutes);
}
