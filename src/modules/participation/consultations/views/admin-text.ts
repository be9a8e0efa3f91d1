import { t } from "../../../../platform/i18n/index.js";

/** Vietnamese strings of the consultation staff pages (catalogue participation-consultations-admin). */
export const tc = (key: string, params?: Record<string, string | number>) =>
  t("vi", `consultAdmin.${key}`, params);
