import { portalMedia } from "../../../platform/i18n/catalogues/portal-media.js";
import { type Lang, registerCatalogue, t } from "../../../platform/i18n/index.js";

registerCatalogue(portalMedia);

/** A media-library string in Vietnamese (the admin's language). */
export function tm(key: string, params?: Record<string, string | number>, lang: Lang = "vi"): string {
  return t(lang, key, params);
}
