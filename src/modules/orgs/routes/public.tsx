import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Db } from "../../../platform/db/connection.js";
import { notFound } from "../../../platform/http/errors.js";
import { viCollator } from "../../../platform/i18n/index.js";
import { renderDocument } from "../../../platform/ui/render.js";
import "../catalogue.js";
import { ANY_CHANGE } from "../../../platform/http/page-cache.js";
import { type RenderedPublic, sendCachedPublic } from "../../../platform/http/public-cache.js";
import { renderHomeContributions } from "../../../platform/ui/home-contributions.js";
import { groupSites } from "../domain/site-groups.js";
import { slugProblem } from "../domain/slug.js";
import { buildShell, loadSiteForHost, loadSiteWithUnit } from "../shell.js";
import { type HomeSiteRow, listHomeSites } from "../site-store.js";
import type { Site, Unit } from "../tables.js";
import { EnglishHomePage } from "../views/public-english.js";
import { MainHomePage } from "../views/public-home.js";
import { ComponentHomePage } from "../views/public-site-home.js";

const enCollator = new Intl.Collator("en", { sensitivity: "base" });

type Found = { site: Site; unit: Unit };

/** What other modules contribute to a site's home (news, announcements …), through the platform registry. */
function homeSections(request: FastifyRequest, site: Site) {
  return renderHomeContributions(request, {
    id: site.id,
    unitId: site.unit_id,
    slug: site.slug,
    kind: site.kind,
    lang: site.lang,
  });
}

function contactEmailOf(site: Site): string | null {
  const email = site.theme.contactEmail;
  return typeof email === "string" && email !== "" ? email : null;
}

/**
 * Home pages of every site: the main portal "/", the English site "/en", and each component site "/:slug". (The
 * English investment page and services guide are content pages of the portal module, at /en/investment and
 * /en/online-services-guide.) Cacheable (ETag, short max-age), no JavaScript needed. Each page runs a
 * fixed number of queries whatever the number of sites.
 */
export async function publicSiteRoutes(app: FastifyInstance): Promise<void> {
  const db: Db = app.services.db;

  /**
   * A home page draws on everything its site publishes (sections, documents, the list of sites), so it is cached as
   * depending on any change: every purge drops it. Its meta makes each serve a view of the site.
   */
  function homePage(found: Found, html: string): RenderedPublic {
    return { body: html, tags: [ANY_CHANGE], meta: { siteId: found.site.id, contentId: null } };
  }

  async function mainHome(
    request: FastifyRequest,
    found: Found,
    sites: HomeSiteRow[],
  ): Promise<RenderedPublic> {
    const groups = groupSites(
      sites.map((s) => ({ unitKind: s.unit_kind, name: s.unit_name_vi, slug: s.slug })),
      viCollator,
    );
    const shell = buildShell(request, found.site, found.unit, { altLangHref: "/en" });
    const html = renderDocument(
      <MainHomePage
        shell={shell}
        site={found.site}
        unit={found.unit}
        groups={groups}
        sections={await homeSections(request, found.site)}
      />,
    );
    return homePage(found, html);
  }

  async function componentHome(request: FastifyRequest, found: Found): Promise<RenderedPublic> {
    const shell = buildShell(request, found.site, found.unit);
    const html = renderDocument(
      <ComponentHomePage
        shell={shell}
        site={found.site}
        unit={found.unit}
        sections={await homeSections(request, found.site)}
      />,
    );
    return homePage(found, html);
  }

  async function englishHome(
    request: FastifyRequest,
    found: Found,
    sites: HomeSiteRow[],
  ): Promise<RenderedPublic> {
    const departments = sites
      .filter((s) => s.unit_kind === "department" || s.unit_kind === "office")
      .map((s) => ({ slug: s.slug, name: s.unit_name_en }))
      .sort((a, b) => enCollator.compare(a.name, b.name));
    const shell = buildShell(request, found.site, found.unit, { altLangHref: "/" });
    const html = renderDocument(
      <EnglishHomePage
        shell={shell}
        site={found.site}
        unit={found.unit}
        departments={departments}
        contactEmail={contactEmailOf(found.site)}
        sections={await homeSections(request, found.site)}
      />,
    );
    return homePage(found, html);
  }

  async function loadEnglish(): Promise<Found> {
    const found = await loadSiteWithUnit(db, "en");
    if (found?.site.kind !== "english") throw notFound();
    return found;
  }

  app.get("/", (request, reply) =>
    sendCachedPublic(request, reply, async () => {
      const found = await loadSiteForHost(db, request.hostname);
      if (!found) throw notFound();
      if (found.site.kind === "component") return componentHome(request, found);
      const sites = await listHomeSites(db);
      if (found.site.kind === "english") return englishHome(request, found, sites);
      return mainHome(request, found, sites);
    }),
  );

  app.get("/en", (request, reply) =>
    sendCachedPublic(request, reply, async () =>
      englishHome(request, await loadEnglish(), await listHomeSites(db)),
    ),
  );

  app.get<{ Params: { slug: string } }>("/:slug", async (request, reply) => {
    const { slug } = request.params;
    // Not a possible slug (dots, capitals, reserved words): no site can have it, so no query.
    if (slugProblem(slug) !== null) throw notFound();
    return sendCachedPublic(request, reply, async () => {
      const found = await loadSiteWithUnit(db, slug);
      if (found?.site.kind !== "component") throw notFound();
      return componentHome(request, found);
    });
  });
}
