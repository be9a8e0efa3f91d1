import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError, notFound } from "../../../platform/http/errors.js";
import { ANY_CHANGE } from "../../../platform/http/page-cache.js";
import { type RenderedPublic, sendCachedPublic } from "../../../platform/http/public-cache.js";
import { type FieldErrors, validate } from "../../../platform/http/validation.js";
import { portalSearch } from "../../../platform/i18n/catalogues/portal-search.js";
import { type Lang, registerCatalogue, t, viCollator } from "../../../platform/i18n/index.js";
import { renderDocument } from "../../../platform/ui/render.js";
import { buildShell, loadSiteWithUnit, type Site, type Unit } from "../../orgs/index.js";
import { PARTICIPATION_PATHS } from "../../participation/paths.js";
import { flattenCategories } from "./domain/category-tree.js";
import { dateRange, MAX_PAGE, PAGE_SIZE, searchFilterSchema, searchParams } from "./domain/filters.js";
import {
  exactNeedles,
  parseSearchQuery,
  QUERY_MAX_LENGTH,
  termWords,
  toTsQueryText,
} from "./domain/query.js";
import { searchPath } from "./domain/result-url.js";
import {
  type FilterOptions,
  filterOptions,
  type SearchRequest,
  type SearchResultPage,
  type SearchScope,
  searchPublished,
} from "./store.js";
import { presentHit, SearchPage, type SearchState } from "./views/search-page.js";

registerCatalogue(portalSearch);

/**
 * Longest request URL the search reads. Beyond it the query cannot be a real search (200 characters of Vietnamese
 * text are about 1,800 bytes percent-encoded, with filters well under this), so it gets a clear 414 before any work.
 */
export const MAX_SEARCH_URL_LENGTH = 8192;

const SITE_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

type Where = { kind: "main" } | { kind: "english" } | { kind: "component"; slug: string };

/** Only strings are shown back in the form (a repeated key is reported as invalid, not echoed as an array). */
/** The main portal's other searches: citizens looking for an answer often need Q&A or a procedure, not an article. */
function searchElsewhere(lang: Lang, q: string): { label: string; href: string }[] {
  if (q === "") return [];
  const query = `?${new URLSearchParams({ q }).toString()}`;
  return [
    { label: t(lang, "portalSearch.elsewhere.questions"), href: `${PARTICIPATION_PATHS.questions}${query}` },
    {
      label: t(lang, "portalSearch.elsewhere.business"),
      href: `${PARTICIPATION_PATHS.businessQuestions}${query}`,
    },
    { label: t(lang, "portalSearch.elsewhere.procedures"), href: `/dich-vu-cong${query}` },
  ];
}

function typedInput(query: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(query)) if (typeof v === "string") out[k] = v.slice(0, 400);
  return out;
}

function labelsFor(lang: Lang): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const f of ["q", "site", "category", "type", "from", "to"]) labels[f] = t(lang, `portalSearch.${f}`);
  return labels;
}

/**
 * Public search (SPEC §A8): /tim-kiem (every site, with a site filter), /<site>/tim-kiem (that site) and /en/search
 * (the English site, in English). A plain GET form that works without JavaScript. Three queries per page at most:
 * the site, the filter choices, and the results with their total.
 */
