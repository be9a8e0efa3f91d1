/** Units, procedures and dossiers written straight to the database, for the notification, lookup and postal tests. */
import { randomBytes } from "node:crypto";
import { v7 as uuidv7 } from "uuid";
import type { Db } from "../../../platform/db/connection.js";
import type { UnitKind } from "../../orgs/tables.js";
import type { DossierAction, DossierState } from "../lifecycle/domain/state-machine.js";
import type { Channel, Dossier } from "../tables.js";

/** One lookup of a unit by short code for every test fixture. */
export { unitIdByCode as unitIdByShortCode } from "../lifecycle/test-fixtures.js";

let seq = 0;

/** A unit row with no contact details. */
function unitRow(
  id: string,
  parentId: string | null,
  u: { kind: UnitKind; nameVi: string; nameEn: string; shortCode: string; identifierCode: string | null },
) {
  return {
    id,
    parent_id: parentId,
    kind: u.kind,
    name_vi: u.nameVi,
    name_en: u.nameEn,
    short_code: u.shortCode,
    identifier_code: u.identifierCode,
    address: null,
    phone: null,
    email: null,
    website: null,
    leaders: JSON.stringify([]),
  };
}

export async function insertUnit(db: Db, opts: { shortCode?: string; name?: string } = {}): Promise<string> {
  const root = await db.selectFrom("units").select("id").where("parent_id", "is", null).executeTakeFirst();
  let parentId = root?.id;
  if (!parentId) {
    parentId = uuidv7();
    await db
      .insertInto("units")
      .values(
        unitRow(parentId, null, {
          kind: "province",
          nameVi: "UBND tỉnh thử nghiệm",
          nameEn: "Test Province",
          shortCode: "UBNDTN",
          identifierCode: null,
        }),
      )
      .execute();
  }
  const id = uuidv7();
  seq++;
  await db
    .insertInto("units")
    .values(
      unitRow(id, parentId, {
        kind: "department",
        nameVi: opts.name ?? `Sở Thử nghiệm ${seq}`,
        nameEn: `Test Department ${seq}`,
        shortCode: opts.shortCode ?? `TN${seq}`,
        identifierCode: `000.99.${String(seq).padStart(2, "0")}.H48`,
      }),
    )
    .execute();
  return id;
}

export async function insertProcedure(db: Db, opts: { unitId: string; name?: string; leaderStep?: boolean }) {
  const id = uuidv7();
  seq++;
  await db
    .insertInto("procedures")
    .values({
      id,
      code: `TEST.TB.${seq}.${id.slice(-6)}`,
      name: opts.name ?? "Cấp phiếu lý lịch tư pháp cho công dân Việt Nam",
      field: "Lý lịch tư pháp",
      unit_id: opts.unitId,
      level: 4,
      online_class: "full",
      processing_days: 10,
      postal_return: true,
      steps: JSON.stringify(
        opts.leaderStep === false
          ? [{ name: "Thẩm định", role: "specialist", days: 5 }]
          : [
              { name: "Thẩm định", role: "specialist", days: 5 },
              { name: "Phê duyệt", role: "leader", days: 1 },
            ],
      ),
    })
    .execute();
  return id;
}

export interface TestDossierOptions {
  procedureId: string;
  unitId: string;
  state?: DossierState;
  phone?: string | null;
  email?: string | null;
  idNumber?: string | null;
  address?: string;
  receiptChannel?: Channel;
  returnChannel?: Channel;
  receivedAt?: Date | null;
  dueOn?: string | null;
  resolvedAt?: Date | null;
  apologyDueOn?: string | null;
  submittedAt?: Date;
  version?: number;
}

export async function insertDossier(db: Db, o: TestDossierOptions): Promise<Dossier> {
  const id = uuidv7();
  seq++;
  const phone = o.phone === undefined ? "0905 123 456" : o.phone;
  const email = o.email === undefined ? "nguyen.thi.hong@example.vn" : o.email;
  const idNumber = o.idNumber === undefined ? "051190000123" : o.idNumber;
  return db
    .insertInto("dossiers")
    .values({
      id,
      code: `000.99.00.H48-260302-${String(seq).padStart(4, "0")}`,
      procedure_id: o.procedureId,
      unit_id: o.unitId,
      current_unit_id: o.unitId,
      assignee_id: null,
      citizen_id: null,
      applicant: JSON.stringify({
        fullName: "Nguyễn Thị Hồng",
        phone: phone ?? undefined,
        email: email ?? undefined,
        idNumber: idNumber ?? undefined,
        address: o.address ?? "12 Hùng Vương",
      }),
      applicant_name: "Nguyễn Thị Hồng",
      applicant_phone: phone,
      applicant_email: email,
      applicant_id_number: idNumber,
      form_data: JSON.stringify({}),
      receipt_channel: o.receiptChannel ?? "online",
      return_channel: o.returnChannel ?? "post",
      state: o.state ?? "submitted",
      submitted_at: o.submittedAt ?? new Date("2026-03-02T02:00:00Z"),
      received_at: o.receivedAt ?? null,
      due_on: o.dueOn ?? null,
      resolved_at: o.resolvedAt ?? null,
      apology_due_on: o.apologyDueOn ?? null,
      lookup_token: randomBytes(16).toString("base64url"),
      version: o.version ?? 1,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertEvent(
  db: Db,
  dossierId: string,
  e: {
    action: DossierAction;
    from?: DossierState | null;
    to: DossierState;
    note?: string | null;
    at: Date;
    dueOn?: string | null;
  },
): Promise<void> {
  await db
    .insertInto("dossier_events")
    .values({
      dossier_id: dossierId,
      action: e.action,
      from_state: e.from ?? null,
      to_state: e.to,
      note: e.note ?? null,
      due_on: e.dueOn ?? null,
      at: e.at,
    })
    .execute();
}

/** The main portal site (the public pages' frame), on a fresh database seeded with nothing. */
export async function ensureMainSite(db: Db): Promise<void> {
  const existing = await db.selectFrom("sites").select("id").where("slug", "=", "").executeTakeFirst();
  if (existing) return;
  const root = await db.selectFrom("units").select("id").where("parent_id", "is", null).executeTakeFirst();
  const unitId = root?.id ?? (await insertUnit(db));
  await db
    .insertInto("sites")
    .values({
      id: uuidv7(),
      unit_id: unitId,
      kind: "main",
      slug: "",
      host: null,
      name_vi: "Cổng thông tin điện tử tỉnh thử nghiệm",
      name_en: "Test Province Portal",
      lang: "vi",
      theme: JSON.stringify({}),
      menu: JSON.stringify([]),
    })
    .execute();
}
