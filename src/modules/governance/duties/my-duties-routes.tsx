import type { FastifyInstance } from "fastify";
import { registerSiteReviewRoute } from "../../../platform/activity/index.js";
import { registerAdminNav, sendAdminPage } from "../../../platform/admin/shell.js";
import { forbidden, notFound } from "../../../platform/http/errors.js";
import { UUID_PATTERN } from "../../../platform/http/uuid.js";
import { t } from "../../../platform/i18n/index.js";
import { can } from "../../../platform/rbac/grants.js";
import { ROLES } from "../../../platform/rbac/roles.js";
import { addDays, vnDay } from "./domain/days.js";
import { obligationStatuses } from "./store.js";
import { MY_DUTIES_PATH, MyDutiesView, SiteReviewView } from "./views/my-duties.js";

const ANY_STAFF = { access: { roles: ROLES } };

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

type SiteParams = { Params: { siteId: string } };

/**
 * The bound person's side of duty tracking: their duties and when each falls due, and a review page per site. A unit
 * leader holds no editorial role on their unit's site, so this page is where their review is recorded.
 */
export async function myDutyRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  registerAdminNav({ label: tv("duties.mine.nav"), href: MY_DUTIES_PATH, roles: ROLES, order: 5 });
  registerSiteReviewRoute(`${MY_DUTIES_PATH}/trang/:siteId`, "siteId");

  app.get(MY_DUTIES_PATH, { config: ANY_STAFF }, async (request, reply) => {
    const me = request.staff?.id;
    const rows = (await obligationStatuses(db, vnDay(new Date()))).filter((s) => s.staffId === me);
    return sendAdminPage(request, reply, tv("duties.mine.title"), <MyDutiesView rows={rows} />);
  });

  app.get<SiteParams>(`${MY_DUTIES_PATH}/trang/:siteId`, { config: ANY_STAFF }, async (request, reply) => {
    const id = request.params.siteId;
    if (!UUID_PATTERN.test(id)) throw notFound();
    const site = await db
      .selectFrom("sites")
      .select(["id", "name_vi", "slug", "unit_id"])
      .where("id", "=", id.toLowerCase())
      .where("active", "=", true)
      .executeTakeFirst();
    if (!site) throw notFound();
    const today = vnDay(new Date());
    const mine = (await obligationStatuses(db, today)).filter(
      (s) => s.staffId === request.staff?.id && s.siteKey === site.id,
    );
    const holdsRole = can(request.staff, ["site_admin", "editor", "approver", "leader"], {
      siteId: site.id,
      unitId: site.unit_id,
    });
    if (mine.length === 0 && !holdsRole) throw forbidden();
    // The review is recorded as this page is sent (platform/activity), so the next due day starts from today.
    const statuses = mine.map((s) => ({
      ...s,
      status: { ...s.status, lastActivity: today, dueOn: addDays(today, s.rule.max_gap_days) },
    }));
    return sendAdminPage(
      request,
      reply,
      tv("duties.mine.reviewTitle", { site: site.name_vi }),
      <SiteReviewView
        site={{ id: site.id, name: site.name_vi, href: site.slug === "" ? "/" : `/${site.slug}` }}
        statuses={statuses}
      />,
    );
  });
}
