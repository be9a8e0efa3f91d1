import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { v7 as uuidv7 } from "uuid";
import { csrfToken, registerAdminNav, sendAdminPage } from "../../../platform/admin/shell.js";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import type { Executor, Tx } from "../../../platform/db/transaction.js";
import { notFound } from "../../../platform/http/errors.js";
import { type FieldErrors, validate } from "../../../platform/http/validation.js";
import { viCollator } from "../../../platform/i18n/index.js";
import "../catalogue.js";
import { isUniqueViolation } from "../db-errors.js";
import {
  formString,
  isUuid,
  leadersForStorage,
  parentSchema,
  type UnitFormValues,
  type UnitInput,
  unitSchema,
  unitValuesFromBody,
  unitValuesFromRow,
} from "../domain/unit-input.js";
import {
  flattenTree,
  type PlacementProblem,
  placementProblem,
  possibleParents,
  UNIT_KINDS,
} from "../domain/unit-tree.js";
import { sitesOfUnit } from "../site-store.js";
import type { Unit, UnitKind } from "../tables.js";
import {
  activeDependants,
  getUnit,
  getUnitForUpdate,
  insertUnit,
  listUnits,
  type UnitSummary,
  unitWithIdentifierCode,
  updateUnit,
} from "../unit-store.js";
import { tv } from "../views/admin-text.js";
import { UnitCreateView, UnitEditView, UnitMoveView } from "../views/unit-edit.js";
import { UnitListView } from "../views/unit-list.js";
import {
  backToRowPage,
  indentedOptions,
  listFiltersFrom,
  loadOr404,
  Refusal,
  type SaveOutcome,
  saveChecked,
  switchActive,
} from "./admin-handling.js";

const SYSTEM_ADMIN = { access: { roles: ["system_admin"] as const } };

type IdParams = { Params: { id: string } };

const UNITS_PATH = "/admin/don-vi";

/** Field names as the form shows them, so messages read "Vui lòng nhập Tên đơn vị (tiếng Việt)." */
function unitLabels(leaderRows: number): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const f of [
    "name_vi",
    "name_en",
    "kind",
    "parent_id",
    "short_code",
    "identifier_code",
    "address",
    "phone",
    "email",
    "website",
    "sort_order",
    "leaders",
  ]) {
    labels[f] = tv(`orgs.unit.${f}`);
  }
  for (let i = 0; i < leaderRows; i++) {
    for (const f of ["name", "position", "phone", "email"]) {
      labels[`leaders.${i}.${f}`] = tv("orgs.unit.leaderField", {
        field: tv(`orgs.unit.leader.${f}`),
        n: i + 1,
      });
    }
  }
  return labels;
}

function placementMessage(problem: PlacementProblem, kind: UnitKind, nodes: UnitSummary[]): string {
  switch (problem) {
    case "secondProvince":
      return tv("orgs.unit.place.secondProvince", {
        name: nodes.find((n) => n.kind === "province")?.name_vi ?? "",
      });
    case "wrongParentKind":
      return kind === "commune"
        ? tv("orgs.unit.place.wrongParent.commune")
        : tv("orgs.unit.place.wrongParent.province", { kind: tv(`orgs.kind.${kind}`) });
    default:
      return tv(`orgs.unit.place.${problem}`);
  }
}

/** Parents a new unit may be created under: the province and the districts that are active, in tree order. */
function parentOptions(nodes: UnitSummary[]) {
  const candidates = nodes.filter((n) => n.active && (n.kind === "province" || n.kind === "district"));
  return indentedOptions(flattenTree(candidates, viCollator));
}

/** Checks that need the database: where the unit goes, whether its parent is active, and that its code is free. */
async function checkAgainstTree(
  db: Executor,
  input: { unitId?: string; kind: UnitKind; parentId: string | null; identifierCode: string | null },
  opts: { placementField: "parent_id" | "kind"; parentMustBeActive: boolean },
): Promise<{ errors: FieldErrors; nodes: UnitSummary[] }> {
  const { placementField } = opts;
  const errors: FieldErrors = {};
  const nodes = await listUnits(db);
  const problem = placementProblem(nodes, {
    unitId: input.unitId,
    kind: input.kind,
    parentId: input.parentId,
  });
  if (problem) {
    errors[placementField] = placementMessage(problem, input.kind, nodes);
  } else if (input.parentId && opts.parentMustBeActive) {
    const parent = nodes.find((n) => n.id === input.parentId);
    if (parent && !parent.active)
      errors[placementField] = tv("orgs.unit.parentInactive", { name: parent.name_vi });
  }
  if (input.identifierCode) {
    const holder = await unitWithIdentifierCode(db, input.identifierCode, input.unitId);
    if (holder)
      errors.identifier_code = tv("orgs.unit.identifierTaken", {
        code: input.identifierCode,
        unit: holder.name_vi,
      });
  }
  return { errors, nodes };
}

