import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { registerAdminNav, sendAdminPage, setFlash } from "../../../platform/admin/shell.js";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { requestCsrfToken } from "../../../platform/auth/request-state.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { forbidden, notFound } from "../../../platform/http/errors.js";
import type { FieldErrors } from "../../../platform/http/validation.js";
import { holdsAnyRole } from "../../../platform/rbac/grants.js";
import { mappingTargets, targetOfSite } from "../../portal/index.js";
import {
  COMPLIANCE_ROLES,
  canMap,
  canSee,
  isSystemAdmin,
  isUuid,
  PROVINCE_ROLES,
  tv,
  visibleSites,
} from "./access.js";
import { appliesToKind } from "./domain/criteria.js";
import {
  type CriterionFormValues,
  criterionValuesFromBody,
  parseCriterionForm,
} from "./domain/criterion-input.js";
import { complianceReport } from "./report.js";
import { addMapping, deleteMapping, listCriteria, mappingById, updateCriterion } from "./store.js";
import { CriteriaView, CriterionForm } from "./views/criteria.js";
import { MappingView } from "./views/mapping.js";
import { COMPLIANCE_PATH, CRITERIA_PATH, MAPPING_PATH, mappingHref, PROVINCE_PATH } from "./views/paths.js";
import { RankingView } from "./views/ranking.js";
import { SiteScoreView } from "./views/site-score.js";

const ALL = { access: { roles: COMPLIANCE_ROLES } };
const PROVINCE = { access: { roles: PROVINCE_ROLES } };
const SITE_ADMINS = { access: { roles: ["system_admin", "site_admin"] as const } };
const SYSTEM = { access: { roles: ["system_admin"] as const } };

const field = (body: unknown, name: string): string => {
  const v = (body as Record<string, unknown> | undefined)?.[name];
  return typeof v === "string" ? v.trim() : "";
};

/**
 * Mandatory-content compliance (SPEC §A3, §G2): the list of items held as data, each site's mapping of items to its
 * categories and pages, the live score per site and the province ranking. Scores are computed on each request from
 * a fixed number of grouped queries, so publishing an article changes them at once.
 */
