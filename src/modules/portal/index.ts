import type { FastifyInstance } from "fastify";
import "./tables.js";
import { commentRoutes } from "./comments/routes.js";
import { contentAdminRoutes } from "./content/routes.js";
import { legalDocumentRoutes } from "./legal/routes.js";
import { mediaRoutes } from "./media/routes.js";
import { portalPublicRoutes } from "./public/routes.js";
import { siteRegistryRoutes } from "./registry/routes.js";
import { royaltyRoutes } from "./royalties/routes.js";
import { searchRoutes } from "./search/routes.js";
import { siteContentAdminRoutes } from "./site-admin/routes.js";
import { spellcheckRoutes } from "./spellcheck/routes.js";
import { statsAdminRoutes } from "./stats/routes.js";

export { MAX_BULK, parseBulk } from "./comments/domain/moderation.js";
export { countPendingCommentsBySite, provinceBannedWords } from "./comments/store.js";
export { portalMigrations } from "./migrations/index.js";
export { listSiteLicences, type SiteLicenceStatus } from "./registry/store.js";
export {
  type Activity,
  type CategoryActivity,
  type ContentActivity,
  categoryActivity,
  contentActivity,
  legalActivityBySite,
  type MappingTarget,
  mappingTargets,
  newItemsBySite,
  type SiteNewItems,
  targetOfSite,
} from "./reports/store.js";
export type { Category, ContentItem, LegalDocument, Media } from "./tables.js";

/** The portal CMS (SPEC §A): content, media, legal documents, public rendering, search, statistics. */
export async function portalModule(app: FastifyInstance): Promise<void> {
  await app.register(mediaRoutes);
  await app.register(contentAdminRoutes);
  await app.register(siteContentAdminRoutes);
  await app.register(legalDocumentRoutes);
  await app.register(searchRoutes);
  await app.register(statsAdminRoutes);
  await app.register(commentRoutes);
  await app.register(royaltyRoutes);
  await app.register(spellcheckRoutes);
  await app.register(siteRegistryRoutes);
  await app.register(portalPublicRoutes);
}
