import type { OnlineClass } from "../../tables.js";

export interface OnlineSettings {
  onlineSubmission: boolean;
  onlinePayment: boolean;
  electronicResult: boolean;
  /** The procedure charges something (any fee line). */
  hasFees: boolean;
}

/**
 * Decree 42/2022/NĐ-CP: a service is full-online ("toàn trình") when the whole procedure — submission, payment of any
 * fee and receipt of the result — happens online; partial-online ("một phần") when only some of it does.
 */
export function deriveOnlineClass(s: OnlineSettings): OnlineClass {
  if (!s.onlineSubmission) return "none";
  const paymentOnline = !s.hasFees || s.onlinePayment;
  return paymentOnline && s.electronicResult ? "full" : "partial";
}
