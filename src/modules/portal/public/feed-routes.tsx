import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { notFound } from "../../../platform/http/errors.js";
import { sendCachedPublic } from "../../../platform/http/public-cache.js";
import type { ContentKind } from "../tables.js";
import { isVisible, subtreeIds } from "./domain/category-tree.js";
import { buildRobots, buildRss, buildSitemap, type FeedItem, SITEMAP_MAX_URLS } from "./domain/feeds.js";
import {
  absoluteUrl,
  categoryHref,
  categoryRssHref,
  contentHref,
  homeHref,
  isContentSlug,
  type SiteRef,
  sitemapHref,
  siteRssHref,
} from "./domain/paths.js";
import { FAMILIES, type Family, type Params, refOf, resolveSite, siteName } from "./resolve-site.js";
import { activeSiteSlugs, latestLive, siteCategories, sitemapItems } from "./store.js";

/** Items in a feed. */
export const FEED_SIZE = 30;

const LISTED_KINDS: readonly ContentKind[] = ["article", "announcement"];
const RSS_TYPE = "application/rss+xml; charset=utf-8";
const XML_TYPE = "application/xml; charset=utf-8";

/**
 * Machine-read addresses of every site (SPEC §A8): RSS 2.0 per site and per category, a sitemap per site, and
 * robots.txt listing every sitemap. Cached like pages (without the display preferences) and purged with the site.
 */
export async function feedRoutes(app: FastifyInstance): Promise<void> {
  const { db, config } = app.services;
  const abs = (path: string) => absoluteUrl(config.publicUrl, path);

  function feedItems(ref: SiteRef, items: Awaited<ReturnType<typeof latestLive>>): FeedItem[] {
    return items.map((i) => ({
      title: i.title,
      link: abs(contentHref(ref, i)),
      description: i.lead,
      publishedAt: i.publishedAt,
      category: i.categoryName,
      author: i.author,
    }));
  }

  function serveSiteRss(family: Family) {
    return async (request: FastifyRequest<{ Params: Params }>, reply: FastifyReply) =>
      sendCachedPublic(
        request,
        reply,
        async () => {
          const { site } = await resolveSite(db, request, family, request.params.site);
          const ref = refOf(site);
          const items = await latestLive(db, { siteId: site.id, kinds: LISTED_KINDS, limit: FEED_SIZE });
          const body = buildRss(
            {
              title: siteName(site),
              link: abs(homeHref(site)),
              selfLink: abs(siteRssHref(site)),
              description: (site.lang === "en" ? site.intro_en : site.intro_vi) ?? siteName(site),
              language: site.lang,
            },
            feedItems(ref, items),
            new Date(),
          );
          return { body, contentType: RSS_TYPE, tags: [`site:${site.id}`] };
        },
        { varyPrefs: false },
      );
  }

  function serveCategoryRss(family: Family) {
    return async (request: FastifyRequest<{ Params: Params }>, reply: FastifyReply) => {
      const slug = request.params.slug ?? "";
      if (!isContentSlug(slug)) throw notFound();
      return sendCachedPublic(
        request,
        reply,
        async () => {
          const { site } = await resolveSite(db, request, family, request.params.site);
          const ref = refOf(site);
          const categories = await siteCategories(db, site.id);
          const category = categories.find((c) => c.slug === slug);
          if (!category || !isVisible(categories, category.id)) throw notFound();
          const items = await latestLive(db, {
            siteId: site.id,
            kinds: LISTED_KINDS,
            categoryIds: subtreeIds(categories, category.id).filter((id) => isVisible(categories, id)),
            limit: FEED_SIZE,
          });
          const body = buildRss(
            {
              title: `${category.name} – ${siteName(site)}`,
              link: abs(categoryHref(ref, category.slug)),
              selfLink: abs(categoryRssHref(ref, category.slug)),
              description: category.description ?? category.name,
              language: site.lang,
            },
            feedItems(ref, items),
            new Date(),
          );
          return { body, contentType: RSS_TYPE, tags: [`site:${site.id}`] };
        },
        { varyPrefs: false },
      );
    };
  }

  function serveSitemap(family: Family) {
    return async (request: FastifyRequest<{ Params: Params }>, reply: FastifyReply) =>
      sendCachedPublic(
        request,
        reply,
        async () => {
          const { site } = await resolveSite(db, request, family, request.params.site);
          const ref = refOf(site);
          const categories = await siteCategories(db, site.id);
          const visible = categories.filter((c) => isVisible(categories, c.id));
          const items = await sitemapItems(db, site.id, SITEMAP_MAX_URLS - visible.length - 1);
          const newest = items.reduce<Date | null>(
            (acc, i) => (acc && acc > i.updatedAt ? acc : i.updatedAt),
            null,
          );
          const body = buildSitemap([
            { loc: abs(homeHref(site)), lastmod: newest },
            ...visible.map((c) => ({ loc: abs(categoryHref(ref, c.slug)), lastmod: c.updated_at })),
            ...items.map((i) => ({ loc: abs(contentHref(ref, i)), lastmod: i.updatedAt })),
          ]);
          return { body, contentType: XML_TYPE, tags: [`site:${site.id}`] };
        },
        { varyPrefs: false },
      );
  }

  for (const { family, prefix, words } of FAMILIES) {
    app.get<{ Params: Params }>(`${prefix}/${words.category}/:slug/rss.xml`, serveCategoryRss(family));
    app.get<{ Params: Params }>(`${prefix}/rss.xml`, serveSiteRss(family));
    app.get<{ Params: Params }>(`${prefix}/sitemap.xml`, serveSitemap(family));
  }

  app.get("/robots.txt", async (request, reply) =>
    sendCachedPublic(
      request,
      reply,
      async () => {
        const sites = await activeSiteSlugs(db);
        const body = buildRobots(sites.map((s) => abs(sitemapHref(s))));
        return { body, contentType: "text/plain; charset=utf-8", tags: ["sites"] };
      },
      { varyPrefs: false },
    ),
  );
}
