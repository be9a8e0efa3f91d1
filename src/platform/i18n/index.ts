import { common } from "./catalogues/common.js";

export type Lang = "vi" | "en";
export const LANGS: readonly Lang[] = ["vi", "en"];

type Catalogue = { vi: Record<string, string>; en: Record<string, string> };

/**
 * All UI strings live in catalogues (one file per area under catalogues/). Areas register theirs at import time;
 * a key missing in English falls back to Vietnamese, a missing key altogether shows the key so it is noticed.
 */
const messages: Record<Lang, Map<string, string>> = { vi: new Map(), en: new Map() };

export function registerCatalogue(catalogue: Catalogue): void {
  for (const lang of LANGS) {
    for (const [key, value] of Object.entries(catalogue[lang])) messages[lang].set(key, value);
  }
}

registerCatalogue(common);

export function t(lang: Lang, key: string, params?: Record<string, string | number>): string {
  const template = messages[lang].get(key) ?? messages.vi.get(key) ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

export function hasMessage(lang: Lang, key: string): boolean {
  return messages[lang].has(key);
}

/** Vietnamese collation for sorting names (Ă after A, Đ after D …). */
export const viCollator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Asia/Ho_Chi_Minh",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Asia/Ho_Chi_Minh",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** dd/mm/yyyy in Vietnam's time zone, for both languages (the province's documents use it). */
export function formatDate(value: Date | string | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split("-");
    return `${d}/${m}/${y}`;
  }
  return dateFormat.format(new Date(value));
}

/** dd/mm/yyyy HH:mm in Vietnam's time zone. */
export function formatDateTime(value: Date | string | null | undefined): string {
  if (value === null || value === undefined) return "";
  return dateTimeFormat.format(new Date(value)).replace(",", "");
}
