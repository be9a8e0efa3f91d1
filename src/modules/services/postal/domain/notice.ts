import { t } from "../../../../platform/i18n/index.js";
import { stripDiacritics } from "../../../../platform/i18n/vietnamese-slug.js";
import type { Notice } from "../../notifications/domain/messages.js";
import { fitSms } from "../../notifications/domain/messages.js";
import type { PostalService, ShipmentDirection, ShipmentStatus } from "./shipment.js";

/** Statuses of a return shipment the applicant is told about (in transit is not news). */
const NOTIFIED: readonly ShipmentStatus[] = ["handed_over", "delivered", "returned_to_sender"];

/** The notice for a status change of a shipment, or null when the applicant need not hear of it. */
export function shipmentNotice(s: {
  direction: ShipmentDirection;
  status: ShipmentStatus;
  code: string;
  service: PostalService;
  tracking: string;
  lookupUrl: string;
  smsLookupUrl: string;
}): Notice | null {
  if (s.direction !== "return" || !NOTIFIED.includes(s.status)) return null;
  const params = {
    code: s.code,
    tracking: s.tracking,
    service: t("vi", `postal.service.${s.service}`),
  };
  const text = t("vi", `postal.notify.${s.status}`, { ...params, url: s.lookupUrl });
  const smsText = t("vi", `postal.notify.${s.status}`, { ...params, url: s.smsLookupUrl });
  return {
    sms: fitSms(stripDiacritics(smsText), "", ""),
    zalo: text,
    email: {
      subject: t("vi", "postal.notify.subject", {
        code: s.code,
        status: t("vi", `postal.status.${s.status}`),
      }),
      text: `${text}\n\nTra cứu hồ sơ: ${s.lookupUrl}`,
    },
  };
}
