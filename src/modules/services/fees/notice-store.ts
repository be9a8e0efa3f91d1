/**
 * Fee notices in the database: written with the dossier, paid once (online settlement or the counter), read by the
 * staff dossier page and the citizen's pages.
 */

import type { Executor, Tx } from "../../../platform/db/transaction.js";
import { servicesFees } from "../../../platform/i18n/catalogues/services-fees.js";
import { registerCatalogue } from "../../../platform/i18n/index.js";
import type { Services } from "../../../platform/services.js";
import { issueReceipt } from "../results/receipts.js";
import type { FeeNotice } from "./domain/fee-notice.js";
import type { DossierFeeNotice, PaidVia } from "./tables.js";

/** The notice with the name of the officer who took the money at the counter (the staff page shows who). */
export type FeeNoticeRow = DossierFeeNotice & { collected_by_name: string | null };

export async function getFeeNotice(db: Executor, dossierId: string): Promise<FeeNoticeRow | undefined> {
  return db
    .selectFrom("dossier_fee_notices as n")
    .leftJoin("staff_users as s", "s.id", "n.collected_by")
    .selectAll("n")
    .select("s.full_name as collected_by_name")
    .where("n.dossier_id", "=", dossierId)
    .executeTakeFirst();
}

registerCatalogue(servicesFees);

/** The dossier has a notice still to pay (no notice, paid or exempt: nothing owed). */
export async function hasUnpaidFee(db: Executor, dossierId: string): Promise<boolean> {
  const row = await db
    .selectFrom("dossier_fee_notices")
    .select("status")
    .where("dossier_id", "=", dossierId)
    .executeTakeFirst();
  return row?.status === "unpaid";
}

/**
 * Writes the notice of a new dossier (in its creating transaction); status `exempt` when the total is 0. A procedure
 * without any fee line (and no exemption claimed) gets no notice: there is nothing to pay or show.
 */
export async function createFeeNotice(tx: Tx, dossierId: string, notice: FeeNotice, at: Date): Promise<void> {
  if (notice.lines.length === 0 && notice.exemption === null) return;
  await tx
    .insertInto("dossier_fee_notices")
    .values({
      dossier_id: dossierId,
      lines: JSON.stringify(notice.lines),
      subtotal_vnd: notice.subtotalVnd,
      exemption_key: notice.exemption?.key ?? null,
      exemption_label: notice.exemption?.label ?? null,
      exemption_percent: notice.exemption?.percent ?? null,
      exempt_vnd: notice.exemptVnd,
      total_vnd: notice.totalVnd,
      status: notice.totalVnd === 0 ? "exempt" : "unpaid",
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export type MarkPaidResult =
  | { outcome: "paid"; receiptId: string; verifyCode: string }
  | { outcome: "already_paid" }
  | { outcome: "not_payable"; reason: "exempt" | "no_notice" | "amount_mismatch" };

/**
 * Marks the notice paid under its row lock and issues the receipt (results/receipts.ts) in the same transaction. The
 * one place a notice becomes paid: online settlement and the counter both call it; a second call answers
 * `already_paid` and changes nothing.
 */
export async function markNoticePaid(
  services: Services,
  tx: Tx,
  input: {
    dossierId: string;
    amountVnd: number;
    via: PaidVia;
    orderId: string | null;
    staffId: string | null;
    at: Date;
  },
): Promise<MarkPaidResult> {
  // The lock makes a callback racing the counter (or a second callback) wait, then see `paid`.
  const notice = await tx
    .selectFrom("dossier_fee_notices")
    .select(["status", "total_vnd"])
    .where("dossier_id", "=", input.dossierId)
    .forUpdate()
    .executeTakeFirst();
  if (!notice) return { outcome: "not_payable", reason: "no_notice" };
  if (notice.status === "paid") return { outcome: "already_paid" };
  if (notice.status === "exempt") return { outcome: "not_payable", reason: "exempt" };
  if (Number(notice.total_vnd) !== input.amountVnd)
    return { outcome: "not_payable", reason: "amount_mismatch" };
  await tx
    .updateTable("dossier_fee_notices")
    .set((eb) => ({
      status: "paid",
      paid_at: input.at,
      paid_via: input.via,
      collected_by: input.staffId,
      updated_at: input.at,
      version: eb("version", "+", 1),
    }))
    .where("dossier_id", "=", input.dossierId)
    .execute();
  const receipt = await issueReceipt(services, tx, {
    dossierId: input.dossierId,
    orderId: input.orderId,
    amountVnd: input.amountVnd,
    via: input.via,
    at: input.at,
  });
  return { outcome: "paid", receiptId: receipt.receiptId, verifyCode: receipt.verifyCode };
}
