import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { registerSiteReviewRoute } from "../../../platform/activity/index.js";
import { csrfToken, registerAdminNav, sendAdminPage, setFlash } from "../../../platform/admin/shell.js";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { vnDay } from "../../../platform/calendar/vn-day.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { forbidden, notFound } from "../../../platform/http/errors.js";
import { UUID_PATTERN } from "../../../platform/http/uuid.js";
import type { FieldErrors } from "../../../platform/http/validation.js";
import { portalRegistry } from "../../../platform/i18n/catalogues/portal-registry.js";
import { registerCatalogue, t } from "../../../platform/i18n/index.js";
import { can, sitesFor } from "../../../platform/rbac/grants.js";
import type { Role } from "../../../platform/rbac/roles.js";
import {
  checkLicence,
  LICENCE_FIELDS,
  type LicenceFormValues,
  licenceValuesFromBody,
  valuesFromLicence,
} from "./domain/licence-input.js";
import { licenceState } from "./domain/licence-state.js";
import { scheduleLicenceReminders } from "./reminders.js";
import { getLicence, getRegistrySite, listRegistry, type RegistrySite, saveLicence } from "./store.js";
import { REGISTRY_PATH, RegistryFormView, RegistryListView } from "./views/registry-pages.js";

registerCatalogue(portalRegistry);

const REGISTRY_ROLES: readonly Role[] = ["system_admin", "site_admin"];

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

type SiteParams = { Params: { siteId: string } };

/**
 * The site registry (SPEC §A12, issue 5 item 5): each site's licence, domains, hosting and security contact. The
 * system administrator keeps every site's entry; a site administrator their own sites' entries.
 */
export async function siteRegistryRoutes(app: FastifyInstance): Promise<void> {
  const { db, jobs } = app.services;
  registerAdminNav({ label: tv("registry.nav"), href: REGISTRY_PATH, roles: REGISTRY_ROLES, order: 23 });
  registerSiteReviewRoute(`${REGISTRY_PATH}/:siteId`, "siteId");

  async function siteFor(request: FastifyRequest<SiteParams>): Promise<RegistrySite> {
    const id = request.params.siteId;
    if (!UUID_PATTERN.test(id)) throw notFound();
    const site = await getRegistrySite(db, id.toLowerCase());
    if (!site) throw notFound();
    if (!can(request.staff, "site_admin", { siteId: site.id })) throw forbidden();
    return site;
  }

  function sendForm(
    request: FastifyRequest,
    reply: FastifyReply,
    site: RegistrySite,
    values: LicenceFormValues,
    state: ReturnType<typeof licenceState>,
    errors?: FieldErrors,
  ) {
    return sendAdminPage(
      request,
      reply,
      tv("registry.formTitle", { site: site.name_vi }),
      <RegistryFormView
        csrf={csrfToken(request)}
        siteId={site.id}
        values={values}
        errors={errors}
        state={state}
      />,
      errors ? 422 : 200,
    );
  }

  app.get(REGISTRY_PATH, { config: { access: { roles: REGISTRY_ROLES } } }, async (request, reply) => {
    const allowed = request.staff ? sitesFor(request.staff, ["site_admin"]) : [];
    const rows = await listRegistry(db, allowed, vnDay(new Date()));
    return sendAdminPage(request, reply, tv("registry.title"), <RegistryListView rows={rows} />);
  });

  app.get<SiteParams>(
    `${REGISTRY_PATH}/:siteId`,
    { config: { access: { roles: REGISTRY_ROLES } } },
    async (request, reply) => {
      const site = await siteFor(request);
      const licence = await getLicence(db, site.id);
      const state = licenceState(
        licence?.licence_number ?? null,
        licence?.expires_on ?? null,
        vnDay(new Date()),
      );
      return sendForm(request, reply, site, valuesFromLicence(licence), state);
    },
  );

  app.post<SiteParams>(
    `${REGISTRY_PATH}/:siteId`,
    { config: { access: { roles: REGISTRY_ROLES } } },
    async (request, reply) => {
      const site = await siteFor(request);
      const values = licenceValuesFromBody(request.body);
      const now = new Date();
      const today = vnDay(now);
      const checked = checkLicence(values);
      if (!checked.ok) {
        const errors: FieldErrors = {};
        // In the form's order, so the error summary reads top to bottom.
        for (const f of LICENCE_FIELDS) {
          const p = checked.problems[f];
          if (p) errors[f] = tv(p.key, { field: tv(`registry.f.${f}`), ...p.params });
        }
        const current = await getLicence(db, site.id);
        const state = licenceState(current?.licence_number ?? null, current?.expires_on ?? null, today);
        return sendForm(request, reply, site, values, state, errors);
      }
      const input = checked.input;
      await inTransaction(db, async (tx) => {
        const before = await getLicence(tx, site.id, { forUpdate: true });
        const after = await saveLicence(tx, site.id, input, request.staff?.id ?? null, now);
        await recordAudit(tx, actorFrom(request), {
          action: before ? "site_licence.update" : "site_licence.create",
          entityType: "site",
          entityId: site.id,
          summary: `Sổ đăng ký trang ${site.name_vi}`,
          before,
          after,
        });
        if (after.licence_number && after.expires_on) {
          await scheduleLicenceReminders(tx, jobs, site.id, after.expires_on, now);
        }
      });
      await setFlash(request, tv("registry.saved", { site: site.name_vi }));
      return reply.redirect(REGISTRY_PATH, 303);
    },
  );
}
