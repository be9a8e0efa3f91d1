import type { FastifyRequest } from "fastify";
import type { Executor } from "../../platform/db/transaction.js";
import { t } from "../../platform/i18n/index.js";
import type { PublicShell } from "../../platform/ui/public-layout.js";
import { accentCss } from "./domain/theme.js";
import type { Site, Unit } from "./tables.js";

/** The site a public path belongs to: "/en/…" → English site, "/so-xay-dung/…" → that component site, else main. */
export function siteSlugFromPath(path: string): string {
  const first = path.split("?")[0]?.split("/")[1] ?? "";
  return first;
}

const UNIT_COLUMNS = [
  "units.id as u_id",
  "units.parent_id as u_parent_id",
  "units.kind as u_kind",
  "units.name_vi as u_name_vi",
  "units.name_en as u_name_en",
  "units.short_code as u_short_code",
  "units.identifier_code as u_identifier_code",
  "units.address as u_address",
  "units.phone as u_phone",
  "units.email as u_email",
  "units.website as u_website",
  "units.leaders as u_leaders",
  "units.sort_order as u_sort_order",
  "units.active as u_active",
  "units.created_at as u_created_at",
  "units.updated_at as u_updated_at",
] as const;

function siteAndUnitQuery(db: Executor) {
  return db
    .selectFrom("sites")
    .innerJoin("units", "units.id", "sites.unit_id")
    .selectAll("sites")
    .select([...UNIT_COLUMNS])
    .where("sites.active", "=", true);
}

type SiteUnitRow = NonNullable<Awaited<ReturnType<ReturnType<typeof siteAndUnitQuery>["executeTakeFirst"]>>>;

function splitRow(row: SiteUnitRow): { site: Site; unit: Unit } {
  const {
    u_id,
    u_parent_id,
    u_kind,
    u_name_vi,
    u_name_en,
    u_short_code,
    u_identifier_code,
    u_address,
    u_phone,
    u_email,
    u_website,
    u_leaders,
    u_sort_order,
    u_active,
    u_created_at,
    u_updated_at,
    ...site
  } = row;
  return {
    site,
    unit: {
      id: u_id,
      parent_id: u_parent_id,
      kind: u_kind,
      name_vi: u_name_vi,
      name_en: u_name_en,
      short_code: u_short_code,
      identifier_code: u_identifier_code,
      address: u_address,
      phone: u_phone,
      email: u_email,
      website: u_website,
      leaders: u_leaders,
      sort_order: u_sort_order,
      active: u_active,
      created_at: u_created_at,
      updated_at: u_updated_at,
    },
  };
}

/** An active site by its path prefix ("" main portal, "en" English site), with its unit, in one query. */
export async function loadSiteWithUnit(
  db: Executor,
  slug: string,
): Promise<{ site: Site; unit: Unit } | null> {
  const row = await siteAndUnitQuery(db).where("sites.slug", "=", slug).executeTakeFirst();
  return row ? splitRow(row) : null;
}

/**
 * The site whose home "/" is for this host name: a site served on its own host ("sxd.quangngai.gov.vn"), else the
 * main portal. One query either way.
 */
export async function loadSiteForHost(
  db: Executor,
  hostname: string,
): Promise<{ site: Site; unit: Unit } | null> {
  const host = hostname.toLowerCase().replace(/:\d+$/, "");
  const row = await siteAndUnitQuery(db)
    .where((eb) => eb.or([eb("sites.slug", "=", ""), eb(eb.fn("lower", ["sites.host"]), "=", host)]))
    // The host's own site first; the main portal only when no site claims the host.
    .orderBy((eb) => eb.case().when("sites.slug", "=", "").then(1).else(0).end())
    .limit(1)
    .executeTakeFirst();
  return row ? splitRow(row) : null;
}

export function siteHref(site: Pick<Site, "slug">): string {
  return site.slug === "" ? "/" : `/${site.slug}`;
}

/** The style element that applies a site's accent colour (theme.accent), or null for the default look. */
export function siteAccentCss(site: Pick<Site, "theme">): string | null {
  return accentCss(site.theme.accent);
}

/** Builds the public frame for a site: its name, menu, the owning unit's contacts, and the language switch. */
export function buildShell(
  request: FastifyRequest,
  site: Site,
  unit: Unit,
  opts: { altLangHref?: string; provinceName?: string } = {},
): PublicShell {
  const lang = site.lang;
  const path = request.url.split("?")[0] ?? "/";
  const siteName = lang === "en" ? site.name_en : site.name_vi;
  return {
    lang,
    siteName,
    siteHref: siteHref(site),
    orgLine: opts.provinceName ?? t(lang, "app.provinceShort"),
    menu: site.menu,
    contact: {
      unitName: lang === "en" ? unit.name_en : unit.name_vi,
      address: unit.address,
      phone: unit.phone,
      email: unit.email,
      extraEmail: site.kind === "english" ? (site.theme.contactEmail ?? null) : null,
    },
    altLangHref: opts.altLangHref ?? (lang === "vi" ? "/en" : "/"),
    prefs: request.prefs,
    currentPath: path,
  };
}
