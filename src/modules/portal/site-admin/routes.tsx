import type { FastifyInstance } from "fastify";
import { registerAdminNav, sendAdminPage } from "../../../platform/admin/shell.js";
import { viCollator } from "../../../platform/i18n/index.js";
import { sitesFor } from "../../../platform/rbac/grants.js";
import { homeHref } from "../public/domain/paths.js";
import { SITE_ADMINS, tv } from "./access.js";
import { categoryAdminRoutes } from "./category-routes.js";
import { homeSectionAdminRoutes } from "./section-routes.js";
import { SitesHubView } from "./views/section-views.js";

/**
 * A site's structure for its site admin (SPEC §A1): the category tree and the home page's sections, with links to
 * the site's menu in the sites admin. A site admin works on their own sites only; the system admin on every site.
 * Every change is audited and purges the site's pages from the page cache once committed.
 */
export async function siteContentAdminRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  registerAdminNav({
    label: tv("portal.sa.nav"),
    href: "/admin/cau-truc-trang",
    roles: ["system_admin", "site_admin"],
    order: 22,
  });

  // The sites this person may arrange.

  app.get("/admin/cau-truc-trang", { config: SITE_ADMINS }, async (request, reply) => {
    const mine = request.staff ? sitesFor(request.staff, ["site_admin"]) : [];
    let q = db
      .selectFrom("sites")
      .select(["id", "slug", "name_vi", "lang", "kind", "sort_order"])
      .where("active", "=", true);
    if (mine !== "all") q = q.where("id", "in", mine);
    const rows = mine !== "all" && mine.length === 0 ? [] : await q.execute();
    const kindOrder: Record<string, number> = { main: 0, english: 1, component: 2 };
    rows.sort(
      (a, b) =>
        (kindOrder[a.kind] ?? 3) - (kindOrder[b.kind] ?? 3) ||
        a.sort_order - b.sort_order ||
        viCollator.compare(a.name_vi, b.name_vi),
    );
    return sendAdminPage(
      request,
      reply,
      tv("portal.sa.sitesTitle"),
      <SitesHubView
        sites={rows.map((r) => ({
          id: r.id,
          slug: r.slug,
          name: r.name_vi,
          lang: r.lang,
          path: homeHref(r),
        }))}
      />,
    );
  });

  await categoryAdminRoutes(app);
  await homeSectionAdminRoutes(app);
}
