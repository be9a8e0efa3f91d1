import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { v7 as uuidv7 } from "uuid";
import { z } from "zod";
import { registerAdminHomePanel } from "../../../platform/admin/home-panels.js";
import { csrfToken, registerAdminNav, sendAdminPage, setFlash } from "../../../platform/admin/shell.js";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import {
  generateTemporaryPassword,
  hashPassword,
  resetStaffPassword,
  resetStaffTotp,
} from "../../../platform/auth/index.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { notFound } from "../../../platform/http/errors.js";
import { type FieldErrors, validate } from "../../../platform/http/validation.js";
import { auth as authCatalogue } from "../../../platform/i18n/catalogues/auth.js";
import { registerCatalogue, t } from "../../../platform/i18n/index.js";
import { isVietnamesePhone } from "../../../platform/i18n/vietnamese-phone.js";
import { grantScopeFor, ROLE_LABELS_VI } from "../../../platform/rbac/grant-scope.js";
import { sitesFor } from "../../../platform/rbac/grants.js";
import { isRole, type Role } from "../../../platform/rbac/roles.js";
import { isUniqueViolation } from "../db-errors.js";
import { formString, isUuid } from "../domain/unit-input.js";
import {
  deleteGrant,
  getGrant,
  getStaff,
  grantExists,
  insertGrant,
  insertStaff,
  listGrants,
  listStaff,
  otherActiveSystemAdmins,
  type StaffRow,
  siteExists,
  siteOptions,
  sitesByIds,
  unitExists,
  unitOptions,
  updateStaff,
  usernameTaken,
} from "../staff-store.js";
import { type GrantFormValues, StaffDetailView } from "../views/staff-detail.js";
import { StaffCreateView, type StaffFormValues, TemporaryPasswordView } from "../views/staff-form.js";
import { StaffListView } from "../views/staff-list.js";
import { StaffSitesPanel } from "../views/staff-sites-panel.js";

registerCatalogue(authCatalogue);

const sv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);
const SYSTEM_ADMIN = { access: { roles: ["system_admin"] as const } };
const SITE_ROLES: readonly Role[] = ["site_admin", "editor", "approver"];

type IdParams = { Params: { id: string } };

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === "" ? null : v));

const detailsSchema = z.object({
  full_name: z.string().trim().min(1).max(200),
  email: z
    .string()
    .trim()
    .max(200)
    .transform((v) => (v === "" ? null : v.toLowerCase()))
    .pipe(z.email().nullable()),
  phone: optionalText(20).refine((v) => v === null || isVietnamesePhone(v), "staff.phoneInvalid"),
  unit_id: z
    .string()
    .trim()
    .refine((v) => v === "" || isUuid(v), "staff.unitUnknown")
    .transform((v) => (v === "" ? null : v.toLowerCase())),
  position: optionalText(200),
});

const createSchema = detailsSchema.extend({
  username: z
    .string()
    .trim()
    .min(1)
    .max(50)
    .regex(/^[a-z][a-z0-9._-]{2,49}$/, "staff.usernamePattern"),
});

const LABELS: Record<string, string> = {
  username: sv("staff.field.username"),
  full_name: sv("staff.field.fullName"),
  email: sv("staff.field.email"),
  phone: sv("staff.field.phone"),
  unit_id: sv("staff.field.unit"),
  position: sv("staff.field.position"),
  role: sv("staff.list.role"),
};

function valuesFromBody(body: unknown): StaffFormValues {
  const b = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  return {
    username: formString(b.username).slice(0, 200),
    full_name: formString(b.full_name).slice(0, 1000),
    email: formString(b.email).slice(0, 1000),
    phone: formString(b.phone).slice(0, 200),
    unit_id: formString(b.unit_id).slice(0, 100),
    position: formString(b.position).slice(0, 1000),
  };
}

function valuesFromRow(row: StaffRow): StaffFormValues {
  return {
    username: row.username,
    full_name: row.full_name,
    email: row.email ?? "",
    phone: row.phone ?? "",
    unit_id: row.unit_id ?? "",
    position: row.position ?? "",
  };
}

/** Audit snapshot of an account: what an administrator can change, never secrets. */
function snapshot(
  row: Pick<StaffRow, "username" | "full_name" | "email" | "phone" | "unit_id" | "position" | "active">,
) {
  return {
    username: row.username,
    full_name: row.full_name,
    email: row.email,
    phone: row.phone,
    unit_id: row.unit_id,
    position: row.position,
    active: row.active,
  };
}

async function staffOr404(request: FastifyRequest<IdParams>): Promise<StaffRow> {
  const id = request.params.id;
  if (!isUuid(id)) throw notFound();
  const row = await getStaff(request.server.services.db, id.toLowerCase());
  if (!row) throw notFound();
  return row;
}

