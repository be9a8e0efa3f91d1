import { z } from "zod";

/** Vietnam has used UTC+7 all year since 1975; the audit log's days are Vietnamese days. */
const VN_OFFSET_MS = 7 * 60 * 60_000;

/** "05/03/2026" (or "5/3/2026") → "2026-03-05"; null when it is not a real calendar date. */
export function parseViDate(input: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(input.trim());
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The instant a Vietnamese calendar day ("2026-03-05") begins; `plusDays` 1 gives the exclusive end of that day. */
export function vnDayStart(isoDate: string, plusDays = 0): Date {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + plusDays) - VN_OFFSET_MS);
}

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** PostgreSQL text cannot hold NUL; refuse it here rather than let the query fail. */
const NUL = String.fromCharCode(0);

const text = (max: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(max)
      .refine((v) => !v.includes(NUL), { message: "validation.invalid" })
      .optional(),
  );

const viDate = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .max(10, "operations.audit.dateFormat")
    .refine((v) => parseViDate(v) !== null, { message: "operations.audit.dateFormat" })
    .optional(),
);

const cursor = z.preprocess(
  blankToUndefined,
  z
    .string()
    .regex(/^[1-9]\d{0,14}$/, "operations.audit.badCursor")
    .transform(Number)
    .optional(),
);

/** The query string of /admin/nhat-ky. Unknown keys are ignored; repeated keys (arrays) are refused. */
export const auditFilterSchema = z
  .object({
    actor: text(100),
    action: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .max(100)
        .regex(/^[\p{L}\p{N}_.-]+$/u, "operations.audit.actionFormat")
        .optional(),
    ),
    entityType: text(100),
    entityId: text(200),
    from: viDate,
    to: viDate,
    before: cursor,
    after: cursor,
  })
  .refine((f) => !f.from || !f.to || (parseViDate(f.from) ?? "") <= (parseViDate(f.to) ?? ""), {
    path: ["to"],
    message: "operations.audit.dateOrder",
  });

export type AuditFilterInput = z.output<typeof auditFilterSchema>;

/** What the store needs: exact bounds in time and keyset cursors. */
export interface AuditQuery {
  actor?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  /** Inclusive. */
  fromAt?: Date | undefined;
  /** Exclusive: the start of the day after the "to" date. */
  toAt?: Date | undefined;
  beforeId?: number | undefined;
  afterId?: number | undefined;
}

export function toAuditQuery(f: AuditFilterInput): AuditQuery {
  const from = f.from ? parseViDate(f.from) : null;
  const to = f.to ? parseViDate(f.to) : null;
  return {
    actor: f.actor,
    action: f.action,
    entityType: f.entityType,
    entityId: f.entityId,
    fromAt: from ? vnDayStart(from) : undefined,
    toAt: to ? vnDayStart(to, 1) : undefined,
    beforeId: f.before,
    afterId: f.before === undefined ? f.after : undefined,
  };
}

const FILTER_KEYS = ["actor", "action", "entityType", "entityId", "from", "to"] as const;

/** The filter part of the query string, to carry the filters into pagination links. */
export function filterParams(input: Record<string, unknown>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const v = input[key];
    if (typeof v === "string" && v.trim() !== "") params.set(key, v.trim());
  }
  return params;
}
