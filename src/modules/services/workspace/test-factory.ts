/**
 * Test data for the workspace: procedures and dossiers written straight to the database with Kysely, in any state
 * and with any dates, without going through submission (tests only).
 */
import { v7 as uuidv7 } from "uuid";
import type { Db } from "../../../platform/db/connection.js";
import type { DossierState } from "../lifecycle/domain/state-machine.js";
import type { Channel } from "../tables.js";
import "../tables.js";

let seq = 0;
const nextSeq = () => {
  seq += 1;
  return seq;
};

export async function insertTestProcedure(
  db: Db,
  opts: { unitId: string; name?: string; field?: string; processingDays?: number; code?: string },
): Promise<{ id: string; code: string; name: string; field: string }> {
  const id = uuidv7();
  const code = opts.code ?? `TEST.${id.slice(-12)}`;
  const name = opts.name ?? `Thủ tục thử nghiệm ${nextSeq()}`;
  const field = opts.field ?? "Hộ tịch";
  await db
    .insertInto("procedures")
    .values({
      id,
      code,
      name,
      field,
      unit_id: opts.unitId,
      level: 3,
      online_class: "partial",
      processing_days: opts.processingDays ?? 5,
    })
    .execute();
  return { id, code, name, field };
}

export interface TestDossierOptions {
  procedureId: string;
  unitId: string;
  currentUnitId?: string;
  state: DossierState;
  code?: string;
  applicantName?: string;
  channel?: Channel;
  receivedAt?: Date | null;
  dueOn?: string | null;
  apologyDueOn?: string | null;
  pausedDaysLeft?: number | null;
  assigneeId?: string | null;
}

export async function insertTestDossier(
  db: Db,
  o: TestDossierOptions,
): Promise<{ id: string; code: string }> {
  const id = uuidv7();
  const code = o.code ?? `TEST-${id.slice(-12)}-${String(nextSeq()).padStart(4, "0")}`;
  const applicantName = o.applicantName ?? "Nguyễn Văn An";
  const receivedAt = o.receivedAt === undefined ? new Date() : o.receivedAt;
  await db
    .insertInto("dossiers")
    .values({
      id,
      code,
      procedure_id: o.procedureId,
      unit_id: o.unitId,
      current_unit_id: o.currentUnitId ?? o.unitId,
      assignee_id: o.assigneeId ?? null,
      citizen_id: null,
      applicant: JSON.stringify({ fullName: applicantName, phone: "0905123456" }),
      applicant_name: applicantName,
      applicant_phone: "0905123456",
      applicant_email: null,
      applicant_id_number: null,
      form_data: JSON.stringify({}),
      receipt_channel: o.channel ?? "online",
      return_channel: "online",
      state: o.state,
      submitted_at: receivedAt ?? new Date(),
      received_at: o.state === "submitted" ? null : receivedAt,
      due_on: o.dueOn ?? null,
      paused_at: o.state === "supplement_requested" ? new Date() : null,
      paused_days_left: o.pausedDaysLeft ?? null,
      resolved_at: null,
      returned_at: null,
      ended_at: null,
      end_kind: null,
      end_reason: null,
      apology_due_on: o.apologyDueOn ?? null,
      registered_by: null,
      lookup_token: id.replace(/-/g, ""),
    })
    .execute();
  return { id, code };
}

export async function insertTestUnit(
  db: Db,
  opts: {
    shortCode: string;
    name: string;
    parentId?: string | null;
    identifierCode?: string;
    kind?: "province" | "department";
  },
): Promise<string> {
  const id = uuidv7();
  await db
    .insertInto("units")
    .values({
      id,
      parent_id: opts.parentId ?? null,
      kind: opts.kind ?? (opts.parentId ? "department" : "province"),
      name_vi: opts.name,
      name_en: opts.name,
      short_code: opts.shortCode,
      identifier_code: opts.identifierCode ?? null,
      leaders: JSON.stringify([]),
    })
    .execute();
  return id;
}
