import { z } from "zod";
import { parseViDate, vnDayStart } from "../../../../platform/calendar/vn-day.js";
import { UUID_PATTERN } from "../../../../platform/http/uuid.js";

/** Results per page. */
export const PAGE_SIZE = 10;
/**
 * Matches ranked and counted per search, most recent first (beyond it the page says "more than 500"): enough for
 * 50 pages, and it keeps a common word as fast as a rare one on an archive of 100,000 articles.
 */
export const MAX_RESULTS = 500;
/** The last page that can hold results. */
export const MAX_PAGE = MAX_RESULTS / PAGE_SIZE;

export const RESULT_TYPES = ["article", "page", "announcement", "legal"] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const id = z.preprocess(
  blank,
  z
    .string()
    .trim()
    .max(36, "portalSearch.errors.unknownChoice")
    .regex(UUID_PATTERN, "portalSearch.errors.unknownChoice")
    .optional(),
);

const viDate = z.preprocess(
  blank,
  z
    .string()
    .trim()
    .max(10, "portalSearch.errors.dateFormat")
    .refine((v) => parseViDate(v) !== null, { message: "portalSearch.errors.dateFormat" })
    .optional(),
);

/**
 * The search page's query string. The text itself is parsed by parseSearchQuery (its length limit has its own
 * message); a repeated key (an array) is refused as invalid rather than guessed at.
 */
export const searchFilterSchema = z
  .object({
    q: z.string("portalSearch.errors.invalidQuery").optional(),
    site: id,
    category: id,
    type: z.preprocess(blank, z.enum(RESULT_TYPES, "portalSearch.errors.unknownChoice").optional()),
    from: viDate,
    to: viDate,
    page: z.preprocess(
      blank,
      z
        .string("portalSearch.errors.page")
        .regex(/^\d{1,6}$/, "portalSearch.errors.page")
        .transform(Number)
        .refine((n) => n >= 1 && n <= MAX_PAGE, { message: "portalSearch.errors.page" })
        .optional(),
    ),
  })
  .refine((f) => !f.from || !f.to || (parseViDate(f.from) ?? "") <= (parseViDate(f.to) ?? ""), {
    path: ["to"],
    message: "portalSearch.errors.dateOrder",
  });

export type SearchFilterInput = z.output<typeof searchFilterSchema>;

/** Dates as the database compares them: exact instants for content, calendar days for legal documents. */
export interface DateRange {
  fromDay: string | null;
  toDay: string | null;
  fromAt: Date | null;
  /** Exclusive: the start of the day after `toDay`. */
  toAt: Date | null;
}

export function dateRange(f: Pick<SearchFilterInput, "from" | "to">): DateRange {
  const fromDay = f.from ? parseViDate(f.from) : null;
  const toDay = f.to ? parseViDate(f.to) : null;
  return {
    fromDay,
    toDay,
    fromAt: fromDay ? vnDayStart(fromDay) : null,
    toAt: toDay ? vnDayStart(toDay, 1) : null,
  };
}

const CARRIED = ["q", "site", "category", "type", "from", "to"] as const;

/** The current search as URL parameters (without the page), for pagination links. */
export function searchParams(input: Record<string, unknown>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of CARRIED) {
    const v = input[key];
    if (typeof v === "string" && v.trim() !== "") params.set(key, v.trim());
  }
  return params;
}
