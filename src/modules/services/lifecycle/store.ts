/** Reads for the dossier page and its slips: the dossier with its procedure, units, people, files and history. */
import type { Executor } from "../../../platform/db/transaction.js";
import type { ProcedureStep } from "../catalogue/domain/procedure.js";
import type { FormField } from "../catalogue/domain/procedure-form.js";
import type { Dossier, DossierApology, DossierFile } from "../tables.js";
import type { DossierAction, DossierState } from "./domain/state-machine.js";

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface DossierEventRow {
  id: string;
  action: DossierAction;
  from_state: DossierState | null;
  to_state: DossierState;
  actor_name: string | null;
  actor_citizen: boolean;
  from_unit_name: string | null;
  to_unit_name: string | null;
  from_assignee_name: string | null;
  to_assignee_name: string | null;
  note: string | null;
  due_on: string | null;
  at: Date;
}

export interface DossierView {
  dossier: Dossier;
  procedure: {
    id: string;
    code: string;
    name: string;
    field: string;
    processing_days: number;
    steps: ProcedureStep[];
    form_fields: FormField[];
  };
  receivingUnit: { id: string; name: string; identifierCode: string | null };
  currentUnit: { id: string; name: string };
  assigneeName: string | null;
  files: DossierFile[];
  events: DossierEventRow[];
  apologies: (DossierApology & { issued_by_name: string | null })[];
}

export async function getDossierView(db: Executor, id: string): Promise<DossierView | undefined> {
  if (!UUID.test(id)) return undefined;
  const dossier = await db
    .selectFrom("dossiers")
    .selectAll()
    .where("id", "=", id.toLowerCase())
    .executeTakeFirst();
  if (!dossier) return undefined;
  const [procedure, units, assignee, files, events, apologies] = await Promise.all([
    db
      .selectFrom("procedures")
      .select(["id", "code", "name", "field", "processing_days", "steps", "form_fields"])
      .where("id", "=", dossier.procedure_id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("units")
      .select(["id", "name_vi", "identifier_code"])
      .where("id", "in", [dossier.unit_id, dossier.current_unit_id])
      .execute(),
    dossier.assignee_id
      ? db
          .selectFrom("staff_users")
          .select("full_name")
          .where("id", "=", dossier.assignee_id)
          .executeTakeFirst()
      : Promise.resolve(undefined),
    db
      .selectFrom("dossier_files")
      .selectAll()
      .where("dossier_id", "=", dossier.id)
      .orderBy("created_at")
      .orderBy("id")
      .execute(),
    listEvents(db, dossier.id),
    db
      .selectFrom("dossier_apologies")
      .leftJoin("staff_users", "staff_users.id", "dossier_apologies.issued_by")
      .selectAll("dossier_apologies")
      .select("staff_users.full_name as issued_by_name")
      .where("dossier_apologies.dossier_id", "=", dossier.id)
      .orderBy("dossier_apologies.issued_at")
      .execute(),
  ]);
  const unit = (uid: string) => units.find((u) => u.id === uid);
  const receiving = unit(dossier.unit_id);
  const current = unit(dossier.current_unit_id);
  return {
    dossier,
    procedure: {
      ...procedure,
      steps: Array.isArray(procedure.steps) ? procedure.steps : [],
      form_fields: Array.isArray(procedure.form_fields) ? procedure.form_fields : [],
    },
    receivingUnit: {
      id: dossier.unit_id,
      name: receiving?.name_vi ?? "",
      identifierCode: receiving?.identifier_code ?? null,
    },
    currentUnit: { id: dossier.current_unit_id, name: current?.name_vi ?? "" },
    assigneeName: assignee?.full_name ?? null,
    files,
    events,
    apologies,
  };
}

/** The history (the control slip's rows), oldest first, with the names of people and units. */
export async function listEvents(db: Executor, dossierId: string): Promise<DossierEventRow[]> {
  const rows = await db
    .selectFrom("dossier_events as e")
    .leftJoin("staff_users as actor", "actor.id", "e.actor_staff_id")
    .leftJoin("staff_users as fa", "fa.id", "e.from_assignee_id")
    .leftJoin("staff_users as ta", "ta.id", "e.to_assignee_id")
    .leftJoin("units as fu", "fu.id", "e.from_unit_id")
    .leftJoin("units as tu", "tu.id", "e.to_unit_id")
    .select([
      "e.id",
      "e.action",
      "e.from_state",
      "e.to_state",
      "e.actor_citizen_id",
      "e.note",
      "e.due_on",
      "e.at",
      "actor.full_name as actor_name",
      "fa.full_name as from_assignee_name",
      "ta.full_name as to_assignee_name",
      "fu.name_vi as from_unit_name",
      "tu.name_vi as to_unit_name",
    ])
    .where("e.dossier_id", "=", dossierId)
    .orderBy("e.id")
    .execute();
  return rows.map((r) => ({
    id: String(r.id),
    action: r.action,
    from_state: r.from_state,
    to_state: r.to_state,
    actor_name: r.actor_name,
    actor_citizen: r.actor_name === null,
    from_unit_name: r.from_unit_name,
    to_unit_name: r.to_unit_name,
    from_assignee_name: r.from_assignee_name,
    to_assignee_name: r.to_assignee_name,
    note: r.note,
    due_on: r.due_on,
    at: r.at,
  }));
}

/** Active units a dossier may be transferred to (departments, districts, the office), by name. */
export async function transferUnitOptions(db: Executor): Promise<{ id: string; name: string }[]> {
  const rows = await db
    .selectFrom("units")
    .select(["id", "name_vi"])
    .where("active", "=", true)
    .where("kind", "in", ["office", "department", "district"])
    .orderBy("sort_order")
    .orderBy("name_vi")
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name_vi }));
}
