/**
 * The demo's fee notices and payments (issue 8), planned on top of the demo dossiers. Pure and deterministic.
 *
 * Online fee notices start FEE_WINDOW_DAYS before today (as if the province had just launched online payment): older
 * dossiers paid outside the system and have no notice. Within the window, a full-online citizen with an account mostly
 * pays online minutes after submitting, the others at the counter when the dossier is received, some not yet. Paying
 * issues a signed receipt, which costs time at boot: at most `maxPaid` notices are paid, the most recent first, the
 * others stay unpaid.
 */
import { mulberry32 } from "../../../platform/random/prng.js";
import { computeFeeNotice, type FeeNotice, type FeeProcedure } from "../fees/domain/fee-notice.js";
import type { PlannedDossier } from "./plan.js";

export const FEE_WINDOW_DAYS = 45;
/**
 * Each receipt is rendered and signed at boot (measured 15 in 22,8 s on a busy machine): one of each way of paying
 * keeps the seed's added time within its budget.
 */
export const MAX_DEMO_PAID = 2;

const DAY_MS = 86_400_000;

export interface FeePlanProcedure extends FeeProcedure {
  onlinePayment: boolean;
}

export interface PlannedFee {
  dossierId: string;
  notice: FeeNotice;
  createdAt: Date;
  payment:
    | null
    | { via: "online"; at: Date; orderRef: string; citizenId: string }
    | { via: "counter"; at: Date; staffId: string | null };
}

export function planFees(input: {
  seed: number;
  dossiers: readonly PlannedDossier[];
  procedures: ReadonlyMap<string, FeePlanProcedure>;
  now: Date;
  maxPaid?: number;
}): PlannedFee[] {
  const cutoff = new Date(Date.parse(`${vnDayOf(input.now)}T00:00:00+07:00`));
  const from = new Date(cutoff.getTime() - FEE_WINDOW_DAYS * DAY_MS);
  const out: PlannedFee[] = [];
  const candidates: { fee: PlannedFee; received: boolean; payment: NonNullable<PlannedFee["payment"]> }[] =
    [];
  for (const d of input.dossiers) {
    if (d.submittedAt < from) continue;
    const procedure = input.procedures.get(d.procedureId);
    if (!procedure || procedure.fees.length === 0) continue;
    const r = mulberry32(input.seed * 7_919 + d.index);
    const exemption =
      procedure.fee_exemptions.length > 0 && r() < 0.1 ? procedure.fee_exemptions[0] : undefined;
    const notice = computeFeeNotice(procedure, {}, exemption?.key ?? null);
    if (notice.lines.length === 0) continue;
    const fee: PlannedFee = { dossierId: d.id, notice, createdAt: d.submittedAt, payment: null };
    out.push(fee);
    if (notice.totalVnd === 0 || d.endKind !== null) continue;
    const u = r();
    const minutes = 2 + Math.floor(r() * 58);
    if (d.receiptChannel === "online" && d.citizenId !== null && procedure.onlinePayment && u < 0.75) {
      const at = new Date(d.submittedAt.getTime() + minutes * 60_000);
      const orderRef = `DEMO${vnDayOf(at).replaceAll("-", "")}${String(d.index).padStart(6, "0")}`;
      candidates.push({
        fee,
        received: d.receivedAt !== null,
        payment: { via: "online", at, orderRef, citizenId: d.citizenId },
      });
    } else if (d.receivedAt !== null && u < 0.85) {
      const at = new Date(d.receivedAt.getTime() + minutes * 60_000);
      const staffId = d.events.find((e) => e.action === "receive")?.actor_staff_id ?? null;
      candidates.push({ fee, received: true, payment: { via: "counter", at, staffId } });
    }
  }
  // The most recent of each way of paying, half and half, so the statistics show both.
  const max = input.maxPaid ?? MAX_DEMO_PAID;
  // Only received dossiers count in the statistics: the paid ones are picked among those, so both ways show there.
  const recent = candidates
    .filter((c) => c.payment.at < cutoff && c.received)
    .sort((a, b) => b.payment.at.getTime() - a.payment.at.getTime());
  const online = recent.filter((c) => c.payment.via === "online").slice(0, Math.ceil(max / 2));
  const counter = recent.filter((c) => c.payment.via === "counter").slice(0, max - online.length);
  for (const c of [...online, ...counter]) c.fee.payment = c.payment;
  return out;
}

function vnDayOf(at: Date): string {
  return new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
