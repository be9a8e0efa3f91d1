import { randomBytes } from "node:crypto";
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

const DOSSIER_BATCH = 500;
const EVENT_BATCH = 1000;

/** Writes planned dossiers, their events and apology slips with multi-row inserts. */
export async function insertPlanned(tx: Executor, dossiers: readonly PlannedDossier[]): Promise<void> {
  for (let i = 0; i < dossiers.length; i += DOSSIER_BATCH) {
    const batch = dossiers.slice(i, i + DOSSIER_BATCH);
    await tx
      .insertInto("dossiers")
      .values(
        batch.map((d) => ({
          id: d.id,
          code: d.code,
          procedure_id: d.procedureId,
          unit_id: d.unitId,
          current_unit_id: d.currentUnitId,
          assignee_id: d.assigneeId,
          citizen_id: d.citizenId,
          applicant: JSON.stringify(d.applicant),
          applicant_name: d.applicant.fullName,
          applicant_phone: d.applicant.phone ?? null,
          applicant_email: d.applicant.email ?? null,
          applicant_id_number: d.applicant.idNumber ?? null,
          form_data: "{}",
          receipt_channel: d.receiptChannel,
          return_channel: d.returnChannel,
          state: d.state,
          submitted_at: d.submittedAt,
          received_at: d.receivedAt,
          due_on: d.dueOn,
          paused_at: d.pausedAt,
          paused_days_left: d.pausedDaysLeft,
          resolved_at: d.resolvedAt,
          returned_at: d.returnedAt,
          ended_at: d.endedAt,
          end_kind: d.endKind,
          end_reason: d.endReason,
          apology_due_on: d.apologyDueOn,
          registered_by: d.registeredBy,
          // The QR secret stays random: demo codes are public, their lookup tokens must not be derivable.
          lookup_token: randomBytes(16).toString("base64url"),
          version: d.events.length,
          created_at: d.submittedAt,
          updated_at: d.events.at(-1)?.at ?? d.submittedAt,
        })),
      )
      .execute();
    const events = batch.flatMap((d) => d.events.map((e) => ({ ...e, dossier_id: d.id })));
    for (let j = 0; j < events.length; j += EVENT_BATCH) {
      await tx
        .insertInto("dossier_events")
        .values(events.slice(j, j + EVENT_BATCH))
        .execute();
    }
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
          last_seq: eb.fn("greatest", [eb.ref("dossier_code_counters.last_seq"), eb.ref("excluded.last_seq")]),
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
