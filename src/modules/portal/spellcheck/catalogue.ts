import { portalSpellcheck } from "../../../platform/i18n/catalogues/portal-spellcheck.js";
import { registerCatalogue, t } from "../../../platform/i18n/index.js";

// Imported for its effect by every file of this area that shows text.
registerCatalogue(portalSpellcheck);

/** The spell check's pages and panels are staff pages, in Vietnamese. */
export function ts(key: string, params?: Record<string, string | number>): string {
  return t("vi", key, params);
}