export async function searchRoutes(app: FastifyInstance): Promise<void> {
  const db = app.services.db;

  async function loadSite(where: Where): Promise<{ site: Site; unit: Unit }> {
    if (where.kind === "component" && (where.slug.length > 80 || !SITE_SLUG.test(where.slug)))
      throw notFound();
    const slug = where.kind === "main" ? "" : where.kind === "english" ? "en" : where.slug;
    const found = await loadSiteWithUnit(db, slug);
    const expected = where.kind === "main" ? "main" : where.kind;
    if (found?.site.kind !== expected) throw notFound();
    return found;
  }

  /**
   * The query text is built so PostgreSQL cannot refuse it (see parseSearchQuery); should some input still reach
   * to_tsquery as a syntax error, the reader sees "no results" rather than an error page.
   */
  async function searchOrNothing(request: FastifyRequest, req: SearchRequest): Promise<SearchResultPage> {
    try {
      return await searchPublished(db, req);
    } catch (err) {
      if ((err as { code?: unknown }).code !== "42601") throw err;
      request.log.warn({ err, tsquery: req.tsquery }, "search query refused by to_tsquery");
      return { hits: [], total: 0, capped: false };
    }
  }

  /**
   * Search pages go through the page cache like other public pages: readers repeat the same few searches, and a
   * common word costs PostgreSQL 10–40 ms on 100k articles. They are tagged ANY_CHANGE, so publishing, editing or
   * withdrawing anything anywhere drops them; the TTL bounds what other app nodes keep.
   */
  function handle(request: FastifyRequest, reply: FastifyReply, where: Where) {
    if (request.url.length > MAX_SEARCH_URL_LENGTH) {
      throw new AppError(414, "uri_too_long", "portalSearch.errors.uriTooLong");
    }
    // A search page is a page of the site: its meta counts it in the site's visits (no content item).
    return sendCachedPublic(request, reply, () => render(request, where));
  }

  async function render(request: FastifyRequest, where: Where): Promise<RenderedPublic> {
    const { site, unit } = await loadSite(where);
    const lang = site.lang;
    const action = searchPath(site);
    const shell = buildShell(request, site, unit, {
      altLangHref: where.kind === "main" ? "/en/search" : where.kind === "english" ? "/tim-kiem" : "/en",
    });
    const query = (request.query ?? {}) as Record<string, unknown>;
    const input = typedInput(query);
    const parsed = validate(searchFilterSchema, query, lang, labelsFor(lang));
    const filters = parsed.ok ? parsed.data : null;
    const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors };
    if (errors.page) {
      // Not a form field: report it at the top, where the summary links nowhere in particular.
      errors._ = errors.page;
      delete errors.page;
    }
    const parsedQuery = parseSearchQuery(typeof query.q === "string" ? query.q : "");
    if (!parsedQuery.ok) errors.q = t(lang, "portalSearch.errors.tooLong", { max: QUERY_MAX_LENGTH });

    // The site whose categories are offered: the page's own site, or on /tim-kiem the site chosen in the filter.
    const chosenSiteId = where.kind === "main" ? (filters?.site ?? null) : site.id;
    const options: FilterOptions = await filterOptions(db, {
      withSites: where.kind === "main",
      categorySiteId: chosenSiteId,
    });
    let scope: SearchScope = {
      kind: "site",
      siteId: site.id,
      legalUnitId: site.kind === "component" ? unit.id : null,
    };
    if (where.kind === "main") {
      const chosen = filters?.site ? options.sites.find((s) => s.id === filters.site) : undefined;
      if (filters?.site && !chosen)
        errors.site = t(lang, "portalSearch.errors.unknownChoice", { field: t(lang, "portalSearch.site") });
      scope = chosen
        ? { kind: "site", siteId: chosen.id, legalUnitId: chosen.component ? chosen.unitId : null }
        : { kind: "all" };
    }
    if (filters?.category && !options.categories.some((c) => c.id === filters.category)) {
      errors.category = t(lang, "portalSearch.errors.unknownChoice", {
        field: t(lang, "portalSearch.category"),
      });
    }

    const siteChoices =
      where.kind === "main" ? options.sites.map((s) => ({ value: s.id, label: s.nameVi })) : null;
    const categoryChoices =
      chosenSiteId !== null
        ? flattenCategories([...options.categories].sort((a, b) => viCollator.compare(a.name, b.name))).map(
            ({ node, depth }) => ({ value: node.id, label: `${"— ".repeat(depth)}${node.name}` }),
          )
        : null;
    const view = (state: SearchState, status: number): RenderedPublic => {
      const html = renderDocument(
        <SearchPage
          shell={shell}
          action={action}
          input={{ ...input, q: parsedQuery.text }}
          errors={Object.keys(errors).length > 0 ? errors : undefined}
          sites={siteChoices}
          categories={categoryChoices}
          categoryHint={where.kind === "main" && chosenSiteId === null}
          state={state}
          elsewhere={where.kind === "main" ? searchElsewhere(lang, parsedQuery.text) : undefined}
        />,
      );
      return { body: html, status, tags: [ANY_CHANGE], meta: { siteId: site.id } };
    };

    if (!filters || !parsedQuery.ok || Object.keys(errors).length > 0) return view({ kind: "invalid" }, 400);
    if (parsedQuery.text === "") return view({ kind: "empty" }, 200);
    const tsquery = toTsQueryText(parsedQuery.terms);
    if (tsquery === null) return view({ kind: "noWords", q: parsedQuery.text }, 200);

    const page = filters.page ?? 1;
    const dates = dateRange(filters);
    const result = await searchOrNothing(request, {
      tsquery,
      exact: exactNeedles(parsedQuery.terms),
      scope,
      categoryId: filters.category ?? null,
      type: filters.type ?? null,
      ...dates,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    });
    const params = searchParams({ ...input, q: parsedQuery.text });
    const hrefFor = (n: number) => {
      const p = new URLSearchParams(params);
      if (n > 1) p.set("page", String(n));
      return `${action}?${p.toString()}`;
    };
    if (result.total === null) return view({ kind: "pastEnd", firstHref: hrefFor(1) }, 200);
    if (result.total === 0) return view({ kind: "noResults", q: parsedQuery.text }, 200);
    const pages = Math.min(Math.ceil(result.total / PAGE_SIZE), MAX_PAGE);
    const needles = termWords(parsedQuery.terms);
    return view(
      {
        kind: "results",
        q: parsedQuery.text,
        total: result.total,
        capped: result.capped,
        page,
        pages,
        hits: result.hits.map((hit) => presentHit(hit, needles, lang, where.kind === "main", site)),
        prevHref: page > 1 ? hrefFor(page - 1) : null,
        nextHref: page < pages ? hrefFor(page + 1) : null,
      },
      200,
    );
  }

  app.get("/tim-kiem", (request, reply) => handle(request, reply, { kind: "main" }));
  app.get("/en/search", (request, reply) => handle(request, reply, { kind: "english" }));
  app.get<{ Params: { site: string } }>("/:site/tim-kiem", (request, reply) =>
    handle(request, reply, { kind: "component", slug: request.params.site }),
  );
}
