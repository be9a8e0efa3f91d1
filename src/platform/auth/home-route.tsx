import type { FastifyInstance } from "fastify";
import { renderAdminHomePanels } from "../admin/home-panels.js";
import { adminNavFor, sendAdminPage } from "../admin/shell.js";
import { formatDateTime, t } from "../i18n/index.js";
import { sessionData } from "./request-state.js";

/** /admin: a greeting, the person's roles, their menu as a list, and the panels modules contribute. */
export async function adminHomeRoute(app: FastifyInstance): Promise<void> {
  app.get("/admin", { config: { access: "staff" } }, async (request, reply) => {
    const lang = request.lang;
    const staff = request.staff!;
    const entries = adminNavFor(staff).filter((e) => e.href !== "/admin");
    const roles = [...new Set(staff.grants.map((g) => g.role))];
    const previous = request.authSession ? sessionData(request.authSession).previousLoginAt : null;
    const panels = await renderAdminHomePanels(request);
    return sendAdminPage(
      request,
      reply,
      t(lang, "auth.home.title"),
      <>
        <p>{t(lang, "auth.home.welcome", { name: staff.fullName })}</p>
        {previous ? (
          <p class="muted">
            {t(lang, "auth.account.lastSignIn")}: {formatDateTime(previous)}
          </p>
        ) : null}
        {roles.length > 0 ? (
          <p>
            {t(lang, "auth.home.roles")}: {roles.map((r) => t(lang, `role.${r}`)).join(", ")}
          </p>
        ) : null}
        <section aria-labelledby="home-menu">
          <h2 id="home-menu">{t(lang, "auth.home.menu")}</h2>
          {entries.length > 0 ? (
            <ul class="admin-home-menu">
              {entries.map((e) => (
                <li key={e.href}>
                  <a href={e.href}>{e.label}</a>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t(lang, "auth.home.noMenu")}</p>
          )}
        </section>
        {panels}
      </>,
    );
  });
}
