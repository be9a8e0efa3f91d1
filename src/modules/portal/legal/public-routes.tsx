import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { notFound } from "../../../platform/http/errors.js";
import { etagFor, sendPublicHtml } from "../../../platform/http/public-cache.js";
import { UUID_PATTERN } from "../../../platform/http/uuid.js";
import { htmlClass } from "../../../platform/ui/prefs.js";
import { renderDocument } from "../../../platform/ui/render.js";
import type { Site, Unit } from "../../orgs/index.js";
import { buildShell, loadSiteWithUnit } from "../../orgs/index.js";
import { todayInVietnam } from "./domain/dates.js";
import { docTypeByKey } from "./domain/doc-types.js";
import { legalFieldByKey } from "./domain/fields.js";
import { legalStatus } from "./domain/status.js";
import { statusToday } from "./register.js";
import { getDocumentDetail, listDocuments, listFacets, unitSubtreeIds } from "./store.js";
import { PublicDetailPage, type PublicFilters, PublicListPage } from "./views/public-pages.js";

const PAGE_SIZE = 20;
const CACHE_TTL_MS = 60_000;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

type Found = { site: Site; unit: Unit };

function str(value: unknown, max: number): string {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === "string" ? v.normalize("NFC").trim().slice(0, max) : "";
}

/** Filters from the query string; anything not understood is dropped rather than refused (links get mangled). */
export function publicFiltersFrom(query: Record<string, unknown>): { filters: PublicFilters; page: number } {
  const loai = str(query.loai, 40);
  const nam = str(query.nam, 4);
  const linhVuc = str(query.linh_vuc, 40);
  const year = Number(nam);
  return {
    filters: {
      q: str(query.q, 200),
      loai: docTypeByKey(loai) ? loai : "",
      co_quan: str(query.co_quan, 300),
      nam: /^\d{4}$/.test(nam) && year >= 1945 && year <= 2100 ? nam : "",
      linh_vuc: legalFieldByKey(linhVuc) ? linhVuc : "",
    },
    page: Math.min(Math.max(Number.parseInt(str(query.trang, 6), 10) || 1, 1), 10_000),
  };
}

/**
 * Public pages of the register: `/van-ban` on the main portal (every published document), `/<site>/van-ban` on a
 * component site (documents of the site's unit and its sub-units), `/en/documents` with English labels, and a page
 * per document. GET forms only, so filters work without JavaScript. Rendered pages are kept in the page cache tagged
 * "legal" and "site:<id>" (text searches are not cached); register writes purge them.
 */
