import { v7 as uuidv7 } from "uuid";
import type { Executor } from "../../../platform/db/transaction.js";
import type { ShipmentDirection, ShipmentStatus } from "./domain/shipment.js";
import type { ShipmentInput } from "./domain/shipment-input.js";
import type { DossierShipment } from "./tables.js";
import "./tables.js";

export interface PostalDossier {
  id: string;
  code: string;
  unit_id: string;
  state: string;
  applicant_name: string;
  applicant_phone: string | null;
  applicant_email: string | null;
  applicant_address: string | null;
  lookup_token: string;
  procedure_name: string;
}

export async function postalDossier(db: Executor, id: string): Promise<PostalDossier | undefined> {
  const row = await db
    .selectFrom("dossiers as d")
    .innerJoin("procedures as p", "p.id", "d.procedure_id")
    .select([
      "d.id",
      "d.code",
      "d.unit_id",
      "d.state",
      "d.applicant_name",
      "d.applicant_phone",
      "d.applicant_email",
      "d.applicant",
      "d.lookup_token",
      "p.name as procedure_name",
    ])
    .where("d.id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { applicant, ...rest } = row;
  return { ...rest, applicant_address: applicant?.address ?? null };
}

export interface ShipmentHistoryRow {
  status: ShipmentStatus;
  note: string | null;
  at: Date;
  staff_name: string | null;
}

export type ShipmentWithHistory = DossierShipment & { history: ShipmentHistoryRow[] };

/** A dossier's shipments, oldest first, each with its status history. */
export async function listShipments(db: Executor, dossierId: string): Promise<ShipmentWithHistory[]> {
  const shipments = await db
    .selectFrom("dossier_shipments")
    .selectAll()
    .where("dossier_id", "=", dossierId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  if (shipments.length === 0) return [];
  const events = await db
    .selectFrom("dossier_shipment_events as e")
    .leftJoin("staff_users as s", "s.id", "e.staff_id")
    .select(["e.shipment_id", "e.status", "e.note", "e.at", "s.full_name as staff_name"])
    .where(
      "e.shipment_id",
      "in",
      shipments.map((s) => s.id),
    )
    .orderBy("e.id")
    .execute();
  return shipments.map((s) => ({
    ...s,
    history: events
      .filter((e) => e.shipment_id === s.id)
      .map((e) => ({ status: e.status, note: e.note, at: e.at, staff_name: e.staff_name })),
  }));
}

export async function hasOpenShipment(
  tx: Executor,
  dossierId: string,
  direction: ShipmentDirection,
): Promise<boolean> {
  const row = await tx
    .selectFrom("dossier_shipments")
    .select("id")
    .where("dossier_id", "=", dossierId)
    .where("direction", "=", direction)
    .where("status", "not in", ["delivered", "returned_to_sender"])
    .executeTakeFirst();
  return row !== undefined;
}

export async function trackingTaken(
  tx: Executor,
  service: string,
  tracking: string,
  exceptId?: string,
): Promise<boolean> {
  let q = tx
    .selectFrom("dossier_shipments")
    .select("id")
    .where("postal_service", "=", service as DossierShipment["postal_service"])
    .where("tracking_number", "=", tracking);
  if (exceptId) q = q.where("id", "<>", exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function insertShipment(
  tx: Executor,
  dossierId: string,
  input: ShipmentInput,
  staffId: string | null,
  at: Date,
): Promise<DossierShipment> {
  const row = await tx
    .insertInto("dossier_shipments")
    .values({
      id: uuidv7(),
      dossier_id: dossierId,
      direction: input.direction,
      recipient_name: input.recipientName,
      recipient_phone: input.recipientPhone,
      street: input.street,
      commune: input.commune,
      district: input.district,
      province: input.province,
      postal_service: input.postalService,
      tracking_number: input.trackingNumber,
      status: "created",
      created_by: staffId,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await tx
    .insertInto("dossier_shipment_events")
    .values({ shipment_id: row.id, status: "created", note: null, staff_id: staffId, at })
    .execute();
  return row;
}

export async function lockShipment(
  tx: Executor,
  dossierId: string,
  id: string,
): Promise<DossierShipment | undefined> {
  return tx
    .selectFrom("dossier_shipments")
    .selectAll()
    .where("id", "=", id)
    .where("dossier_id", "=", dossierId)
    .forUpdate()
    .executeTakeFirst();
}

export async function setShipmentStatus(
  tx: Executor,
  id: string,
  change: { status: ShipmentStatus; tracking: string | null; note: string | null },
  staffId: string | null,
  at: Date,
): Promise<DossierShipment> {
  const row = await tx
    .updateTable("dossier_shipments")
    .set({
      status: change.status,
      ...(change.tracking ? { tracking_number: change.tracking } : {}),
      updated_at: at,
    })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await tx
    .insertInto("dossier_shipment_events")
    .values({ shipment_id: id, status: change.status, note: change.note, staff_id: staffId, at })
    .execute();
  return row;
}

/** What the public lookup shows of the shipments: no address, no phone, no staff. */
export interface PublicShipment {
  direction: ShipmentDirection;
  postal_service: DossierShipment["postal_service"];
  tracking_number: string | null;
  status: ShipmentStatus;
  updated_at: Date;
}

export async function publicShipments(db: Executor, dossierId: string): Promise<PublicShipment[]> {
  return db
    .selectFrom("dossier_shipments")
    .select(["direction", "postal_service", "tracking_number", "status", "updated_at"])
    .where("dossier_id", "=", dossierId)
    .orderBy("created_at")
    .execute();
}
