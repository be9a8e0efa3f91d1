import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import type { Db } from "../../../platform/db/connection.js";
import type { Executor } from "../../../platform/db/transaction.js";
import "../tables.js";
import "../../citizens/tables.js";
import type { PlanCitizen, PlannedDossier, PlanProcedure, PlanUnit } from "./plan.js";

/** What the planner needs from the database: published procedures, their units with staff, demo citizens. */
export async function loadPlanInputs(db: Executor): Promise<{
  procedures: PlanProcedure[];
  units: Map<string, PlanUnit>;
  citizens: PlanCitizen[];
}> {
  const procs = await db
    .selectFrom("procedures")
    .select(["id", "unit_id", "processing_days", "online_class", "postal_return", "steps"])
    .where("published", "=", true)
    .orderBy("code")
    .execute();
  const procedures = procs.map((p) => ({
    id: p.id,
    unitId: p.unit_id,
    processingDays: p.processing_days,
    onlineClass: p.online_class,
    postalReturn: p.postal_return,
    leaderStep: (p.steps ?? []).some((s) => s.role === "leader"),
  }));
  const unitRows = await db
    .selectFrom("units")
    .select(["id", "identifier_code", "short_code"])
    .where("active", "=", true)
    .where("kind", "!=", "province")
    .orderBy("id")
    .execute();
  const staff = await db
    .selectFrom("role_grants as g")
    .innerJoin("staff_users as s", "s.id", "g.user_id")
    .select(["g.unit_id", "g.role", "s.id"])
    .where("s.active", "=", true)
    .where("g.unit_id", "is not", null)
    .where("g.role", "in", ["one_stop_officer", "specialist", "leader"])
    .orderBy("s.username")
    .execute();
  const units = new Map<string, PlanUnit>();
  for (const u of unitRows) {
    units.set(u.id, {
      id: u.id,
      identifierCode: u.identifier_code ?? u.short_code,
      officerId: null,
      specialistId: null,
      leaderId: null,
    });
  }
  for (const s of staff) {
    const unit = units.get(s.unit_id as string);
    if (!unit) continue;
    if (s.role === "one_stop_officer") unit.officerId ??= s.id;
    if (s.role === "specialist") unit.specialistId ??= s.id;
    if (s.role === "leader") unit.leaderId ??= s.id;
  }
  const citizenRows = await db
    .selectFrom("citizens")
    .select(["id", "full_name", "phone", "email", "id_number", "address"])
    .orderBy("id")
    .limit(200)
    .execute();
  const citizens = citizenRows
    .filter((c) => c.full_name.trim() !== "")
    .map((c) => ({
      id: c.id,
      fullName: c.full_name,
      phone: c.phone,
      email: c.email,
      idNumber: c.id_number,
      address: c.address,
    }));
  return { procedures, units, citizens };
}

const BATCH = 2000;

/**
 * Writes planned dossiers, their events and apology slips. Each batch goes as ONE JSON parameter expanded by
 * `jsonb_to_recordset` (a few statements in all): on the embedded PGlite, binding thousands of parameters costs far
 * more than the insert itself.
 */