export async function legalPublicRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const cache = app.services.pageCache;

  async function cached(
    request: FastifyRequest,
    reply: FastifyReply,
    found: Found,
    cacheable: boolean,
    render: () => Promise<string>,
  ) {
    const key = `legal|${request.url}|${htmlClass(request.prefs)}`;
    if (cacheable) {
      const hit = cache.get(key);
      if (hit) return sendPublicHtml(request, reply, hit.body);
    }
    const html = await render();
    if (cacheable) {
      const body = Buffer.from(html, "utf8");
      cache.set(
        key,
        {
          body,
          etag: etagFor(body),
          contentType: "text/html; charset=utf-8",
          tags: ["legal", `site:${found.site.id}`],
        },
        CACHE_TTL_MS,
      );
    }
    return sendPublicHtml(request, reply, html);
  }

  /** The owner units a site lists: everything on the main portal and the English site, else the unit's subtree. */
  async function scopeOf(found: Found): Promise<"all" | string[]> {
    return found.site.kind === "component" ? unitSubtreeIds(db, found.unit.id) : "all";
  }

  function baseOf(found: Found): string {
    if (found.site.kind === "english") return "/en/documents";
    return found.site.slug === "" ? "/van-ban" : `/${found.site.slug}/van-ban`;
  }

  async function sendList(request: FastifyRequest, reply: FastifyReply, found: Found) {
    const { filters, page } = publicFiltersFrom((request.query ?? {}) as Record<string, unknown>);
    return cached(request, reply, found, filters.q === "", async () => {
      const scope = await scopeOf(found);
      const [list, facets] = await Promise.all([
        listDocuments(
          db,
          scope,
          {
            published: true,
            q: filters.q || undefined,
            docType: docTypeByKey(filters.loai)?.vi,
            issuerName: filters.co_quan || undefined,
            year: filters.nam ? Number(filters.nam) : undefined,
            field: legalFieldByKey(filters.linh_vuc)?.vi,
          },
          { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
        ),
        listFacets(db, scope, { publishedOnly: true }),
      ]);
      const today = todayInVietnam(new Date());
      const base = baseOf(found);
      const english = found.site.kind === "english";
      const shell = buildShell(request, found.site, found.unit, {
        altLangHref: english ? "/van-ban" : found.site.slug === "" ? "/en/documents" : "/en",
      });
      return renderDocument(
        <PublicListPage
          shell={shell}
          base={base}
          filters={filters}
          facets={facets}
          rows={list.rows}
          total={list.total}
          page={page}
          pages={Math.max(1, Math.ceil(list.total / PAGE_SIZE))}
          statusOf={(r) => statusToday(r, today)}
        />,
      );
    });
  }

  async function sendDetail(request: FastifyRequest, reply: FastifyReply, found: Found, rawId: string) {
    if (!UUID_PATTERN.test(rawId)) throw notFound();
    const id = rawId.toLowerCase();
    return cached(request, reply, found, true, async () => {
      const detail = await getDocumentDetail(db, id);
      if (!detail?.doc.published) throw notFound();
      if (found.site.kind === "component") {
        const scope = await unitSubtreeIds(db, found.unit.id);
        if (!detail.doc.owner_unit_id || !scope.includes(detail.doc.owner_unit_id)) throw notFound();
      }
      const replacement = detail.replacement?.published ? detail.replacement : null;
      const status = legalStatus(
        {
          issuedOn: detail.doc.issued_on,
          effectiveOn: detail.doc.effective_on,
          expiresOn: detail.doc.expires_on,
          replacement: replacement
            ? { issuedOn: replacement.issued_on, effectiveOn: replacement.effective_on }
            : null,
        },
        todayInVietnam(new Date()),
      );
      const english = found.site.kind === "english";
      const shell = buildShell(request, found.site, found.unit, {
        altLangHref: english ? `/van-ban/${id}` : found.site.slug === "" ? `/en/documents/${id}` : "/en",
      });
      return renderDocument(
        <PublicDetailPage shell={shell} base={baseOf(found)} detail={detail} status={status} />,
      );
    });
  }

  async function mainSite(): Promise<Found> {
    const found = await loadSiteWithUnit(db, "");
    if (!found) throw notFound();
    return found;
  }

  async function englishSite(): Promise<Found> {
    const found = await loadSiteWithUnit(db, "en");
    if (found?.site.kind !== "english") throw notFound();
    return found;
  }

  async function componentSite(slug: string): Promise<Found> {
    if (slug.length > 80 || !SLUG.test(slug)) throw notFound();
    const found = await loadSiteWithUnit(db, slug);
    if (found?.site.kind !== "component") throw notFound();
    return found;
  }

  app.get("/van-ban", async (request, reply) => sendList(request, reply, await mainSite()));
  app.get<{ Params: { id: string } }>("/van-ban/:id", async (request, reply) =>
    sendDetail(request, reply, await mainSite(), request.params.id),
  );
  app.get("/en/documents", async (request, reply) => sendList(request, reply, await englishSite()));
  app.get<{ Params: { id: string } }>("/en/documents/:id", async (request, reply) =>
    sendDetail(request, reply, await englishSite(), request.params.id),
  );
  app.get<{ Params: { site: string } }>("/:site/van-ban", async (request, reply) =>
    sendList(request, reply, await componentSite(request.params.site)),
  );
  app.get<{ Params: { site: string; id: string } }>("/:site/van-ban/:id", async (request, reply) =>
    sendDetail(request, reply, await componentSite(request.params.site), request.params.id),
  );
}
