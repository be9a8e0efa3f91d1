/**
 * The rows of the control slip (Phiếu kiểm soát quá trình giải quyết hồ sơ, form 02 of Circular 01/2018/TT-VPCP):
 * each event of the history as a hand-over from one person/unit to another. Pure, so the page and the PDF agree.
 */
import type { DossierAction } from "./state-machine.js";

export interface HandoverEvent {
  action: DossierAction;
  actor_name: string | null;
  from_unit_name: string | null;
  to_unit_name: string | null;
  from_assignee_name: string | null;
  to_assignee_name: string | null;
}

export interface HandoverLabels {
  applicant: string;
  desk: string;
  leader: string;
  citizen: string;
}

export interface Handover {
  from: string;
  to: string;
}

const join = (...parts: (string | null | undefined)[]) =>
  parts.filter((p) => p && p.trim() !== "").join(" — ");

export function handoverOf(e: HandoverEvent, applicantName: string, labels: HandoverLabels): Handover {
  const applicant = `${labels.applicant} ${applicantName}`;
  const actor = e.actor_name ?? applicant;
  const fromSide = join(actor, e.from_unit_name);
  switch (e.action) {
    case "submit":
      return { from: applicant, to: join(labels.desk, e.to_unit_name) };
    case "receive":
      return { from: applicant, to: join(actor, labels.desk, e.to_unit_name) };
    case "assign":
    case "transfer":
      return { from: fromSide, to: join(e.to_assignee_name, e.to_unit_name) };
    case "submit_for_approval":
      return { from: fromSide, to: join(labels.leader, e.to_unit_name) };
    case "send_back":
      return { from: fromSide, to: join(e.to_assignee_name, e.to_unit_name) };
    case "approve":
    case "result_ready":
      return { from: fromSide, to: labels.desk };
    case "supplement":
      return { from: applicant, to: join(e.to_assignee_name ?? labels.desk, e.to_unit_name) };
    case "request_supplement":
    case "reject":
    case "return_result":
    case "apology":
      return { from: fromSide, to: applicant };
    case "withdraw":
      return { from: e.actor_name ? fromSide : applicant, to: join(labels.desk, e.from_unit_name) };
  }
}
