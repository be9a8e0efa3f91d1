import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { fileTypeFromBuffer } from "file-type";
import { isSha256 } from "../../../platform/files/index.js";
import { notFound } from "../../../platform/http/errors.js";
import { renderDocument } from "../../../platform/ui/render.js";
import { buildShell, loadSiteWithUnit } from "../../orgs/index.js";
import { SERVICES_PATHS } from "../paths.js";
import type { OnlineClass } from "../tables.js";
import { ONLINE_CLASSES } from "./domain/procedure.js";
import { PROCEDURE_CODE } from "./domain/procedure-input.js";
import { sortVi } from "./domain/text.js";
import {
  getProcedureByCode,
  listCatalogueUnits,
  listFacets,
  listProcedures,
  templateInUse,
} from "./store.js";
import { CatalogueListPage, ProcedurePage, type PublicFilters } from "./views/public-pages.js";

const PAGE_SIZE = 20;

function str(value: unknown, max: number): string {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === "string" ? v.normalize("NFC").trim().slice(0, max) : "";
}

/** Filters from the query string; values not understood are dropped (links get mangled), never an error. */
export function publicFiltersFrom(query: Record<string, unknown>): { filters: PublicFilters; page: number } {
  const hinhThuc = str(query.hinh_thuc, 10);
  const mucDo = str(query.muc_do, 1);
  return {
    filters: {
      q: str(query.q, 200),
      linh_vuc: str(query.linh_vuc, 200),
      co_quan: str(query.co_quan, 40),
      hinh_thuc: (ONLINE_CLASSES as readonly string[]).includes(hinhThuc) ? hinhThuc : "",
      muc_do: /^[1-4]$/.test(mucDo) ? mucDo : "",
    },
    page: Math.min(Math.max(Number.parseInt(str(query.trang, 6), 10) || 1, 1), 10_000),
  };
}

/**
 * Sends a public catalogue page. Not put in the page cache and not cacheable by shared caches: the public frame may
 * carry the signed-in citizen's name, so each reader gets their own rendering (Cache-Control: private, no-cache).
 */
function sendPrivateHtml(reply: FastifyReply, html: string) {
  return reply
    .type("text/html; charset=utf-8")
    .header("cache-control", "private, no-cache")
    .header("vary", "Cookie")
    .send(html);
}

/**
 * The public catalogue (SPEC §B1): search without diacritics, filters by field, unit, online class and level, paging;
 * a page per procedure with every field and the template downloads; the templates themselves by content hash.
 */
export async function cataloguePublicRoutes(app: FastifyInstance): Promise<void> {
  const { db, files } = app.services;

  async function mainShell(request: FastifyRequest) {
    const found = await loadSiteWithUnit(db, "");
    if (!found) throw notFound();
    return buildShell(request, found.site, found.unit);
  }

  app.get(SERVICES_PATHS.catalogue, async (request, reply) => {
    const { filters, page } = publicFiltersFrom((request.query ?? {}) as Record<string, unknown>);
    const units = await listCatalogueUnits(db);
    const unit = filters.co_quan
      ? units.find((u) => u.short_code.toLowerCase() === filters.co_quan.toLowerCase())
      : undefined;
    if (!unit) filters.co_quan = "";
    const [list, facets, shell] = await Promise.all([
      listProcedures(
        db,
        {
          q: filters.q,
          field: filters.linh_vuc || undefined,
          unitId: unit?.id,
          level: filters.muc_do ? Number(filters.muc_do) : undefined,
          onlineClass: (filters.hinh_thuc || undefined) as OnlineClass | undefined,
          published: true,
        },
        { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
      ),
      listFacets(db, { publishedOnly: true }),
      mainShell(request),
    ]);
    const order = new Map(units.map((u, i) => [u.id, i]));
    const sortedFacets = {
      fields: sortVi(facets.fields, (f) => f),
      units: [...facets.units].sort(
        (a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0) || a.name.localeCompare(b.name, "vi"),
      ),
    };
    return sendPrivateHtml(
      reply,
      renderDocument(
        <CatalogueListPage
          shell={shell}
          filters={filters}
          facets={sortedFacets}
          rows={list.rows}
          total={list.total}
          page={page}
          pages={Math.max(1, Math.ceil(list.total / PAGE_SIZE))}
        />,
      ),
    );
  });

  app.get<{ Params: { code: string } }>("/dich-vu-cong/thu-tuc/:code", async (request, reply) => {
    const code = request.params.code;
    if (!PROCEDURE_CODE.test(code)) throw notFound();
    const p = await getProcedureByCode(db, code);
    if (!p?.published) throw notFound();
    const [units, shell] = await Promise.all([listCatalogueUnits(db), mainShell(request)]);
    const unitName = units.find((u) => u.id === p.unit_id)?.name_vi ?? "";
    return sendPrivateHtml(
      reply,
      renderDocument(<ProcedurePage shell={shell} procedure={p} unitName={unitName} />),
    );
  });

  app.get<{ Params: { sha: string; name: string } }>(
    "/dich-vu-cong/mau/:sha/:name",
    async (request, reply) => {
      const { sha, name } = request.params;
      if (!isSha256(sha) || name.length > 250) throw notFound();
      if (!(await templateInUse(db, sha)) || !(await files.has(sha))) throw notFound();
      const buffer = await files.read(sha);
      const sniffed = await fileTypeFromBuffer(buffer);
      const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
      return reply
        .type(sniffed?.mime ?? "application/octet-stream")
        .header(
          "content-disposition",
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        )
        .header("cache-control", "public, max-age=31536000, immutable")
        .send(buffer);
    },
  );
}
