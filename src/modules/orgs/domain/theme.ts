/**
 * Accent colours a site may choose. Each pairs a brand colour with a darker shade; white text sits on both (masthead,
 * top bar), so every entry must keep a contrast ratio of at least 4.5:1 against white (WCAG 2.1 AA, 1.4.3).
 */
export const ACCENT_PALETTE = {
  "xanh-duong": { brand: "#0b3d91", dark: "#072a66" },
  "do-son": { brand: "#a3120f", dark: "#6e0c0a" },
  "xanh-la": { brand: "#00703c", dark: "#004d29" },
  "xanh-ngoc": { brand: "#005a70", dark: "#003d4c" },
  tim: { brand: "#4c2c92", dark: "#341e66" },
  nau: { brand: "#6b3a00", dark: "#4a2800" },
  "xam-dam": { brand: "#383f43", dark: "#22272a" },
} as const;

export type AccentKey = keyof typeof ACCENT_PALETTE;

export const ACCENT_KEYS = Object.keys(ACCENT_PALETTE) as AccentKey[];

export const DEFAULT_ACCENT: AccentKey = "xanh-duong";

export function isAccentKey(value: unknown): value is AccentKey {
  return typeof value === "string" && Object.hasOwn(ACCENT_PALETTE, value);
}

function channel(hex: string, at: number): number {
  const v = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The CSS that applies a site's accent. It sets the design tokens on :root, which the high-contrast mode
 * (html.contrast, more specific) still overrides.
 */
export function accentCss(key: unknown): string | null {
  if (!isAccentKey(key) || key === DEFAULT_ACCENT) return null;
  const { brand, dark } = ACCENT_PALETTE[key];
  return `:root{--c-brand:${brand};--c-brand-dark:${dark}}`;
}
