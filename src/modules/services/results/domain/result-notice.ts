import "../catalogue.js";
import { t } from "../../../../platform/i18n/index.js";
import { stripDiacritics } from "../../../../platform/i18n/vietnamese-slug.js";
import type { Notice } from "../../notifications/domain/messages.js";

/**
 * The message telling a citizen their signed result is in their account. SMS go without diacritics (brandname SMS
 * count Unicode messages as 70 characters); Zalo and email keep them.
 */
export function resultIssuedNotice(facts: {
  code: string;
  procedureName: string;
  unitName: string;
  verifyCode: string;
  dossierUrl: string;
}): Notice {
  const tv = (key: string) => t("vi", `results.notice.${key}`, facts);
  return {
    sms: stripDiacritics(tv("sms")),
    zalo: tv("zalo"),
    email: { subject: tv("subject"), text: tv("email") },
  };
}
