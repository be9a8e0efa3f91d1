import { portalContent } from "../../../platform/i18n/catalogues/portal-content.js";
import { registerCatalogue, t } from "../../../platform/i18n/index.js";

// Imported for its effect by every file of this area that shows text: the strings exist once any of them loads.
registerCatalogue(portalContent);

/** Admin pages are in Vietnamese; this reads the portal-content catalogue for them. */
export function tc(key: string, params?: Record<string, string | number>): string {
  return t("vi", key, params);
}