export async function insertPlanned(tx: Executor, dossiers: readonly PlannedDossier[]): Promise<void> {
  for (let i = 0; i < dossiers.length; i += BATCH) {
    const batch = dossiers.slice(i, i + BATCH);
    const rows = batch.map((d) => ({
      id: d.id,
      code: d.code,
      procedure_id: d.procedureId,
      unit_id: d.unitId,
      current_unit_id: d.currentUnitId,
      assignee_id: d.assigneeId,
      citizen_id: d.citizenId,
      applicant: d.applicant,
      applicant_name: d.applicant.fullName,
      applicant_phone: d.applicant.phone ?? null,
      applicant_email: d.applicant.email ?? null,
      applicant_id_number: d.applicant.idNumber ?? null,
      receipt_channel: d.receiptChannel,
      return_channel: d.returnChannel,
      state: d.state,
      submitted_at: d.submittedAt.toISOString(),
      received_at: d.receivedAt?.toISOString() ?? null,
      due_on: d.dueOn,
      paused_at: d.pausedAt?.toISOString() ?? null,
      paused_days_left: d.pausedDaysLeft,
      resolved_at: d.resolvedAt?.toISOString() ?? null,
      returned_at: d.returnedAt?.toISOString() ?? null,
      ended_at: d.endedAt?.toISOString() ?? null,
      end_kind: d.endKind,
      end_reason: d.endReason,
      apology_due_on: d.apologyDueOn,
      registered_by: d.registeredBy,
      // The QR secret stays random: demo codes are public, their lookup tokens must not be derivable.
      lookup_token: randomBytes(16).toString("base64url"),
      version: d.events.length,
      updated_at: (d.events.at(-1)?.at ?? d.submittedAt).toISOString(),
    }));
    await sql`
      insert into dossiers (id, code, procedure_id, unit_id, current_unit_id, assignee_id, citizen_id, applicant,
        applicant_name, applicant_phone, applicant_email, applicant_id_number, form_data, receipt_channel,
        return_channel, state, submitted_at, received_at, due_on, paused_at, paused_days_left, resolved_at,
        returned_at, ended_at, end_kind, end_reason, apology_due_on, registered_by, lookup_token, version,
        created_at, updated_at)
      select id, code, procedure_id, unit_id, current_unit_id, assignee_id, citizen_id, applicant,
        applicant_name, applicant_phone, applicant_email, applicant_id_number, '{}'::jsonb, receipt_channel,
        return_channel, state, submitted_at, received_at, due_on, paused_at, paused_days_left, resolved_at,
        returned_at, ended_at, end_kind, end_reason, apology_due_on, registered_by, lookup_token, version,
        submitted_at, updated_at
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id uuid, code text, procedure_id uuid,
        unit_id uuid, current_unit_id uuid, assignee_id uuid, citizen_id uuid, applicant jsonb, applicant_name text,
        applicant_phone text, applicant_email text, applicant_id_number text, receipt_channel text,
        return_channel text, state text, submitted_at timestamptz, received_at timestamptz, due_on date,
        paused_at timestamptz, paused_days_left integer, resolved_at timestamptz, returned_at timestamptz,
        ended_at timestamptz, end_kind text, end_reason text, apology_due_on date, registered_by uuid,
        lookup_token text, version integer, updated_at timestamptz)`.execute(tx);
    const events = batch.flatMap((d) =>
      d.events.map((e) => ({ ...e, dossier_id: d.id, at: e.at.toISOString() })),
    );
    await sql`
      insert into dossier_events (dossier_id, action, from_state, to_state, actor_staff_id, actor_citizen_id,
        from_unit_id, to_unit_id, from_assignee_id, to_assignee_id, note, due_on, at)
      select dossier_id, action, from_state, to_state, actor_staff_id, actor_citizen_id, from_unit_id, to_unit_id,
        from_assignee_id, to_assignee_id, note, due_on, at
      from jsonb_to_recordset(${JSON.stringify(events)}::jsonb) as x(dossier_id uuid, action text, from_state text,
        to_state text, actor_staff_id uuid, actor_citizen_id uuid, from_unit_id uuid, to_unit_id uuid,
        from_assignee_id uuid, to_assignee_id uuid, note text, due_on date, at timestamptz)
      order by at`.execute(tx);
    const apologies = batch.flatMap((d) => d.apologies.map((a) => ({ ...a, dossier_id: d.id })));
    if (apologies.length > 0) await tx.insertInto("dossier_apologies").values(apologies).execute();
  }
}

/** Raises the code counters to the last sequences used ("agency|day" → seq), never lowering one. */
export async function raiseCounters(tx: Executor, last: ReadonlyMap<string, number>): Promise<void> {
  const rows = [...last].map(([key, seq]) => {
    const [agency, day] = key.split("|") as [string, string];
    return { agency_code: agency, day, last_seq: seq };
  });
  for (let i = 0; i < rows.length; i += 2000) {
    await tx
      .insertInto("dossier_code_counters")
      .values(rows.slice(i, i + 2000))
      .onConflict((oc) =>
        oc.columns(["agency_code", "day"]).doUpdateSet((eb) => ({
          last_seq: eb.fn("greatest", [
            eb.ref("dossier_code_counters.last_seq"),
            eb.ref("excluded.last_seq"),
          ]),
        })),
      )
      .execute();
  }
}

/** The counters already used, for codes added after them. */
export async function readCounters(db: Db): Promise<Map<string, number>> {
  const rows = await db.selectFrom("dossier_code_counters").selectAll().execute();
  return new Map(rows.map((r) => [`${r.agency_code}|${String(r.day)}`, r.last_seq]));
}
