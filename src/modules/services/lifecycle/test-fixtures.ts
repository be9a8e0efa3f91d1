/** Procedures and dossiers written straight to the database, for the lifecycle's integration tests. */
import { randomBytes } from "node:crypto";
import { v7 as uuidv7 } from "uuid";
import type { Db } from "../../../platform/db/connection.js";
import type { ProcedureStep } from "../catalogue/domain/procedure.js";
import type { Dossier } from "../tables.js";
import type { DossierState } from "./domain/state-machine.js";

export async function unitIdByCode(db: Db, shortCode: string): Promise<string> {
  const row = await db
    .selectFrom("units")
    .select("id")
    .where("short_code", "=", shortCode)
    .executeTakeFirstOrThrow();
  return row.id;
}

let seq = 0;

export async function insertTestProcedure(
  db: Db,
  opts: { unitId: string; processingDays?: number; leaderStep?: boolean },
): Promise<string> {
  const id = uuidv7();
  seq++;
  const steps: ProcedureStep[] = [
    { name: "Tiếp nhận hồ sơ", role: "one_stop_officer", days: 0.5 },
    { name: "Thẩm định hồ sơ", role: "specialist", days: 3 },
    ...(opts.leaderStep === false ? [] : [{ name: "Phê duyệt", role: "leader" as const, days: 1 }]),
  ];
  await db
    .insertInto("procedures")
    .values({
      id,
      code: `TEST.LC.${seq}.${id.slice(-6)}`,
      name: `Thủ tục thử nghiệm vòng đời ${seq}`,
      field: "Hộ tịch",
      unit_id: opts.unitId,
      level: 4,
      online_class: "full",
      processing_days: opts.processingDays ?? 5,
      steps: JSON.stringify(steps),
    })
    .execute();
  return id;
}

export async function insertTestDossier(
  db: Db,
  opts: {
    procedureId: string;
    unitId: string;
    state?: DossierState;
    currentUnitId?: string;
    assigneeId?: string | null;
    receivedAt?: Date | null;
    dueOn?: string | null;
    resolvedAt?: Date | null;
    citizenId?: string | null;
    submittedAt?: Date;
  },
): Promise<Dossier> {
  const id = uuidv7();
  seq++;
  return db
    .insertInto("dossiers")
    .values({
      id,
      code: `000.00.00.T99-260101-${String(seq).padStart(4, "0")}-${id.slice(-4)}`,
      procedure_id: opts.procedureId,
      unit_id: opts.unitId,
      current_unit_id: opts.currentUnitId ?? opts.unitId,
      assignee_id: opts.assigneeId ?? null,
      citizen_id: opts.citizenId ?? null,
      applicant: JSON.stringify({ fullName: "Nguyễn Văn An", phone: "0905123456" }),
      applicant_name: "Nguyễn Văn An",
      applicant_phone: "0905123456",
      applicant_email: null,
      applicant_id_number: "051090000123",
      form_data: JSON.stringify({ ho_ten: "Nguyễn Văn An" }),
      receipt_channel: "online",
      return_channel: "counter",
      state: opts.state ?? "submitted",
      submitted_at: opts.submittedAt ?? new Date(),
      received_at: opts.receivedAt ?? null,
      due_on: opts.dueOn ?? null,
      resolved_at: opts.resolvedAt ?? null,
      lookup_token: randomBytes(16).toString("hex"),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
