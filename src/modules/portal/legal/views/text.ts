import { portalLegal } from "../../../../platform/i18n/catalogues/portal-legal.js";
import { type Lang, registerCatalogue, t } from "../../../../platform/i18n/index.js";
import type { FieldProblems, Problem } from "../domain/problem.js";

registerCatalogue(portalLegal);

/** Admin pages of the register are in Vietnamese. */
export function tl(key: string, params?: Record<string, string | number>): string {
  return t("vi", key, params);
}

export function problemText(p: Problem, lang: Lang = "vi"): string {
  return t(lang, p.key, p.params);
}

export function problemsToErrors(problems: FieldProblems): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, p] of Object.entries(problems)) out[field] = problemText(p);
  return out;
}

/** "1,2 MB" in Vietnamese, "1.2 MB" in English; KB below a megabyte. */
export function formatFileSize(bytes: number, lang: Lang): string {
  const fmt = new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return `${fmt.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${fmt.format(bytes / (1024 * 1024))} MB`;
}