function unitColumns(data: UnitInput) {
  return {
    name_vi: data.name_vi,
    name_en: data.name_en,
    kind: data.kind,
    short_code: data.short_code,
    identifier_code: data.identifier_code,
    address: data.address,
    phone: data.phone,
    email: data.email,
    website: data.website,
    sort_order: data.sort_order,
    leaders: leadersForStorage(data.leaders),
  };
}

/** When a concurrent save took the code between our check and our write. */
function identifierTakenErrors(code: string | null): FieldErrors {
  return { identifier_code: tv("orgs.unit.identifierTakenElsewhere", { code: code ?? "" }) };
}

async function loadUnitOr404(db: Executor, id: string): Promise<Unit> {
  return loadOr404(db, id, getUnit);
}

export async function unitAdminRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  registerAdminNav({
    label: tv("orgs.nav.units"),
    href: "/admin/don-vi",
    roles: ["system_admin"],
    order: 20,
  });

  function sendCreate(
    request: FastifyRequest,
    reply: FastifyReply,
    values: UnitFormValues,
    nodes: UnitSummary[],
    errors?: FieldErrors,
    status = 200,
  ) {
    return sendAdminPage(
      request,
      reply,
      tv("orgs.units.create"),
      <UnitCreateView
        csrf={csrfToken(request)}
        values={values}
        errors={errors}
        parentOptions={parentOptions(nodes)}
      />,
      status,
    );
  }

  async function sendEdit(
    request: FastifyRequest,
    reply: FastifyReply,
    unit: Unit,
    values: UnitFormValues,
    errors: FieldErrors | undefined,
    status = 200,
  ) {
    const parent = unit.parent_id ? ((await getUnit(db, unit.parent_id)) ?? null) : null;
    const sites = await sitesOfUnit(db, unit.id);
    sites.sort((a, b) => viCollator.compare(a.name_vi, b.name_vi));
    return sendAdminPage(
      request,
      reply,
      tv("orgs.units.editTitle", { name: unit.name_vi }),
      <UnitEditView
        csrf={csrfToken(request)}
        unit={unit}
        parent={parent}
        sites={sites}
        values={values}
        errors={errors}
      />,
      status,
    );
  }

  app.get<{ Querystring: Record<string, unknown> }>(
    "/admin/don-vi",
    { config: SYSTEM_ADMIN },
    async (request, reply) => {
      const { q, kind, active, form } = listFiltersFrom(request.query, UNIT_KINDS);
      const all = await listUnits(db);
      const filtered = q || kind || active !== undefined ? await listUnits(db, { q, kind, active }) : all;
      const parentNames = new Map(all.map((u) => [u.id, u.name_vi]));
      return sendAdminPage(
        request,
        reply,
        tv("orgs.units.title"),
        <UnitListView rows={flattenTree(filtered, viCollator)} parentNames={parentNames} filters={form} />,
      );
    },
  );

  app.get<{ Querystring: Record<string, unknown> }>(
    "/admin/don-vi/moi",
    { config: SYSTEM_ADMIN },
    async (request, reply) => {
      const nodes = await listUnits(db);
      const wanted = formString(request.query.cap_tren);
      const parent = isUuid(wanted) ? nodes.find((n) => n.id === wanted.toLowerCase()) : undefined;
      const province = nodes.find((n) => n.kind === "province");
      const values = unitValuesFromBody({});
      values.parent_id = parent?.id ?? province?.id ?? "";
      values.kind = !province ? "province" : parent?.kind === "district" ? "commune" : "department";
      return sendCreate(request, reply, values, nodes);
    },
  );

  app.post("/admin/don-vi", { config: SYSTEM_ADMIN }, async (request, reply) => {
    const values = unitValuesFromBody(request.body);
    const labels = unitLabels(values.leaders.length);
    const parsed = validate(unitSchema, values, "vi", labels);
    const parentParsed = validate(parentSchema, { parent_id: values.parent_id }, "vi", labels);
    let outcome: SaveOutcome<Unit> = {
      ok: false,
      errors: { ...(parsed.ok ? {} : parsed.errors), ...(parentParsed.ok ? {} : parentParsed.errors) },
    };
    if (parsed.ok && parentParsed.ok) {
      const data = parsed.data;
      const parentId = parentParsed.data.parent_id;
      outcome = await saveChecked(
        db,
        async (tx) => {
          const check = await checkAgainstTree(
            tx,
            { kind: data.kind, parentId, identifierCode: data.identifier_code },
            { placementField: "parent_id", parentMustBeActive: true },
          );
          if (Object.keys(check.errors).length > 0) return new Refusal(check.errors);
          const unit = await insertUnit(tx, { id: uuidv7(), parent_id: parentId, ...unitColumns(data) });
          await recordAudit(tx, actorFrom(request), {
            action: "unit.create",
            entityType: "unit",
            entityId: unit.id,
            summary: unit.name_vi,
            after: unit,
          });
          return unit;
        },
        (err) => {
          if (isUniqueViolation(err, "units_identifier_code_key"))
            return identifierTakenErrors(data.identifier_code);
          if (isUniqueViolation(err, "units_one_province"))
            return { parent_id: tv("orgs.unit.place.provinceExists") };
          return null;
        },
      );
    }
    if (!outcome.ok) {
      return sendCreate(request, reply, values, await listUnits(db), outcome.errors, 422);
    }
    const created = outcome.row;
    return backToRowPage(request, reply, UNITS_PATH, created, "orgs.unit.created");
  });

  app.get<IdParams>("/admin/don-vi/:id", { config: SYSTEM_ADMIN }, async (request, reply) => {
    const unit = await loadUnitOr404(db, request.params.id);
    return sendEdit(request, reply, unit, unitValuesFromRow(unit), undefined);
  });

  app.post<IdParams>("/admin/don-vi/:id", { config: SYSTEM_ADMIN }, async (request, reply) => {
    const current = await loadUnitOr404(db, request.params.id);
    const values = unitValuesFromBody(request.body);
    const parsed = validate(unitSchema, values, "vi", unitLabels(values.leaders.length));
    let outcome: SaveOutcome<Unit> = { ok: false, errors: parsed.ok ? {} : parsed.errors };
    if (parsed.ok) {
      const data = parsed.data;
      outcome = await saveChecked(
        db,
        async (tx) => {
          const before = await getUnitForUpdate(tx, current.id);
          if (!before) throw notFound();
          const check = await checkAgainstTree(
            tx,
            {
              unitId: before.id,
              kind: data.kind,
              parentId: before.parent_id,
              identifierCode: data.identifier_code,
            },
            // The parent's state does not block editing a unit's own details.
            { placementField: "kind", parentMustBeActive: false },
          );
          if (Object.keys(check.errors).length > 0) return new Refusal(check.errors);
          const after = await updateUnit(tx, before.id, unitColumns(data));
          await recordAudit(tx, actorFrom(request), {
            action: "unit.update",
            entityType: "unit",
            entityId: after.id,
            summary: after.name_vi,
            before,
            after,
          });
          return after;
        },
        (err) =>
          isUniqueViolation(err, "units_identifier_code_key")
            ? identifierTakenErrors(data.identifier_code)
            : null,
      );
    }
    if (!outcome.ok) return sendEdit(request, reply, current, values, outcome.errors, 422);
    const saved = outcome.row;
    return backToRowPage(request, reply, UNITS_PATH, saved, "orgs.unit.saved");
  });

  async function sendMove(
    request: FastifyRequest,
    reply: FastifyReply,
    unit: Unit,
    value: string,
    errors: FieldErrors | undefined,
    status = 200,
  ) {
    const nodes = await listUnits(db);
    const parent = nodes.find((n) => n.id === unit.parent_id) ?? null;
    const options = flattenTree(
      possibleParents(nodes, unit).filter((n) => n.active),
      viCollator,
    ).map(({ node }) => ({ value: node.id, label: node.name_vi }));
    return sendAdminPage(
      request,
      reply,
      tv("orgs.units.moveTitle", { name: unit.name_vi }),
      <UnitMoveView
        csrf={csrfToken(request)}
        unit={unit}
        parent={parent}
        options={options}
        value={value}
        errors={errors}
      />,
      status,
    );
  }

  app.get<IdParams>("/admin/don-vi/:id/chuyen", { config: SYSTEM_ADMIN }, async (request, reply) => {
    const unit = await loadUnitOr404(db, request.params.id);
    return sendMove(request, reply, unit, unit.parent_id ?? "", undefined);
  });

  app.post<IdParams>("/admin/don-vi/:id/chuyen", { config: SYSTEM_ADMIN }, async (request, reply) => {
    const unit = await loadUnitOr404(db, request.params.id);
    const raw = formString((request.body as Record<string, unknown> | undefined)?.parent_id);
    const parsed = validate(parentSchema, { parent_id: raw }, "vi", unitLabels(0));
    let outcome: SaveOutcome<{ unit: Unit; parentName: string }> = {
      ok: false,
      errors: parsed.ok ? {} : parsed.errors,
    };
    if (parsed.ok) {
      const parentId = parsed.data.parent_id;
      outcome = await saveChecked(db, async (tx) => {
        const before = await getUnitForUpdate(tx, unit.id);
        if (!before) throw notFound();
        const check = await checkAgainstTree(
          tx,
          { unitId: before.id, kind: before.kind, parentId, identifierCode: null },
          { placementField: "parent_id", parentMustBeActive: true },
        );
        if (Object.keys(check.errors).length > 0) return new Refusal(check.errors);
        const after = await updateUnit(tx, before.id, { parent_id: parentId });
        await recordAudit(tx, actorFrom(request), {
          action: "unit.move",
          entityType: "unit",
          entityId: after.id,
          summary: after.name_vi,
          before: { parent_id: before.parent_id },
          after: { parent_id: after.parent_id },
        });
        return { unit: after, parentName: check.nodes.find((n) => n.id === parentId)?.name_vi ?? "" };
      });
    }
    if (!outcome.ok) return sendMove(request, reply, unit, raw, outcome.errors, 422);
    const moved = outcome.row;
    return backToRowPage(request, reply, UNITS_PATH, moved.unit, "orgs.unit.moved", {
      parent: moved.parentName,
    });
  });

  /** Deactivating waits for the active units and sites under it; reactivating, for an active parent. */
  async function whatBlocksSwitch(tx: Tx, before: Unit, active: boolean): Promise<string | null> {
    if (active) {
      const parent = before.parent_id ? await getUnit(tx, before.parent_id) : undefined;
      return parent && !parent.active
        ? tv("orgs.unit.reactivateBlocked", { unit: before.name_vi, parent: parent.name_vi })
        : null;
    }
    const blockers = await activeDependants(tx, before.id);
    if (blockers.units.length === 0 && blockers.sites.length === 0) return null;
    const names = (list: { name_vi: string }[]) =>
      list
        .map((x) => x.name_vi)
        .sort(viCollator.compare)
        .join(", ");
    const items = [
      blockers.units.length ? tv("orgs.unit.blockedUnits", { names: names(blockers.units) }) : "",
      blockers.sites.length ? tv("orgs.unit.blockedSites", { names: names(blockers.sites) }) : "",
    ].filter(Boolean);
    return tv("orgs.unit.deactivateBlocked", { unit: before.name_vi, items: items.join(" và ") });
  }

  async function setActive(request: FastifyRequest, reply: FastifyReply, id: string, active: boolean) {
    const unit = await loadUnitOr404(db, id);
    const outcome = await switchActive(db, request, {
      entityType: "unit",
      id: unit.id,
      active,
      lockForUpdate: getUnitForUpdate,
      update: updateUnit,
      refusal: (tx, before) => whatBlocksSwitch(tx, before, active),
    });
    if (!outcome.ok)
      return sendEdit(request, reply, unit, unitValuesFromRow(unit), { _: outcome.refusal }, 409);
    const done = outcome.row;
    return backToRowPage(
      request,
      reply,
      UNITS_PATH,
      done,
      active ? "orgs.unit.reactivated" : "orgs.unit.deactivated",
    );
  }

  app.post<IdParams>("/admin/don-vi/:id/ngung-hoat-dong", { config: SYSTEM_ADMIN }, async (request, reply) =>
    setActive(request, reply, request.params.id, false),
  );
  app.post<IdParams>("/admin/don-vi/:id/kich-hoat", { config: SYSTEM_ADMIN }, async (request, reply) =>
    setActive(request, reply, request.params.id, true),
  );
}
