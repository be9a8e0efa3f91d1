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

/** One fee line (phí, lệ phí), in whole đồng. */
export const procedureFeeSchema = z.object({
  label: z.string().trim().min(1).max(300),
  amountVnd: z.number().int().min(0).max(1_000_000_000_000),
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
