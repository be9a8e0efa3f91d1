/** The staff forms of postal shipments: what was typed, and the problems as i18n keys with parameters. */
import { isVietnamesePhone } from "../../../../platform/i18n/vietnamese-phone.js";
import {
  checkTrackingNumber,
  isShipmentStatus,
  POSTAL_SERVICES,
  type PostalService,
  SHIPMENT_DIRECTIONS,
  type ShipmentDirection,
  type ShipmentStatus,
} from "./shipment.js";

export const SHIPMENT_FIELDS = [
  "direction",
  "recipientName",
  "recipientPhone",
  "street",
  "commune",
  "district",
  "province",
  "postalService",
  "trackingNumber",
] as const;
export type ShipmentField = (typeof SHIPMENT_FIELDS)[number];
export type ShipmentFormValues = Record<ShipmentField, string>;

export interface Problem {
  key: string;
  params?: Record<string, string | number>;
}

const MAX: Record<ShipmentField, number> = {
  direction: 20,
  recipientName: 200,
  recipientPhone: 30,
  street: 300,
  commune: 120,
  district: 120,
  province: 120,
  postalService: 20,
  trackingNumber: 40,
};

export interface ShipmentInput {
  direction: ShipmentDirection;
  recipientName: string;
  recipientPhone: string;
  street: string;
  commune: string;
  district: string;
  province: string;
  postalService: PostalService;
  trackingNumber: string | null;
}

function str(body: unknown, key: string): string {
  const v = body && typeof body === "object" ? (body as Record<string, unknown>)[key] : undefined;
  return typeof v === "string" ? v : "";
}

export function shipmentValuesFromBody(body: unknown): ShipmentFormValues {
  const out = {} as ShipmentFormValues;
  for (const f of SHIPMENT_FIELDS) out[f] = str(body, f).slice(0, 1000);
  return out;
}

export function checkShipment(
  v: ShipmentFormValues,
): { ok: true; input: ShipmentInput } | { ok: false; problems: Partial<Record<ShipmentField, Problem>> } {
  const problems: Partial<Record<ShipmentField, Problem>> = {};
  const trimmed = {} as ShipmentFormValues;
  for (const f of SHIPMENT_FIELDS) {
    trimmed[f] = v[f].trim().replace(/\s+/g, " ");
    if (trimmed[f].length > MAX[f]) problems[f] = { key: "postal.error.tooLong", params: { max: MAX[f] } };
  }
  if (!(SHIPMENT_DIRECTIONS as readonly string[]).includes(trimmed.direction)) {
    problems.direction = { key: "postal.error.choice" };
  }
  if (!(POSTAL_SERVICES as readonly string[]).includes(trimmed.postalService)) {
    problems.postalService = { key: "postal.error.choice" };
  }
  for (const f of ["recipientName", "recipientPhone", "street", "commune", "district", "province"] as const) {
    if (trimmed[f] === "") problems[f] ??= { key: "postal.error.required" };
  }
  if (trimmed.recipientPhone !== "" && !isVietnamesePhone(trimmed.recipientPhone)) {
    problems.recipientPhone ??= { key: "postal.error.phone" };
  }
  let tracking: string | null = null;
  if (trimmed.trackingNumber !== "" && !problems.postalService) {
    const c = checkTrackingNumber(trimmed.postalService as PostalService, trimmed.trackingNumber);
    if (c.ok) tracking = c.value;
    else problems.trackingNumber ??= { key: `postal.error.tracking.${c.reason}` };
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    input: {
      direction: trimmed.direction as ShipmentDirection,
      recipientName: trimmed.recipientName,
      recipientPhone: trimmed.recipientPhone,
      street: trimmed.street,
      commune: trimmed.commune,
      district: trimmed.district,
      province: trimmed.province,
      postalService: trimmed.postalService as PostalService,
      trackingNumber: tracking,
    },
  };
}

export interface StatusFormValues {
  status: string;
  /** The status the officer saw (optimistic lock). */
  from: string;
  trackingNumber: string;
  note: string;
}

export function statusValuesFromBody(body: unknown): StatusFormValues {
  return {
    status: str(body, "status").slice(0, 40),
    from: str(body, "from").slice(0, 40),
    trackingNumber: str(body, "trackingNumber").slice(0, 100),
    note: str(body, "note").slice(0, 2000),
  };
}

export const NOTE_MAX = 1000;

/** Parses the status form (not the flow: see checkStatusChange). */
export function checkStatusForm(
  v: StatusFormValues,
  service: PostalService,
):
  | { ok: true; status: ShipmentStatus; tracking: string | null; note: string | null }
  | { ok: false; field: string; problem: Problem } {
  const status = v.status.trim();
  if (!isShipmentStatus(status))
    return { ok: false, field: "status", problem: { key: "postal.error.choice" } };
  const note = v.note.trim();
  if (note.length > NOTE_MAX) {
    return { ok: false, field: "note", problem: { key: "postal.error.tooLong", params: { max: NOTE_MAX } } };
  }
  let tracking: string | null = null;
  if (v.trackingNumber.trim() !== "") {
    const c = checkTrackingNumber(service, v.trackingNumber);
    if (!c.ok)
      return { ok: false, field: "trackingNumber", problem: { key: `postal.error.tracking.${c.reason}` } };
    tracking = c.value;
  }
  return { ok: true, status, tracking, note: note === "" ? null : note };
}
