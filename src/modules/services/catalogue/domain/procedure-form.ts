import { z } from "zod";

/**
 * The online form of a procedure is data: each procedure lists its fields, and submission renders and validates them
 * on the server from this list (SPEC §B2 "fields defined per procedure, validated on server").
 */
export const FORM_FIELD_TYPES = [
  "text",
  "textarea",
  "number",
  "date",
  "select",
  "email",
  "phone",
  "id_number",
  "checkbox",
] as const;
export type FormFieldType = (typeof FORM_FIELD_TYPES)[number];

/** Profile data a signed-in citizen's form is prefilled from. */
export const PREFILL_SOURCES = ["fullName", "phone", "email", "idNumber", "address", "birthDate"] as const;
export type PrefillSource = (typeof PREFILL_SOURCES)[number];

export const formFieldSchema = z.object({
  /** Name in form_data; unique within the procedure. */
  key: z.string().regex(/^[a-z][a-zA-Z0-9_]{0,39}$/),
  label: z.string().trim().min(1).max(300),
  type: z.enum(FORM_FIELD_TYPES),
  required: z.boolean().default(false),
  help: z.string().max(500).optional(),
  /** text/textarea: longest value; number: bounds. */
  maxLength: z.number().int().min(1).max(20_000).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** select: the allowed values. */
  options: z.array(z.string().trim().min(1).max(200)).max(200).optional(),
  prefill: z.enum(PREFILL_SOURCES).optional(),
});
export type FormField = z.infer<typeof formFieldSchema>;

export const formFieldsSchema = z
  .array(formFieldSchema)
  .max(100)
  .refine((fields) => new Set(fields.map((f) => f.key)).size === fields.length, "Mã trường bị trùng");