export async function complianceRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  registerAdminNav({
    label: tv("compliance.nav"),
    href: COMPLIANCE_PATH,
    roles: COMPLIANCE_ROLES,
    order: 70,
  });

  async function siteReport(siteId: string) {
    const report = await complianceReport(db, [siteId], new Date());
    const site = report.sites[0];
    if (!site) throw notFound();
    return { report, site };
  }

  app.get<{ Querystring: { site?: string } }>(COMPLIANCE_PATH, { config: ALL }, async (request, reply) => {
    const wanted = request.query?.site;
    const visible = visibleSites(request);
    if (wanted === undefined || wanted === "") {
      if (visible === "all") return reply.redirect(PROVINCE_PATH, 303);
      if (visible.length === 1 && visible[0]) return sendSite(request, reply, visible[0]);
      const report = await complianceReport(db, visible, new Date());
      return sendAdminPage(request, reply, tv("compliance.mineTitle"), <RankingView sites={report.sites} />);
    }
    if (!isUuid(wanted)) throw notFound();
    return sendSite(request, reply, wanted.toLowerCase());
  });

  async function sendSite(request: FastifyRequest, reply: FastifyReply, siteId: string) {
    if (!canSee(request, siteId)) throw forbidden();
    const { site } = await siteReport(siteId);
    return sendAdminPage(
      request,
      reply,
      tv("compliance.siteTitle", { site: site.name }),
      <SiteScoreView
        site={site}
        canMap={canMap(request, site.id)}
        canSeeProvince={holdsAnyRole(request.staff, PROVINCE_ROLES)}
      />,
    );
  }

  app.get(PROVINCE_PATH, { config: PROVINCE }, async (request, reply) => {
    const report = await complianceReport(db, "all", new Date());
    return sendAdminPage(
      request,
      reply,
      tv("compliance.provinceTitle"),
      <RankingView sites={report.sites} />,
    );
  });

  // The list of items: everyone who sees scores may read the rules; only the system administrator changes them.

  app.get(CRITERIA_PATH, { config: ALL }, async (request, reply) => {
    const criteria = await listCriteria(db);
    return sendAdminPage(
      request,
      reply,
      tv("compliance.criteriaTitle"),
      <CriteriaView criteria={criteria} editable={isSystemAdmin(request)} />,
    );
  });

  async function criterionOr404(key: string) {
    const criterion = (await listCriteria(db)).find((c) => c.key === key);
    if (!criterion) throw notFound();
    return criterion;
  }

  app.get<{ Params: { key: string } }>(
    `${CRITERIA_PATH}/:key`,
    { config: SYSTEM },
    async (request, reply) => {
      const criterion = await criterionOr404(request.params.key);
      const values: CriterionFormValues = {
        min_items: String(criterion.minItems),
        freshness_days: criterion.freshnessDays === null ? "" : String(criterion.freshnessDays),
        weight: String(criterion.weight),
        active: criterion.active,
        applies_to: [...criterion.appliesTo],
      };
      return sendAdminPage(
        request,
        reply,
        tv("compliance.criterionTitle", { name: criterion.name }),
        <CriterionForm criterion={criterion} values={values} csrfToken={requestCsrfToken(request)} />,
      );
    },
  );

  app.post<{ Params: { key: string } }>(
    `${CRITERIA_PATH}/:key`,
    { config: SYSTEM },
    async (request, reply) => {
      const criterion = await criterionOr404(request.params.key);
      const values = criterionValuesFromBody(request.body);
      const parsed = parseCriterionForm(values);
      if (!parsed.ok) {
        const labels: Record<string, string> = {
          min_items: tv("compliance.field.minItems"),
          freshness_days: tv("compliance.field.freshnessDays"),
          weight: tv("compliance.field.weight"),
        };
        const errors: FieldErrors = {};
        for (const [name, problem] of Object.entries(parsed.problems)) {
          errors[name] =
            problem === "none"
              ? tv("compliance.errors.appliesTo")
              : tv("compliance.errors.int", {
                  field: labels[name] ?? name,
                  min: problem.min,
                  max: problem.max,
                });
        }
        return sendAdminPage(
          request,
          reply,
          tv("compliance.criterionTitle", { name: criterion.name }),
          <CriterionForm
            criterion={criterion}
            values={values}
            errors={errors}
            csrfToken={requestCsrfToken(request)}
          />,
          422,
        );
      }
      await inTransaction(db, async (tx) => {
        await updateCriterion(tx, criterion.key, parsed.data);
        await recordAudit(tx, actorFrom(request), {
          action: "compliance.criterion_update",
          entityType: "compliance_criterion",
          entityId: criterion.key,
          summary: tv("compliance.audit.criterion", { name: criterion.name }),
          before: {
            key: criterion.key,
            minItems: criterion.minItems,
            freshnessDays: criterion.freshnessDays,
            weight: criterion.weight,
            active: criterion.active,
            appliesTo: criterion.appliesTo,
          },
          after: { key: criterion.key, ...parsed.data },
        });
      });
      await setFlash(request, tv("compliance.saved", { name: criterion.name }));
      return reply.redirect(CRITERIA_PATH, 303);
    },
  );

  // Mapping items to the site's categories and pages (site administrators of that site).

  async function sendMapping(
    request: FastifyRequest,
    reply: FastifyReply,
    siteId: string,
    extra: { errors?: FieldErrors; kept?: Record<string, string> } = {},
    status = 200,
  ) {
    const { report, site } = await siteReport(siteId);
    const targets = await mappingTargets(db, site.id);
    return sendAdminPage(
      request,
      reply,
      tv("compliance.mappingTitle", { site: site.name }),
      <MappingView
        siteId={site.id}
        criteria={report.criteria.filter((c) => appliesToKind(c, site.kind))}
        places={site.places}
        targets={targets}
        csrfToken={requestCsrfToken(request)}
        errors={extra.errors}
        kept={extra.kept}
      />,
      status,
    );
  }

  app.get<{ Querystring: { site?: string } }>(
    MAPPING_PATH,
    { config: SITE_ADMINS },
    async (request, reply) => {
      const siteId = request.query?.site;
      if (!isUuid(siteId)) throw notFound();
      if (!canMap(request, siteId.toLowerCase())) throw forbidden();
      return sendMapping(request, reply, siteId.toLowerCase());
    },
  );

  app.post(MAPPING_PATH, { config: SITE_ADMINS }, async (request, reply) => {
    const siteId = field(request.body, "site").toLowerCase();
    if (!isUuid(siteId)) throw notFound();
    if (!canMap(request, siteId)) throw forbidden();
    const key = field(request.body, "item");
    const target = field(request.body, "target");
    const criterion = (await listCriteria(db)).find((c) => c.key === key);
    if (!criterion) {
      return sendMapping(request, reply, siteId, { errors: { item: tv("compliance.errors.item") } }, 422);
    }
    const m = /^(category|page):([0-9a-f-]{36})$/i.exec(target);
    const place =
      m && isUuid(m[2])
        ? await targetOfSite(db, siteId, { kind: m[1] as "category" | "page", id: m[2].toLowerCase() })
        : null;
    if (!place) {
      return sendMapping(
        request,
        reply,
        siteId,
        { errors: { [`target-${key}`]: tv("compliance.errors.target") }, kept: { [key]: target } },
        422,
      );
    }
    const added = await inTransaction(db, async (tx) => {
      const id = await addMapping(
        tx,
        {
          siteId,
          criterionKey: key,
          categoryId: place.kind === "category" ? place.id : null,
          contentId: place.kind === "page" ? place.id : null,
        },
        request.staff?.id ?? null,
      );
      if (id) {
        await recordAudit(tx, actorFrom(request), {
          action: "compliance.map",
          entityType: "compliance_mapping",
          entityId: id,
          summary: tv("compliance.audit.map", { item: criterion.name, place: place.name }),
          after: { siteId, criterionKey: key, kind: place.kind, targetId: place.id },
        });
      }
      return id !== null;
    });
    await setFlash(
      request,
      added
        ? tv("compliance.mapped", { place: place.name, item: criterion.name })
        : tv("compliance.alreadyMapped", { place: place.name }),
    );
    return reply.redirect(mappingHref(siteId, key), 303);
  });

  app.post<{ Params: { id: string } }>(
    `${MAPPING_PATH}/:id/xoa`,
    { config: SITE_ADMINS },
    async (request, reply) => {
      if (!isUuid(request.params.id)) throw notFound();
      const mapping = await mappingById(db, request.params.id.toLowerCase());
      if (!mapping) throw notFound();
      if (!canMap(request, mapping.siteId)) throw forbidden();
      const kind = mapping.categoryId ? "category" : "page";
      const place = await targetOfSite(db, mapping.siteId, {
        kind,
        id: mapping.categoryId ?? mapping.contentId ?? "",
      });
      const criterion = (await listCriteria(db)).find((c) => c.key === mapping.criterionKey);
      const names = { item: criterion?.name ?? mapping.criterionKey, place: place?.name ?? "" };
      await inTransaction(db, async (tx) => {
        await deleteMapping(tx, mapping.id);
        await recordAudit(tx, actorFrom(request), {
          action: "compliance.unmap",
          entityType: "compliance_mapping",
          entityId: mapping.id,
          summary: tv("compliance.audit.unmap", names),
          before: mapping,
        });
      });
      await setFlash(request, tv("compliance.unmapped", names));
      return reply.redirect(mappingHref(mapping.siteId, mapping.criterionKey), 303);
    },
  );
}
