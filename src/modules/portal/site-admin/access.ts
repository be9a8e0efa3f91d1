import type { FastifyRequest } from "fastify";
import type { Db } from "../../../platform/db/connection.js";
import { badRequest, forbidden, notFound } from "../../../platform/http/errors.js";
import { portalPublic } from "../../../platform/i18n/catalogues/portal-public.js";
import { registerCatalogue, t } from "../../../platform/i18n/index.js";
import { can } from "../../../platform/rbac/grants.js";
import { isUuid } from "../public/domain/home-config.js";
import { formString } from "./domain/category-input.js";
import { siteById } from "./store.js";
import type { AdminSite } from "./views/site-tabs.js";

registerCatalogue(portalPublic);

/** The site-structure pages are in Vietnamese, like the rest of the admin. */
export const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

/** Route-level access; the site itself is checked in each handler with siteFor(). */
export const SITE_ADMINS = { access: { roles: ["system_admin", "site_admin"] as const } };

export type SiteParams = { Params: { siteId: string } };
export type ItemParams = { Params: { siteId: string; id: string } };

/** The site of the URL, when this person administers it; 404 for a malformed or unknown id, 403 for another's. */
export async function siteFor(db: Db, request: FastifyRequest, siteId: string): Promise<AdminSite> {
  if (!isUuid(siteId)) throw notFound();
  const site = await siteById(db, siteId.toLowerCase());
  if (!site) throw notFound();
  if (!can(request.staff, "site_admin", { siteId: site.id })) throw forbidden();
  return { id: site.id, slug: site.slug, name: site.name_vi, lang: site.lang };
}

/** "len" / "xuong" of the order buttons. */
export function direction(body: unknown): "up" | "down" {
  const value = formString((body as Record<string, unknown> | undefined)?.huong);
  if (value === "len") return "up";
  if (value === "xuong") return "down";
  throw badRequest("portal.sa.badDirection");
}
