import { t } from "../../../../platform/i18n/index.js";
import { deriveOnlineClass, type OnlineSettings } from "./online-class.js";
import "./fee-notice.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

/** The derived class with its reason: "Một phần: chưa nhận kết quả điện tử". */
export function describeOnlineClass(s: OnlineSettings): string {
  const cls = deriveOnlineClass(s);
  if (cls === "none") return tv("fees.class.none");
  if (cls === "full") return tv(s.hasFees ? "fees.class.full" : "fees.class.fullFree");
  const missing: string[] = [];
  if (s.hasFees && !s.onlinePayment) missing.push(tv("fees.class.missing.payment"));
  if (!s.electronicResult) missing.push(tv("fees.class.missing.result"));
  return tv("fees.class.partial", { missing: missing.join(", ") });
}