/** Staff accounts and their role grants (system admins only), and the admin home's "your sites" panel. */
export async function staffAdminRoutes(app: FastifyInstance): Promise<void> {
  const { db, sessions } = app.services;
  registerAdminNav({ label: sv("staff.nav"), href: "/admin/can-bo", roles: ["system_admin"], order: 25 });
  registerAdminHomePanel({
    id: "orgs.sites",
    order: 10,
    async render(request) {
      const staff = request.staff;
      if (!staff?.grants.some((g) => g.role === "system_admin" || SITE_ROLES.includes(g.role))) return null;
      const ids = sitesFor(staff, SITE_ROLES);
      return <StaffSitesPanel sites={await sitesByIds(db, ids)} all={ids === "all"} />;
    },
  });

  const sendDetail = async (
    request: FastifyRequest,
    reply: FastifyReply,
    staff: StaffRow,
    opts: {
      values?: StaffFormValues;
      errors?: FieldErrors;
      grantValues?: GrantFormValues;
      grantErrors?: FieldErrors;
      status?: number;
    } = {},
  ) => {
    const [grants, units, sites] = await Promise.all([
      listGrants(db, staff.id),
      unitOptions(db),
      siteOptions(db),
    ]);
    return sendAdminPage(
      request,
      reply,
      sv("staff.edit.title", { name: staff.full_name }),
      <StaffDetailView
        csrf={csrfToken(request)}
        staff={staff}
        grants={grants}
        values={opts.values ?? valuesFromRow(staff)}
        errors={opts.errors}
        grantValues={opts.grantValues}
        grantErrors={opts.grantErrors}
        units={units}
        sites={sites}
        isSelf={request.staff?.id === staff.id}
      />,
      opts.status ?? 200,
    );
  };

  app.get<{ Querystring: Record<string, unknown> }>(
    "/admin/can-bo",
    { config: SYSTEM_ADMIN },
    async (request, reply) => {
      const q = formString(request.query.q).trim().slice(0, 200);
      const unitRaw = formString(request.query.unit).trim();
      const roleRaw = formString(request.query.role).trim();
      const pageRaw = Number.parseInt(formString(request.query.page), 10);
      const unitId = isUuid(unitRaw) ? unitRaw.toLowerCase() : undefined;
      const role = isRole(roleRaw) ? roleRaw : undefined;
      const [result, units] = await Promise.all([
        listStaff(db, { q, unitId, role, page: Number.isFinite(pageRaw) ? pageRaw : 1 }),
        unitOptions(db),
      ]);
      return sendAdminPage(
        request,
        reply,
        sv("staff.list.title"),
        <StaffListView
          rows={result.rows}
          total={result.total}
          page={result.page}
          pages={result.pages}
          filters={{ q, unit: unitId ?? "", role: role ?? "" }}
          units={units}
        />,
      );
    },
  );

  const sendCreate = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: StaffFormValues,
    errors?: FieldErrors,
    status = 200,
  ) =>
    sendAdminPage(
      request,
      reply,
      sv("staff.create.title"),
      <StaffCreateView
        csrf={csrfToken(request)}
        values={values}
        errors={errors}
        units={await unitOptions(db)}
      />,
      status,
    );

  app.get("/admin/can-bo/them", { config: SYSTEM_ADMIN }, (request, reply) =>
    sendCreate(request, reply, valuesFromBody({})),
  );

  app.post("/admin/can-bo/them", { config: SYSTEM_ADMIN }, async (request, reply) => {
    const values = valuesFromBody(request.body);
    const parsed = validate(createSchema, values, "vi", LABELS);
    if (!parsed.ok) return sendCreate(request, reply, values, parsed.errors, 422);
    const data = parsed.data;
    const errors: FieldErrors = {};
    if (await usernameTaken(db, data.username)) errors.username = sv("staff.usernameTaken");
    if (data.unit_id && !(await unitExists(db, data.unit_id))) errors.unit_id = sv("staff.unitUnknown");
    if (Object.keys(errors).length) return sendCreate(request, reply, values, errors, 422);

    const temporaryPassword = generateTemporaryPassword();
    const passwordHash = await hashPassword(temporaryPassword);
    const id = uuidv7();
    const columns = {
      full_name: data.full_name,
      email: data.email,
      phone: data.phone,
      unit_id: data.unit_id,
      position: data.position,
    };
    try {
      await inTransaction(db, async (tx) => {
        await insertStaff(tx, { id, username: data.username, password_hash: passwordHash, ...columns });
        await recordAudit(tx, actorFrom(request), {
          action: "staff.create",
          entityType: "staff_user",
          entityId: id,
          summary: `${data.full_name} (${data.username})`,
          after: { username: data.username, ...columns, active: true },
        });
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      return sendCreate(request, reply, values, { username: sv("staff.usernameTaken") }, 422);
    }
    return sendAdminPage(
      request,
      reply,
      sv("staff.created.title"),
      <TemporaryPasswordView
        message={sv("staff.created.body", { username: data.username })}
        password={temporaryPassword}
        staffId={id}
      />,
    );
  });

  app.get<IdParams>("/admin/can-bo/:id", { config: SYSTEM_ADMIN }, async (request, reply) => {
    return sendDetail(request, reply, await staffOr404(request));
  });

  app.post<IdParams>("/admin/can-bo/:id", { config: SYSTEM_ADMIN }, async (request, reply) => {
    const staff = await staffOr404(request);
    const values = { ...valuesFromBody(request.body), username: staff.username };
    const parsed = validate(detailsSchema, values, "vi", LABELS);
    if (!parsed.ok) return sendDetail(request, reply, staff, { values, errors: parsed.errors, status: 422 });
    const data = parsed.data;
    if (data.unit_id && !(await unitExists(db, data.unit_id))) {
      return sendDetail(request, reply, staff, {
        values,
        errors: { unit_id: sv("staff.unitUnknown") },
        status: 422,
      });
    }
    await inTransaction(db, async (tx) => {
      const before = await getStaff(tx, staff.id, { forUpdate: true });
      if (!before) throw notFound();
      await updateStaff(tx, staff.id, data);
      await recordAudit(tx, actorFrom(request), {
        action: "staff.update",
        entityType: "staff_user",
        entityId: staff.id,
        summary: `${data.full_name} (${staff.username})`,
        before: snapshot(before),
        after: snapshot({ ...before, ...data }),
      });
    });
    await setFlash(request, sv("staff.saved"));
    return reply.redirect(`/admin/can-bo/${staff.id}`, 303);
  });

  app.post<IdParams>(
    "/admin/can-bo/:id/ngung-hoat-dong",
    { config: SYSTEM_ADMIN },
    async (request, reply) => {
      const staff = await staffOr404(request);
      if (request.staff?.id === staff.id) {
        return sendDetail(request, reply, staff, {
          errors: { _: sv("staff.cannotDeactivateSelf") },
          status: 422,
        });
      }
      const refused = await inTransaction(db, async (tx) => {
        const before = await getStaff(tx, staff.id, { forUpdate: true });
        if (!before) throw notFound();
        if (!before.active) return false;
        const grants = await listGrants(tx, staff.id);
        if (
          grants.some((g) => g.role === "system_admin") &&
          (await otherActiveSystemAdmins(tx, staff.id)) === 0
        ) {
          return true;
        }
        await updateStaff(tx, staff.id, { active: false });
        await recordAudit(tx, actorFrom(request), {
          action: "staff.deactivate",
          entityType: "staff_user",
          entityId: staff.id,
          summary: `${before.full_name} (${before.username})`,
          before: { active: true },
          after: { active: false },
        });
        return false;
      });
      if (refused) {
        return sendDetail(request, reply, staff, {
          errors: { _: sv("staff.grants.lastAdmin") },
          status: 422,
        });
      }
      await sessions.destroyAllForUser(staff.id);
      await setFlash(request, sv("staff.deactivated"));
      return reply.redirect(`/admin/can-bo/${staff.id}`, 303);
    },
  );

  app.post<IdParams>("/admin/can-bo/:id/kich-hoat", { config: SYSTEM_ADMIN }, async (request, reply) => {
    const staff = await staffOr404(request);
    await inTransaction(db, async (tx) => {
      const before = await getStaff(tx, staff.id, { forUpdate: true });
      if (!before) throw notFound();
      if (before.active) return;
      await updateStaff(tx, staff.id, { active: true });
      await recordAudit(tx, actorFrom(request), {
        action: "staff.reactivate",
        entityType: "staff_user",
        entityId: staff.id,
        summary: `${before.full_name} (${before.username})`,
        before: { active: false },
        after: { active: true },
      });
    });
    await setFlash(request, sv("staff.reactivated"));
    return reply.redirect(`/admin/can-bo/${staff.id}`, 303);
  });

  app.post<IdParams>("/admin/can-bo/:id/vai-tro", { config: SYSTEM_ADMIN }, async (request, reply) => {
    const staff = await staffOr404(request);
    const body = (request.body && typeof request.body === "object" ? request.body : {}) as Record<
      string,
      unknown
    >;
    const grantValues: GrantFormValues = {
      role: formString(body.role).trim().slice(0, 50),
      unit_id: formString(body.grant_unit_id).trim().slice(0, 100),
      site_id: formString(body.site_id).trim().slice(0, 100),
    };
    const fail = (grantErrors: FieldErrors) =>
      sendDetail(request, reply, staff, { grantValues, grantErrors, status: 422 });
    if (!grantValues.role)
      return fail({ role: t("vi", "validation.required", { field: LABELS.role ?? "" }) });
    if (!isRole(grantValues.role))
      return fail({ role: t("vi", "validation.invalidChoice", { field: LABELS.role ?? "" }) });
    const role = grantValues.role;
    const scope = grantScopeFor(role, {
      unitId: isUuid(grantValues.unit_id) ? grantValues.unit_id.toLowerCase() : null,
      siteId: isUuid(grantValues.site_id) ? grantValues.site_id.toLowerCase() : null,
    });
    if (!scope.ok) {
      return fail(
        scope.problem === "needSite"
          ? { site_id: sv("staff.grants.needSite") }
          : { grant_unit_id: sv("staff.grants.needUnit") },
      );
    }
    if (scope.siteId && !(await siteExists(db, scope.siteId)))
      return fail({ site_id: sv("staff.grants.siteUnknown") });
    if (scope.unitId && !(await unitExists(db, scope.unitId)))
      return fail({ grant_unit_id: sv("staff.unitUnknown") });
    const grant = { role, unitId: scope.unitId, siteId: scope.siteId };
    const id = uuidv7();
    let duplicate = false;
    try {
      duplicate = await inTransaction(db, async (tx) => {
        if (await grantExists(tx, staff.id, grant)) return true;
        await insertGrant(tx, { id, user_id: staff.id, role, unit_id: scope.unitId, site_id: scope.siteId });
        await recordAudit(tx, actorFrom(request), {
          action: "staff.grant_add",
          entityType: "staff_user",
          entityId: staff.id,
          summary: `${ROLE_LABELS_VI[role]} – ${staff.username}`,
          after: { grantId: id, ...grant },
        });
        return false;
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      duplicate = true;
    }
    if (duplicate) return fail({ role: sv("staff.grants.exists") });
    await setFlash(request, sv("staff.grants.added", { role: ROLE_LABELS_VI[role] }));
    return reply.redirect(`/admin/can-bo/${staff.id}`, 303);
  });

  app.post<{ Params: { id: string; grantId: string } }>(
    "/admin/can-bo/:id/vai-tro/:grantId/thu-hoi",
    { config: SYSTEM_ADMIN },
    async (request, reply) => {
      const staff = await staffOr404(request);
      if (!isUuid(request.params.grantId)) throw notFound();
      const grantId = request.params.grantId.toLowerCase();
      const outcome = await inTransaction(db, async (tx) => {
        await getStaff(tx, staff.id, { forUpdate: true });
        const grant = await getGrant(tx, staff.id, grantId);
        if (!grant) return "missing" as const;
        if (
          grant.role === "system_admin" &&
          staff.active &&
          (await otherActiveSystemAdmins(tx, staff.id)) === 0
        ) {
          return "lastAdmin" as const;
        }
        await deleteGrant(tx, grantId);
        await recordAudit(tx, actorFrom(request), {
          action: "staff.grant_remove",
          entityType: "staff_user",
          entityId: staff.id,
          summary: `${isRole(grant.role) ? ROLE_LABELS_VI[grant.role] : grant.role} – ${staff.username}`,
          before: { grantId, role: grant.role, unitId: grant.unit_id, siteId: grant.site_id },
        });
        return grant.role;
      });
      if (outcome === "missing") throw notFound();
      if (outcome === "lastAdmin") {
        return sendDetail(request, reply, staff, {
          grantErrors: { role: sv("staff.grants.lastAdmin") },
          status: 422,
        });
      }
      await setFlash(
        request,
        sv("staff.grants.removed", { role: isRole(outcome) ? ROLE_LABELS_VI[outcome] : outcome }),
      );
      return reply.redirect(`/admin/can-bo/${staff.id}`, 303);
    },
  );

  app.post<IdParams>(
    "/admin/can-bo/:id/dat-lai-mat-khau",
    { config: SYSTEM_ADMIN },
    async (request, reply) => {
      const staff = await staffOr404(request);
      const result = await resetStaffPassword(request, staff.id);
      if (!result) throw notFound();
      return sendAdminPage(
        request,
        reply,
        sv("staff.reset.passwordDone.title"),
        <TemporaryPasswordView
          message={sv("staff.reset.passwordDone.body", { username: result.username })}
          password={result.temporaryPassword}
          staffId={staff.id}
        />,
      );
    },
  );

  app.post<IdParams>(
    "/admin/can-bo/:id/dat-lai-xac-thuc",
    { config: SYSTEM_ADMIN },
    async (request, reply) => {
      const staff = await staffOr404(request);
      if (!(await resetStaffTotp(request, staff.id))) throw notFound();
      await setFlash(request, sv("staff.reset.totpDone"));
      return reply.redirect(`/admin/can-bo/${staff.id}`, 303);
    },
  );
}
