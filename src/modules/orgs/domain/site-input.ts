import { z } from "zod";
import { ACCENT_KEYS, type AccentKey } from "./theme.js";
import { formList, formString, UUID_PATTERN } from "./unit-input.js";

/**
 * A host name a site may be served on ("sxd.quangngai.gov.vn"): lower-case labels of letters, digits and inner
 * hyphens, at least two labels, 253 characters at most.
 */
const HOST_PATTERN =
  /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/;

export function isHostName(value: string): boolean {
  return HOST_PATTERN.test(value);
}

export interface SiteFormValues {
  unit_id: string;
  slug: string;
  name_vi: string;
  name_en: string;
  host: string;
  intro_vi: string;
  intro_en: string;
  sort_order: string;
}

export function siteValuesFromBody(body: unknown): SiteFormValues {
  const b = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  return {
    unit_id: formString(b.unit_id),
    slug: formString(b.slug),
    name_vi: formString(b.name_vi),
    name_en: formString(b.name_en),
    host: formString(b.host),
    intro_vi: formString(b.intro_vi),
    intro_en: formString(b.intro_en),
    sort_order: formString(b.sort_order),
  };
}

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === "" ? null : v));

/** Names, host and introduction: what the system admin edits on any site. */
export const siteDetailsSchema = z.object({
  name_vi: z.string().trim().min(1).max(300),
  name_en: z.string().trim().min(1).max(300),
  host: z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => v === "" || isHostName(v), { message: "orgs.site.hostFormat" })
    .transform((v) => (v === "" ? null : v)),
  intro_vi: optional(1000),
  intro_en: optional(1000),
  sort_order: z
    .string()
    .trim()
    .transform((v) => (v === "" ? "0" : v))
    .pipe(z.string().regex(/^\d{1,6}$/, "orgs.unit.sortOrderFormat"))
    .transform(Number),
});

/** A new component site: its unit and slug on top of the details (slug rules are checked by slugProblem). */
export const siteCreateSchema = siteDetailsSchema.extend({
  unit_id: z.string().trim().regex(UUID_PATTERN, "orgs.site.unitRequired"),
  slug: z.string().trim().toLowerCase().max(200),
});

export type SiteDetailsInput = z.output<typeof siteDetailsSchema>;
export type SiteCreateInput = z.output<typeof siteCreateSchema>;

export function menuRowsFromBody(body: unknown): { label: string; href: string }[] {
  const b = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  const labels = formList(b.menu_label);
  const hrefs = formList(b.menu_href);
  const rows: { label: string; href: string }[] = [];
  const count = Math.max(labels.length, hrefs.length);
  for (let i = 0; i < count; i++) rows.push({ label: labels[i] ?? "", href: hrefs[i] ?? "" });
  return rows;
}

export const themeSchema = z.object({
  accent: z.enum(ACCENT_KEYS as [AccentKey, ...AccentKey[]]),
});
