import { UUID_PATTERN } from "../../../../platform/http/uuid.js";
import type { CommentStatus } from "../tables.js";

/** At most this many comments change in one bulk action (one page of the queue is 50). */
export const MAX_BULK = 200;

export type BulkParse =
  | { ok: true; ids: string[]; status: Exclude<CommentStatus, "pending"> }
  | { ok: false; problem: "noneSelected" | "badAction" | "tooMany" };

/** The queue's one POST: the ticked comment ids and the button pressed (approve or reject). */
export function parseBulk(body: Record<string, unknown>): BulkParse {
  const action = body.action;
  if (action !== "approve" && action !== "reject") return { ok: false, problem: "badAction" };
  const raw = body.ids;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const ids = [
    ...new Set(
      list
        .filter((v): v is string => typeof v === "string" && UUID_PATTERN.test(v))
        .map((v) => v.toLowerCase()),
    ),
  ];
  if (ids.length === 0) return { ok: false, problem: "noneSelected" };
  if (ids.length > MAX_BULK) return { ok: false, problem: "tooMany" };
  return { ok: true, ids, status: action === "approve" ? "approved" : "rejected" };
}

export const STATUS_FILTERS = ["pending", "approved", "rejected", "all"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export function statusFilter(value: unknown): StatusFilter {
  return STATUS_FILTERS.includes(value as StatusFilter) ? (value as StatusFilter) : "pending";
}
