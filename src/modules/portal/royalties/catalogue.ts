import { portalRoyalties } from "../../../platform/i18n/catalogues/portal-royalties.js";
import { registerCatalogue, t } from "../../../platform/i18n/index.js";

// Imported for its effect by every file of this area that shows text.
registerCatalogue(portalRoyalties);

/** Royalty pages are staff pages, in Vietnamese. */
export function tr(key: string, params?: Record<string, string | number>): string {
  return t("vi", key, params);
}
