/**
 * Postal receipt and return of dossiers (SPEC §B5, QĐ 45/2016/QĐ-TTg): tracking numbers and the hand-over status
 * flow of a shipment, as pure functions.
 */

export const SHIPMENT_DIRECTIONS = ["receipt", "return"] as const;
export type ShipmentDirection = (typeof SHIPMENT_DIRECTIONS)[number];

/** VNPost is the public postal service of QĐ 45/2016; other licensed carriers are allowed too. */
export const POSTAL_SERVICES = ["vnpost", "viettel_post", "other"] as const;
export type PostalService = (typeof POSTAL_SERVICES)[number];

export const SHIPMENT_STATUSES = [
  "created",
  "handed_over",
  "in_transit",
  "delivered",
  "returned_to_sender",
] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

/** created → handed_over → in_transit → delivered | returned_to_sender (a local item may be delivered straight). */
export const SHIPMENT_FLOW: Record<ShipmentStatus, readonly ShipmentStatus[]> = {
  created: ["handed_over"],
  handed_over: ["in_transit", "delivered", "returned_to_sender"],
  in_transit: ["delivered", "returned_to_sender"],
  delivered: [],
  returned_to_sender: [],
};

export function isShipmentStatus(v: string): v is ShipmentStatus {
  return (SHIPMENT_STATUSES as readonly string[]).includes(v);
}

export function isFinalShipmentStatus(s: ShipmentStatus): boolean {
  return SHIPMENT_FLOW[s].length === 0;
}

export type StatusChange =
  | { ok: true }
  | { ok: false; reason: "same" | "not_allowed" | "final" | "tracking_required" };

/** Whether a shipment may move from `from` to `to`; handing over needs the tracking number the post office gave. */
export function checkStatusChange(
  from: ShipmentStatus,
  to: ShipmentStatus,
  hasTracking: boolean,
): StatusChange {
  if (from === to) return { ok: false, reason: "same" };
  if (isFinalShipmentStatus(from)) return { ok: false, reason: "final" };
  if (!SHIPMENT_FLOW[from].includes(to)) return { ok: false, reason: "not_allowed" };
  if (to !== "created" && !hasTracking) return { ok: false, reason: "tracking_required" };
  return { ok: true };
}

/** Upper-cased, without spaces or hyphens, as people copy it from a receipt ("el 123 456 785 vn"). */
export function normaliseTracking(value: string): string {
  return value.replace(/[\s-]/g, "").toUpperCase();
}

const S10 = /^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$/;
const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];

/** The UPU S10 check digit of an 8-digit serial (weights 8 6 4 2 3 5 9 7; 11 − sum mod 11; 10 → 0, 11 → 5). */
export function s10CheckDigit(serial: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(serial[i]) * (S10_WEIGHTS[i] ?? 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 0 : c === 11 ? 5 : c;
}

export type TrackingCheck =
  | { ok: true; value: string }
  | { ok: false; reason: "format" | "check_digit" | "country" };

/**
 * A tracking number as the carrier prints it. VNPost items follow UPU S10: two letters of service (EE, EL, RR, CP …),
 * eight digits, a check digit and "VN" (e.g. EL123456785VN). Other carriers: 8–20 letters and digits.
 */
export function checkTrackingNumber(service: PostalService, raw: string): TrackingCheck {
  const value = normaliseTracking(raw);
  if (service !== "vnpost") {
    return /^[A-Z0-9]{8,20}$/.test(value) ? { ok: true, value } : { ok: false, reason: "format" };
  }
  const m = S10.exec(value);
  if (!m) return { ok: false, reason: "format" };
  if (m[4] !== "VN") return { ok: false, reason: "country" };
  if (s10CheckDigit(m[2] ?? "") !== Number(m[3])) return { ok: false, reason: "check_digit" };
  return { ok: true, value };
}
