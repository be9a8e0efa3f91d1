/**
 * The admin home's "waiting for you" panel of Q&A: what the board has to route, what the viewer's units have to draft,
 * what their leaders have to approve, and what is overdue, each linking to its list.
 */
import { registerAdminHomePanel } from "../../../platform/admin/home-panels.js";
import { t } from "../../../platform/i18n/index.js";
import { holdsAnyRole } from "../../../platform/rbac/grants.js";
import type { Services } from "../../../platform/services.js";
import { listScope, mainSiteId, onBoard, QUESTION_STAFF_ROLES } from "./access.js";
import { calendarAround } from "./calendar.js";
import { deadlineLimits } from "./domain/deadline.js";
import { panelCounts } from "./store.js";
import { adminListHref } from "./views/admin-list-page.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);
const NO_FILTERS = { q: "", kind: "", topic: "", unit: "" } as const;

export function registerQuestionPanel(services: Services): void {
  const { db } = services;
  registerAdminHomePanel({
    id: "participation.questions",
    order: 45,
    async render(request) {
      const staff = request.staff;
      if (!staff || !holdsAnyRole(staff, QUESTION_STAFF_ROLES)) return null;
      const now = new Date();
      const [site, calendar] = await Promise.all([mainSiteId(db), calendarAround(db, now)]);
      const systemAdmin = staff.grants.some((g) => g.role === "system_admin");
      const work = listScope(staff.grants, site);
      const approve = systemAdmin
        ? "all"
        : staff.grants.filter((g) => g.role === "leader" && g.unitId).map((g) => g.unitId as string);
      const counts = await panelCounts(
        db,
        { route: systemAdmin || onBoard(staff.grants, site), work, approve },
        deadlineLimits(calendar, now),
      );
      const lines = [
        { key: "route", tab: "route", count: counts.route },
        { key: "draft", tab: "routed", count: counts.draft },
        { key: "approve", tab: "drafted", count: counts.approve },
        { key: "overdue", tab: "overdue", count: counts.overdue },
      ] as const;
      const shown = lines.filter((l) => l.count > 0);
      if (shown.length === 0) return null;
      return (
        <section class="card" aria-labelledby="questions-panel-title">
          <h2 id="questions-panel-title">{tv("qadmin.panel.title")}</h2>
          <ul>
            {shown.map((l) => (
              <li key={l.key}>
                <a href={adminListHref(NO_FILTERS, l.tab)}>
                  {tv(`qadmin.panel.${l.key}`, { count: l.count })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      );
    },
  });
}
