import type { MenuItem } from "../tables.js";

export const MENU_MAX_ITEMS = 12;
export const MENU_LABEL_MAX = 80;
export const MENU_HREF_MAX = 500;

/**
 * A menu link is either a path on this portal ("/so-xay-dung/tin-tuc", "/#lien-he") or an https address elsewhere.
 * Protocol-relative ("//evil.example"), backslashes, whitespace and other schemes (javascript:, http:) are refused.
 */
export function isMenuHref(href: string): boolean {
  if (href.length === 0 || href.length > MENU_HREF_MAX) return false;
  if (/[\s\\]/.test(href)) return false;
  if (href.startsWith("/")) return !href.startsWith("//");
  if (!href.startsWith("https://")) return false;
  try {
    const url = new URL(href);
    return url.protocol === "https:" && url.hostname.length > 0 && url.username === "" && url.password === "";
  } catch {
    return false;
  }
}

export type MenuRowProblem = "labelRequired" | "labelTooLong" | "hrefRequired" | "hrefInvalid";

export interface MenuRowInput {
  label: string;
  href: string;
}

/**
 * Checks the rows of the menu editor. Rows left entirely empty are dropped (the form always offers spare rows);
 * a half-filled row is a problem on the missing half.
 */
export function checkMenuRows(rows: readonly MenuRowInput[]): {
  items: MenuItem[];
  problems: { index: number; field: "label" | "href"; problem: MenuRowProblem }[];
} {
  const items: MenuItem[] = [];
  const problems: { index: number; field: "label" | "href"; problem: MenuRowProblem }[] = [];
  rows.forEach((row, index) => {
    const label = row.label.trim();
    const href = row.href.trim();
    if (label === "" && href === "") return;
    if (label === "") problems.push({ index, field: "label", problem: "labelRequired" });
    else if (label.length > MENU_LABEL_MAX) problems.push({ index, field: "label", problem: "labelTooLong" });
    if (href === "") problems.push({ index, field: "href", problem: "hrefRequired" });
    else if (!isMenuHref(href)) problems.push({ index, field: "href", problem: "hrefInvalid" });
    items.push({ label, href });
  });
  return { items, problems };
}
