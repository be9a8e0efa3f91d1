import { t } from "../../../../platform/i18n/index.js";

/** Vietnamese strings of the consultation staff pages (catalogue participation-consultations-admin). */
export const tc = (key: string, params?: Record<string, string | number>) =>
  t("vi", `consultAdmin.${key}`, params);

/** The columns of both staff tables of comments (moderation, grouping); only the last one differs. */
export function commentColumns(last: "status" | "group"): string[] {
  return [tc("col.select"), tc("col.clause"), tc("col.comment"), tc("col.sent"), tc(`col.${last}`)];
}
