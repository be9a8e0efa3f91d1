import type { FastifyRequest } from "fastify";
import type { Db } from "../../../platform/db/connection.js";
import { notFound } from "../../../platform/http/errors.js";
import { loadSiteForHost, loadSiteWithUnit, type Site, type Unit } from "../../orgs/index.js";
import { isSiteSlugParam, PATH_WORDS, type SiteRef } from "./domain/paths.js";

/** Which URL family a route belongs to: the main portal (or a site on its own host), "/<site>", or "/en". */
export type Family = "main" | "component" | "english";

export type Found = { site: Site; unit: Unit };

export type Params = { site?: string; slug?: string; tag?: string };

/** The three URL families and their first path words; each public route is registered once per family. */
export const FAMILIES: { family: Family; prefix: string; words: (typeof PATH_WORDS)["vi" | "en"] }[] = [
  { family: "main", prefix: "", words: PATH_WORDS.vi },
  { family: "component", prefix: "/:site", words: PATH_WORDS.vi },
  { family: "english", prefix: "/en", words: PATH_WORDS.en },
];

export function refOf(site: Site): SiteRef {
  return { slug: site.slug, lang: site.lang };
}

export function siteName(site: Site): string {
  return site.lang === "en" ? site.name_en : site.name_vi;
}

/**
 * The active site a public URL belongs to, in one query: the host's site (or the main portal) for prefix-less
 * URLs, "/<slug>" for a component site, "/en" for the English site. Vietnamese path words belong to Vietnamese sites
 * and English ones to the English site; anything else is a 404.
 */
export async function resolveSite(
  db: Db,
  request: FastifyRequest,
  family: Family,
  siteParam?: string,
): Promise<Found> {
  let found: Found | null;
  if (family === "main") found = await loadSiteForHost(db, request.hostname);
  else if (family === "english") found = await loadSiteWithUnit(db, "en");
  else {
    if (siteParam === undefined || !isSiteSlugParam(siteParam) || siteParam === "en") throw notFound();
    found = await loadSiteWithUnit(db, siteParam);
    if (found && found.site.kind !== "component") throw notFound();
  }
  if (!found || found.site.lang !== (family === "english" ? "en" : "vi")) throw notFound();
  return found;
}
