import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError, notFound } from "../../../platform/http/errors.js";
import { type RenderedPublic, sendCachedPublic } from "../../../platform/http/public-cache.js";
import { portalPublic } from "../../../platform/i18n/catalogues/portal-public.js";
import { registerCatalogue, t } from "../../../platform/i18n/index.js";
import { registerHomeContribution } from "../../../platform/ui/home-contributions.js";
import { renderDocument } from "../../../platform/ui/render.js";
import { buildShell, type Site, siteAccentCss } from "../../orgs/index.js";
import { renderArticleComments } from "../comments/render-article-comments.js";
import { variantName } from "../media/domain/media-policy.js";
import { mediaUrl, middleVariant } from "../media/responsive-image.js";
import type { ContentKind, MediaVariant } from "../tables.js";
import { ancestry, childrenOf, isVisible, subtreeIds } from "./domain/category-tree.js";
import {
  absoluteUrl,
  categoryHref,
  categoryRssHref,
  contentHref,
  ENGLISH_SHORT_PAGES,
  homeHref,
  isContentSlug,
  isTagParam,
  PAGE_PARAM,
  pagedHref,
  parsePageNumber,
  tagHref,
} from "./domain/paths.js";
import { type ShareableItem, shareMetaTags, structuredData } from "./domain/seo.js";
import { wantsTextOnly } from "./domain/text-only.js";
import { ENGLISH_DEFAULT_PAGES } from "./english-pages.js";
import { feedRoutes } from "./feed-routes.js";
import { renderHomeSections } from "./home-sections.js";
import {
  FAMILIES,
  type Family,
  type Found,
  type Params,
  refOf,
  resolveSite,
  siteName,
} from "./resolve-site.js";
import {
  type LiveItem,
  latestLive,
  listLive,
  liveItemBySlug,
  liveTranslation,
  siteCategories,
  slugTaken,
} from "./store.js";
import { type ContentHead, ContentPage } from "./views/content-page.js";
import { CategoryPage, TagPage } from "./views/list-pages.js";
import type { Crumb } from "./views/parts.js";

registerCatalogue(portalPublic);

/** Items per page of a category or tag list. */
export const PAGE_SIZE = 20;
/** Related items under an article. */
const RELATED_SIZE = 5;

const LISTED_KINDS: readonly ContentKind[] = ["article", "announcement"];

/** A link preview wants a large, widely supported image: the JPEG/PNG size browsers without srcset get. */
function shareImagePath(cover: { sha256: string; variants: MediaVariant[] }): string {
  const fallback = cover.variants.filter((v) => v.format !== "webp").sort((a, b) => a.width - b.width);
  const chosen = middleVariant(fallback);
  return chosen ? mediaUrl(cover.sha256, variantName(chosen)) : mediaUrl(cover.sha256);
}

function badPage(): AppError {
  return new AppError(400, "bad_page", "portal.pub.badPage");
}

/**
 * Public pages of every site (SPEC §A1, §A8): articles, pages, categories, tags, RSS, sitemaps and robots.txt, on
 * the main portal ("/bai-viet/…"), each component site ("/so-xay-dung/bai-viet/…") and the English site
 * ("/en/news/…"). Pages are server-rendered, work without JavaScript, run a fixed number of queries whatever the data
 * size, and are kept in the page cache under "site:<id>" and "content:<id>" so publishing purges them.
 */
