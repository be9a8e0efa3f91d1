import type { FastifyInstance, FastifyRequest } from "fastify";
import { isAdminUrl } from "../auth/access-guard.js";
import { UUID_PATTERN } from "../http/uuid.js";
import { activityDay, recordStaffActivity } from "./record.js";

/** Admin route patterns whose path parameter is a site id ("/admin/trang/:id" → "id"). */
const siteRoutes = new Map<string, string>();

/** Declares that opening this admin page (GET) reviews the site named by its path parameter. */
export function registerSiteReviewRoute(url: string, param: string): void {
  siteRoutes.set(url, param);
}

declare module "fastify" {
  interface FastifyRequest {
    /** The site this admin page showed, when the route knows it only after loading (e.g. a content item's site). */
    reviewedSiteId?: string | null;
  }
}

/** For routes whose site is known only in the handler: counts the request as a review of that site. */
export function noteSiteReview(request: FastifyRequest, siteId: string): void {
  request.reviewedSiteId = siteId;
}

function stringParam(source: unknown, name: string): string | undefined {
  if (!source || typeof source !== "object") return undefined;
  const v = (source as Record<string, unknown>)[name];
  return typeof v === "string" && UUID_PATTERN.test(v) ? v.toLowerCase() : undefined;
}

/** The site an admin GET was about: noted by the handler, a path parameter, or the `site` filter of a list. */
export function reviewedSite(request: FastifyRequest): string | undefined {
  if (request.reviewedSiteId) return request.reviewedSiteId;
  const url = request.routeOptions.url;
  const param = url ? siteRoutes.get(url) : undefined;
  if (param) return stringParam(request.params, param);
  return stringParam(request.query, "site") ?? stringParam(request.query, "site_id");
}

/** Keys already written in this process today; cleared when the day turns, bounded against unusual traffic. */
const MAX_REMEMBERED = 50_000;

/**
 * Records site reviews from staff page views under /admin (never public pages): after the response is sent, one
 * upsert per person, site and day — repeat views the same day are skipped in memory.
 */
async function siteReviewPluginImpl(app: FastifyInstance): Promise<void> {
  let rememberedDay = "";
  const remembered = new Set<string>();
  app.addHook("onResponse", async (request, reply) => {
    const staff = request.staff;
    if (!staff || request.method !== "GET" || reply.statusCode >= 300) return;
    if (!isAdminUrl(request.routeOptions.url)) return;
    const siteId = reviewedSite(request);
    if (!siteId) return;
    const now = new Date();
    const day = activityDay(now);
    if (day !== rememberedDay || remembered.size >= MAX_REMEMBERED) {
      remembered.clear();
      rememberedDay = day;
    }
    const key = `${staff.id}:${siteId}`;
    if (remembered.has(key)) return;
    try {
      await recordStaffActivity(app.services.db, {
        staffId: staff.id,
        activity: "site_review",
        siteId,
        at: now,
      });
      remembered.add(key);
    } catch (err) {
      request.log.warn({ err }, "could not record the site review");
    }
  });
}

/** Not encapsulated: its hook must see every module's admin routes, so app.ts registers it before the modules. */
export const siteReviewPlugin = Object.assign(siteReviewPluginImpl, {
  [Symbol.for("skip-override")]: true,
  [Symbol.for("fastify.display-name")]: "site-review",
});
