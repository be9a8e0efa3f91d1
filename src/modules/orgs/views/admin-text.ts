import { t } from "../../../platform/i18n/index.js";

/** Admin pages are in Vietnamese; this reads the orgs catalogue for them. */
export function tv(key: string, params?: Record<string, string | number>): string {
  return t("vi", key, params);
}
