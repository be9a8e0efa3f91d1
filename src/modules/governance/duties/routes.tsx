import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { v7 as uuidv7 } from "uuid";
import { registerSiteReviewRoute } from "../../../platform/activity/index.js";
import { csrfToken, registerAdminNav, sendAdminPage, setFlash } from "../../../platform/admin/shell.js";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { toCsv } from "../../../platform/csv/csv-table.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { AppError, notFound } from "../../../platform/http/errors.js";
import { UUID_PATTERN } from "../../../platform/http/uuid.js";
import type { FieldErrors } from "../../../platform/http/validation.js";
import { governanceDuties } from "../../../platform/i18n/catalogues/governance-duties.js";
import { registerCatalogue, t } from "../../../platform/i18n/index.js";
import type { Role } from "../../../platform/rbac/roles.js";
import { viDate, vnDay } from "./domain/days.js";
import { resolvePeriod } from "./domain/period.js";
import {
  checkRule,
  RULE_FIELDS,
  type RuleFormValues,
  ruleValuesFromBody,
  valuesFromRule,
} from "./domain/rule-input.js";
import { myDutyRoutes } from "./my-duties-routes.js";
import {
  countOverdueDuties,
  getRule,
  insertRule,
  listDutyBreaches,
  listRules,
  siteExists,
  siteOptions,
  staffExists,
  staffOptions,
  updateRule,
} from "./store.js";
import type { DutyRule } from "./tables.js";
import {
  BREACHES_CSV_PATH,
  BREACHES_PATH,
  BreachesView,
  DUTIES_PATH,
  RuleFormView,
  RuleListView,
} from "./views/duty-pages.js";

registerCatalogue(governanceDuties);

const DUTY_ROLES: readonly Role[] = ["system_admin"];
const ACCESS = { access: { roles: DUTY_ROLES } };

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

type IdParams = { Params: { id: string } };

function queryText(query: unknown, name: string): string {
  const v = query && typeof query === "object" ? (query as Record<string, unknown>)[name] : undefined;
  return typeof v === "string" ? v.slice(0, 20) : "";
}

/**
 * Duty tracking (SPEC §F3, issue 5 item 6): rules kept as data by the system administrator, the breach list per
 * period with its CSV export. Activity is recorded by platform/activity from real sign-ins and site reviews.
 */
