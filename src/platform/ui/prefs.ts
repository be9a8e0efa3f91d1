/** Reader display preferences (font-size switch, high contrast), kept in a cookie so they work without JavaScript. */
export type FontSize = "normal" | "large" | "larger";

export interface DisplayPrefs {
  fontSize: FontSize;
  contrast: boolean;
}

export const PREFS_COOKIE = "hien_thi";

export function parsePrefs(cookie: string | undefined): DisplayPrefs {
  const [font, contrast] = (cookie ?? "").split(".");
  return {
    fontSize: font === "large" || font === "larger" ? font : "normal",
    contrast: contrast === "hc",
  };
}

export function serializePrefs(prefs: DisplayPrefs): string {
  return `${prefs.fontSize}.${prefs.contrast ? "hc" : "std"}`;
}

export function htmlClass(prefs: DisplayPrefs): string {
  return [prefs.fontSize !== "normal" ? `font-${prefs.fontSize}` : "", prefs.contrast ? "contrast" : ""]
    .filter(Boolean)
    .join(" ");
}

/** Only a same-site path may be a redirect target (no open redirect through //evil.example or schemes). */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return fallback;
  }
  return value.length > 2000 ? fallback : value;
}