export async function portalPublicRoutes(app: FastifyInstance): Promise<void> {
  const { db, config } = app.services;
  const abs = (path: string) => absoluteUrl(config.publicUrl, path);

  registerHomeContribution("portal.home-sections", 10, renderHomeSections);

  function crumbsFor(
    site: Site,
    categories: Awaited<ReturnType<typeof siteCategories>>,
    categoryId: string | null,
  ) {
    const ref = refOf(site);
    const crumbs: Crumb[] = [{ label: t(site.lang, "shell.home"), href: homeHref(site) }];
    const chain = ancestry(categories, categoryId);
    for (const c of chain) {
      crumbs.push({
        label: c.name,
        href: isVisible(categories, c.id) ? categoryHref(ref, c.slug) : undefined,
      });
    }
    return crumbs;
  }

  /** An article, announcement or page, fully rendered (the cache keeps the result). */
  async function renderContent(
    request: FastifyRequest,
    found: Found,
    item: LiveItem,
  ): Promise<RenderedPublic> {
    const { site, unit } = found;
    const ref = refOf(site);
    const [categories, related, translation, comments] = await Promise.all([
      item.categoryId ? siteCategories(db, site.id) : Promise.resolve([]),
      item.kind !== "page" && item.categoryId
        ? latestLive(db, {
            siteId: site.id,
            kinds: LISTED_KINDS,
            categoryIds: [item.categoryId],
            excludeId: item.id,
            limit: RELATED_SIZE,
          })
        : Promise.resolve([]),
      liveTranslation(db, item, site.lang),
      renderArticleComments(request, db, item, site.lang),
    ]);
    const path = contentHref(ref, item);
    const translationHref = translation
      ? contentHref({ slug: translation.siteSlug, lang: translation.siteLang }, translation)
      : null;
    const otherLang = site.lang === "vi" ? "en" : "vi";
    const shell = buildShell(request, site, unit, {
      altLangHref: translationHref ?? (site.lang === "vi" ? "/en" : "/"),
    });
    // A main-portal copy points search engines to the department's original.
    const canonical = abs(
      item.origin
        ? contentHref({ slug: item.origin.siteSlug, lang: item.origin.siteLang }, item.origin)
        : path,
    );
    const section = categories.find((c) => c.id === item.categoryId)?.name ?? null;
    const shareable: ShareableItem = {
      kind: item.kind,
      title: item.title,
      description: item.lead,
      url: canonical,
      image: item.cover
        ? {
            url: abs(shareImagePath(item.cover)),
            alt: item.cover.alt,
            width: item.cover.width,
            height: item.cover.height,
          }
        : null,
      siteName: siteName(site),
      lang: site.lang,
      publishedAt: item.publishedAt,
      modifiedAt: item.updatedAt,
      author: item.author,
      section,
      tags: item.tags,
    };
    const head: ContentHead = {
      canonical,
      meta: shareMetaTags(shareable),
      jsonLd: structuredData(shareable),
      alternate: translationHref ? { lang: otherLang, href: abs(translationHref) } : null,
    };
    const crumbs = [...crumbsFor(site, categories, item.categoryId), { label: item.title }];
    const body = renderDocument(
      <ContentPage
        shell={shell}
        site={ref}
        item={item}
        crumbs={crumbs}
        head={head}
        accentCss={siteAccentCss(site)}
        related={related}
        relatedTitle={t(site.lang, "portal.pub.related")}
        textOnly={wantsTextOnly(request.query)}
        comments={comments}
      />,
    );
    // An item that expires within the minute leaves the cache when it expires.
    const ttlMs = item.expireAt ? item.expireAt.getTime() - Date.now() : undefined;
    return {
      body,
      // The original's and the translation's own changes show here too (the source link, the language switch).
      tags: [
        `site:${site.id}`,
        `content:${item.id}`,
        ...(item.origin ? [`content:${item.origin.id}`] : []),
        ...(translation ? [`content:${translation.id}`] : []),
      ],
      ...(ttlMs !== undefined ? { ttlMs } : {}),
      meta: { siteId: site.id, contentId: item.id },
    };
  }

  function serveContent(kinds: readonly ContentKind[], family: Family) {
    return async (request: FastifyRequest<{ Params: Params }>, reply: FastifyReply) => {
      const slug = request.params.slug ?? "";
      if (!isContentSlug(slug)) throw notFound();
      if (family === "english" && kinds.includes("page") && ENGLISH_SHORT_PAGES.includes(slug)) {
        return reply.redirect(`/en/${slug}`, 301);
      }
      return sendCachedPublic(request, reply, async () => {
        const found = await resolveSite(db, request, family, request.params.site);
        const item = await liveItemBySlug(db, found.site.id, slug, kinds);
        if (!item) throw notFound();
        return renderContent(request, found, item);
      });
    };
  }

  /** "/en/investment", "/en/online-services-guide": the English page with that slug, or its built-in first text. */
  function serveEnglishShortPage(slug: string) {
    return async (request: FastifyRequest, reply: FastifyReply) =>
      sendCachedPublic(request, reply, async () => {
        const found = await resolveSite(db, request, "english");
        const item = await liveItemBySlug(db, found.site.id, slug, ["page"]);
        if (item) return renderContent(request, found, item);
        // Editors replaced or withdrew the page: their choice stands.
        if (await slugTaken(db, found.site.id, slug)) throw notFound();
        const text = ENGLISH_DEFAULT_PAGES.find((p) => p.slug === slug);
        if (!text) throw notFound();
        const now = new Date(0);
        const page = await renderContent(request, found, {
          id: `default-${slug}`,
          siteId: found.site.id,
          kind: "page",
          categoryId: null,
          title: text.title,
          slug,
          lead: text.lead,
          bodyHtml: text.bodyHtml,
          author: null,
          source: null,
          tags: [],
          publishedAt: now,
          updatedAt: now,
          expireAt: null,
          translationOfId: null,
          cover: null,
          origin: null,
        });
        return {
          ...page,
          tags: [`site:${found.site.id}`],
          meta: { siteId: found.site.id, contentId: null },
        };
      });
  }

  function pageNumber(request: FastifyRequest, lang: "vi" | "en"): number {
    const query = (request.query ?? {}) as Record<string, unknown>;
    const page = parsePageNumber(query[PAGE_PARAM[lang]]);
    if (page === null) throw badPage();
    return page;
  }

  function serveCategory(family: Family) {
    return async (request: FastifyRequest<{ Params: Params }>, reply: FastifyReply) => {
      const slug = request.params.slug ?? "";
      if (!isContentSlug(slug)) throw notFound();
      const page = pageNumber(request, family === "english" ? "en" : "vi");
      return sendCachedPublic(request, reply, async () => {
        const { site, unit } = await resolveSite(db, request, family, request.params.site);
        const ref = refOf(site);
        const categories = await siteCategories(db, site.id);
        const category = categories.find((c) => c.slug === slug);
        if (!category || !isVisible(categories, category.id)) throw notFound();
        const ids = subtreeIds(categories, category.id).filter((id) => isVisible(categories, id));
        const { items, total } = await listLive(db, {
          siteId: site.id,
          kinds: LISTED_KINDS,
          categoryIds: ids,
          limit: PAGE_SIZE,
          offset: (page - 1) * PAGE_SIZE,
        });
        const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
        if (page > pages) throw notFound();
        const base = categoryHref(ref, category.slug);
        const crumbs = crumbsFor(site, categories, category.id);
        const body = renderDocument(
          <CategoryPage
            shell={buildShell(request, site, unit)}
            site={ref}
            crumbs={crumbs}
            items={items}
            page={page}
            pages={pages}
            base={base}
            canonical={abs(pagedHref(base, site.lang, page))}
            accentCss={siteAccentCss(site)}
            name={category.name}
            description={category.description}
            children={childrenOf(categories, category.id).filter((c) => c.active)}
            rssHref={categoryRssHref(ref, category.slug)}
          />,
        );
        return { body, tags: [`site:${site.id}`], meta: { siteId: site.id, contentId: null } };
      });
    };
  }

  function serveTag(family: Family) {
    return async (request: FastifyRequest<{ Params: Params }>, reply: FastifyReply) => {
      const tag = (request.params.tag ?? "").normalize("NFC");
      if (!isTagParam(tag)) throw notFound();
      const page = pageNumber(request, family === "english" ? "en" : "vi");
      return sendCachedPublic(request, reply, async () => {
        const { site, unit } = await resolveSite(db, request, family, request.params.site);
        const ref = refOf(site);
        const { items, total } = await listLive(db, {
          siteId: site.id,
          kinds: ["article", "announcement", "page"],
          tag,
          limit: PAGE_SIZE,
          offset: (page - 1) * PAGE_SIZE,
        });
        // A tag nothing carries has no page (no endless empty pages for crawlers).
        if (total === 0) throw notFound();
        const pages = Math.ceil(total / PAGE_SIZE);
        const base = tagHref(ref, tag);
        const heading = t(site.lang, "portal.pub.tagTitle", { tag });
        const body = renderDocument(
          <TagPage
            shell={buildShell(request, site, unit)}
            site={ref}
            crumbs={[{ label: t(site.lang, "shell.home"), href: homeHref(site) }, { label: heading }]}
            items={items}
            page={page}
            pages={pages}
            base={base}
            canonical={abs(pagedHref(base, site.lang, page))}
            accentCss={siteAccentCss(site)}
            tag={tag}
          />,
        );
        return { body, tags: [`site:${site.id}`], meta: { siteId: site.id, contentId: null } };
      });
    };
  }

  for (const { family, prefix, words } of FAMILIES) {
    app.get<{ Params: Params }>(
      `${prefix}/${words.article}/:slug`,
      serveContent(["article", "announcement"], family),
    );
    app.get<{ Params: Params }>(`${prefix}/${words.page}/:slug`, serveContent(["page"], family));
    app.get<{ Params: Params }>(`${prefix}/${words.category}/:slug`, serveCategory(family));
    app.get<{ Params: Params }>(`${prefix}/${words.tag}/:tag`, serveTag(family));
  }
  for (const slug of ENGLISH_SHORT_PAGES) app.get(`/en/${slug}`, serveEnglishShortPage(slug));

  await feedRoutes(app);
}
