import { z } from "zod";

/** A required paper (thành phần hồ sơ), with the form template a citizen downloads to fill in. */
export const procedureDocumentSchema = z.object({
  /** Stable key within the procedure ("to-khai", "cccd"): dossier files point at it. */
  key: z.string().regex(/^[a-z0-9-]{1,40}$/),
  name: z.string().trim().min(1).max(500),
  required: z.boolean(),
  /** Number of copies at the counter ("01 bản chính"). */
  copies: z.number().int().min(0).max(20).default(1),
  /** Content hash of the template file in the file store, and its download name. */
  templateSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  templateName: z.string().max(200).optional(),
});
export type ProcedureDocument = z.infer<typeof procedureDocumentSchema>;

const FIELD_KEY = /^[a-z][a-zA-Z0-9_]{0,39}$/;
const VND = z.number().int().min(0).max(1_000_000_000_000);

/**
 * One fee line (phí, lệ phí), in whole đồng. A plain line is a fixed amount; the optional rules compute it from the
 * submission form: `perField` multiplies `amountVnd` by a number field ("2.000 đ × số bản sao"), `percentOfField` takes
 * `percent` of a number field within `minVnd`–`maxVnd` (then `amountVnd` is unused), and `whenField`/`whenEquals`
 * make the line apply only when a select or checkbox field has that value. Older rows ({label, amountVnd}) stay valid.
 */
export const procedureFeeSchema = z.object({
  label: z.string().trim().min(1).max(300),
  amountVnd: VND,
  perField: z.string().regex(FIELD_KEY).optional(),
  /** The unit word of `perField` ("bản", "trang"). */
  unit: z.string().trim().min(1).max(30).optional(),
  percentOfField: z.string().regex(FIELD_KEY).optional(),
  /** Percent with at most two decimals (0.5 = 0,5 %). */
  percent: z.number().min(0).max(100).optional(),
  minVnd: VND.optional(),
  maxVnd: VND.optional(),
  whenField: z.string().regex(FIELD_KEY).optional(),
  whenEquals: z.string().trim().min(1).max(200).optional(),
});
export type ProcedureFee = z.infer<typeof procedureFeeSchema>;

/** A step of the workflow template: who does it and how many of the working days it takes. */
export const procedureStepSchema = z.object({
  name: z.string().trim().min(1).max(300),
  /** The role that acts at this step. */
  role: z.enum(["one_stop_officer", "specialist", "leader"]),
  days: z.number().min(0).max(365),
});
export type ProcedureStep = z.infer<typeof procedureStepSchema>;

export const ONLINE_CLASSES = ["full", "partial", "none"] as const;

/** An exemption or reduction of the procedure's fees (fee_exemptions column); see fees/domain/fee-notice.ts. */
export const feeExemptionSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]{1,40}$/),
  label: z.string().trim().min(1).max(300),
  percent: z.number().int().min(1).max(100),
  proofDocumentKey: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/)
    .optional(),
});
