import { z } from "zod";
import { UUID_PATTERN } from "../../../../platform/http/uuid.js";
import { SLUG_PATTERN, slugFromText } from "../../../../platform/i18n/vietnamese-slug.js";

/** Category slugs follow the platform's Vietnamese slug rules ("Quy hoạch – Kiến trúc" → "quy-hoach-kien-truc"). */
export const CATEGORY_SLUG_MAX = 80;
export const CATEGORY_NAME_MAX = 120;
export const CATEGORY_DESCRIPTION_MAX = 1000;

/** A slug made from a category's name, cut at a word boundary to the maximum length. */
export function slugFromName(name: string): string {
  return slugFromText(name, CATEGORY_SLUG_MAX);
}

export function isCategorySlug(slug: string): boolean {
  return slug.length <= CATEGORY_SLUG_MAX && SLUG_PATTERN.test(slug);
}

/** What the category form shows: every field as typed, so a refused form comes back as it was sent. */
export interface CategoryFormValues {
  name: string;
  slug: string;
  description: string;
  parent_id: string;
}

/** A form value as a string: absent or of the wrong type reads as empty, a repeated field as its first value. */
export function formString(value: unknown): string {
  if (Array.isArray(value)) return formString(value[0]);
  return typeof value === "string" ? value : "";
}

/** A repeated form field as a list of strings. */
export function formList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? v : ""));
  return typeof value === "string" ? [value] : [];
}

export function categoryValuesFromBody(body: unknown): CategoryFormValues {
  const b = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  return {
    name: formString(b.name),
    slug: formString(b.slug),
    description: formString(b.description),
    parent_id: formString(b.parent_id),
  };
}

export const categorySchema = z.object({
  name: z.string().trim().min(1).max(CATEGORY_NAME_MAX),
  slug: z
    .string()
    .trim()
    .max(CATEGORY_SLUG_MAX + 200)
    .refine((s) => s === "" || isCategorySlug(s), { message: "portal.sa.slugFormat" }),
  description: z
    .string()
    .trim()
    .max(CATEGORY_DESCRIPTION_MAX)
    .transform((s) => (s === "" ? null : s)),
  parent_id: z
    .string()
    .trim()
    .refine((s) => s === "" || UUID_PATTERN.test(s), { message: "portal.sa.parentUnknown" })
    .transform((s) => (s === "" ? null : s.toLowerCase())),
});

export type CategoryInput = z.output<typeof categorySchema>;