export async function dutyRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  registerAdminNav({ label: tv("duties.nav"), href: DUTIES_PATH, roles: DUTY_ROLES, order: 85 });
  // Opening a site's own admin page is reviewing it; lists filtered by ?site= count through the platform hook.
  registerSiteReviewRoute("/admin/trang/:id", "id");
  await app.register(myDutyRoutes);

  async function sendForm(
    request: FastifyRequest,
    reply: FastifyReply,
    opts: { rule?: DutyRule; values: RuleFormValues; errors?: FieldErrors },
  ) {
    const [staff, sites] = await Promise.all([staffOptions(db), siteOptions(db)]);
    const title = opts.rule ? tv("duties.editTitle", { title: opts.rule.title }) : tv("duties.newTitle");
    return sendAdminPage(
      request,
      reply,
      title,
      <RuleFormView
        csrf={csrfToken(request)}
        action={opts.rule ? `${DUTIES_PATH}/${opts.rule.id}` : DUTIES_PATH}
        values={opts.values}
        errors={opts.errors}
        staffOptions={staff}
        siteOptions={sites}
      />,
      opts.errors ? 422 : 200,
    );
  }

  /** Checks the form, then that the chosen person and site exist; messages keyed by field, in form order. */
  async function parseRule(request: FastifyRequest) {
    const values = ruleValuesFromBody(request.body);
    const checked = checkRule(values);
    const errors: FieldErrors = {};
    if (!checked.ok) {
      for (const f of RULE_FIELDS) {
        const p = checked.problems[f];
        if (p) errors[f] = tv(p.key, { field: tv(`duties.f.${f}`), ...p.params });
      }
      return { values, errors, input: null };
    }
    const input = checked.input;
    if (input.staff_id && !(await staffExists(db, input.staff_id)))
      errors.staff_id = tv("duties.err.staffMissing");
    if (input.site_id && !(await siteExists(db, input.site_id)))
      errors.site_id = tv("duties.err.siteMissing");
    return Object.keys(errors).length > 0
      ? { values, errors, input: null }
      : { values, errors: undefined, input };
  }

  async function loadRule(id: string): Promise<DutyRule> {
    if (!UUID_PATTERN.test(id)) throw notFound();
    const rule = await getRule(db, id.toLowerCase());
    if (!rule) throw notFound();
    return rule;
  }

  app.get(DUTIES_PATH, { config: ACCESS }, async (request, reply) => {
    const rules = await listRules(db);
    const overdue = await countOverdueDuties(db, new Date());
    return sendAdminPage(
      request,
      reply,
      tv("duties.title"),
      <RuleListView rules={rules} overdue={overdue} />,
    );
  });

  app.get(`${DUTIES_PATH}/moi`, { config: ACCESS }, async (request, reply) =>
    sendForm(request, reply, {
      values: {
        title: "",
        subject: "site_leader",
        staff_id: "",
        site_id: "",
        activity: "site_review",
        max_gap_days: "7",
        remind_days_before: "2",
        starts_on: viDate(vnDay(new Date())),
        active: true,
      },
    }),
  );

  app.post(DUTIES_PATH, { config: ACCESS }, async (request, reply) => {
    const parsed = await parseRule(request);
    if (!parsed.input) return sendForm(request, reply, { values: parsed.values, errors: parsed.errors });
    const input = parsed.input;
    const rule = await inTransaction(db, async (tx) => {
      const created = await insertRule(tx, uuidv7(), input, request.staff?.id ?? null, new Date());
      await recordAudit(tx, actorFrom(request), {
        action: "duty_rule.create",
        entityType: "duty_rule",
        entityId: created.id,
        summary: created.title,
        after: created,
      });
      return created;
    });
    await setFlash(request, tv("duties.created", { title: rule.title }));
    return reply.redirect(DUTIES_PATH, 303);
  });

  app.get(BREACHES_PATH, { config: ACCESS }, async (request, reply) => {
    const input = { from: queryText(request.query, "from"), to: queryText(request.query, "to") };
    const title = tv("duties.breaches.title");
    const period = resolvePeriod(input.from, input.to, vnDay(new Date()));
    if (!period.ok) {
      const errors: FieldErrors = {};
      for (const [field, key] of Object.entries(period.errors)) errors[field] = tv(key);
      return sendAdminPage(
        request,
        reply,
        title,
        <BreachesView input={input} errors={errors} data={null} />,
        422,
      );
    }
    const rows = await listDutyBreaches(db, period);
    const fields = { from: viDate(period.from), to: viDate(period.to) };
    return sendAdminPage(
      request,
      reply,
      title,
      <BreachesView
        input={fields}
        data={{ ...period, rows, csvHref: `${BREACHES_CSV_PATH}?${new URLSearchParams(fields).toString()}` }}
      />,
    );
  });

  app.get(BREACHES_CSV_PATH, { config: ACCESS }, async (request, reply) => {
    const period = resolvePeriod(
      queryText(request.query, "from"),
      queryText(request.query, "to"),
      vnDay(new Date()),
    );
    if (!period.ok) {
      const fields: FieldErrors = {};
      for (const [field, key] of Object.entries(period.errors)) fields[field] = tv(key);
      throw new AppError(400, "validation_failed", "errors.validation", {}, fields);
    }
    const rows = await listDutyBreaches(db, period);
    const csv = toCsv(
      [
        tv("duties.breaches.col.who"),
        tv("duties.breaches.col.rule"),
        tv("duties.breaches.col.site"),
        tv("duties.breaches.col.last"),
        tv("duties.breaches.col.due"),
        tv("duties.breaches.col.resumed"),
        tv("duties.breaches.col.overdue"),
      ],
      rows.map((b) => [
        b.staffName,
        b.ruleTitle,
        b.siteName ?? "",
        b.lastActivity ? viDate(b.lastActivity) : tv("duties.never"),
        viDate(b.dueOn),
        b.resumedOn ? viDate(b.resumedOn) : tv("duties.breaches.ongoing"),
        b.daysOverdue,
      ]),
    );
    return reply
      .type("text/csv; charset=utf-8")
      .header("cache-control", "no-store")
      .header(
        "content-disposition",
        `attachment; filename="vi-pham-nhiem-vu-${period.from}-${period.to}.csv"`,
      )
      .send(csv);
  });

  app.get<IdParams>(`${DUTIES_PATH}/:id`, { config: ACCESS }, async (request, reply) => {
    const rule = await loadRule(request.params.id);
    return sendForm(request, reply, { rule, values: valuesFromRule(rule) });
  });

  app.post<IdParams>(`${DUTIES_PATH}/:id`, { config: ACCESS }, async (request, reply) => {
    const rule = await loadRule(request.params.id);
    const parsed = await parseRule(request);
    if (!parsed.input)
      return sendForm(request, reply, { rule, values: parsed.values, errors: parsed.errors });
    const input = parsed.input;
    const saved = await inTransaction(db, async (tx) => {
      const before = await getRule(tx, rule.id, { forUpdate: true });
      if (!before) throw notFound();
      const after = await updateRule(tx, rule.id, input, new Date());
      await recordAudit(tx, actorFrom(request), {
        action: "duty_rule.update",
        entityType: "duty_rule",
        entityId: after.id,
        summary: after.title,
        before,
        after,
      });
      return after;
    });
    await setFlash(request, tv("duties.saved", { title: saved.title }));
    return reply.redirect(DUTIES_PATH, 303);
  });
}
