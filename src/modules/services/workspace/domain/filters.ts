/** The workspace's query string: queue tab, filters and page, checked field by field with Vietnamese messages. */
import { parseViDate } from "../../../../platform/calendar/vn-day.js";
import type { Channel } from "../../tables.js";
import { isQueueKey, type QueueKey } from "./queues.js";

export const PAGE_SIZE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CHANNELS: readonly Channel[] = ["online", "counter", "post"];

export type AssigneeFilter = { kind: "me" } | { kind: "none" } | { kind: "staff"; id: string };

export interface WorkspaceFilters {
  queue: QueueKey | undefined;
  procedureId?: string | undefined;
  field?: string | undefined;
  channel?: Channel | undefined;
  assignee?: AssigneeFilter | undefined;
  /** Received between these Vietnamese days, both included ("yyyy-mm-dd"). */
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  page: number;
}

/** What the form shows back, as typed. */
export type FilterInput = Record<string, string>;

export interface FilterProblem {
  key: string;
  params?: Record<string, string | number>;
}

export type FilterResult =
  | { ok: true; filters: WorkspaceFilters; input: FilterInput }
  | { ok: false; problems: Record<string, FilterProblem>; input: FilterInput };

const FIELDS = ["tab", "procedure", "field", "channel", "assignee", "from", "to", "q", "page"] as const;
const MAX: Record<(typeof FIELDS)[number], number> = {
  tab: 20,
  procedure: 36,
  field: 200,
  channel: 10,
  assignee: 36,
  from: 10,
  to: 10,
  q: 100,
  page: 5,
};
const NUL = String.fromCharCode(0);

/** Only string values are taken (a repeated key is ignored); blanks count as absent. */
export function filterInput(query: Record<string, unknown>): FilterInput {
  const out: FilterInput = {};
  for (const f of FIELDS) {
    const v = query[f];
    if (typeof v === "string" && v.trim() !== "") out[f] = v.trim().slice(0, 300);
  }
  return out;
}

export function parseFilters(query: Record<string, unknown>): FilterResult {
  const input = filterInput(query);
  const problems: Record<string, FilterProblem> = {};
  for (const f of FIELDS) {
    const v = input[f];
    if (v === undefined) continue;
    if (v.length > MAX[f]) problems[f] = { key: "workspace.err.tooLong", params: { max: MAX[f] } };
    else if (v.includes(NUL)) problems[f] = { key: "workspace.err.invalid" };
  }
  const filters: WorkspaceFilters = { queue: undefined, page: 1 };
  const bad = (f: string) => {
    problems[f] ??= { key: "workspace.err.invalid" };
  };

  if (input.tab !== undefined) {
    if (isQueueKey(input.tab)) filters.queue = input.tab;
    else bad("tab");
  }
  if (input.procedure !== undefined) {
    if (UUID.test(input.procedure)) filters.procedureId = input.procedure.toLowerCase();
    else bad("procedure");
  }
  if (input.field !== undefined) filters.field = input.field;
  if (input.channel !== undefined) {
    const c = input.channel as Channel;
    if (CHANNELS.includes(c)) filters.channel = c;
    else bad("channel");
  }
  if (input.assignee !== undefined) {
    const a = input.assignee;
    if (a === "me") filters.assignee = { kind: "me" };
    else if (a === "none") filters.assignee = { kind: "none" };
    else if (UUID.test(a)) filters.assignee = { kind: "staff", id: a.toLowerCase() };
    else bad("assignee");
  }
  for (const f of ["from", "to"] as const) {
    const v = input[f];
    if (v === undefined) continue;
    const day = parseViDate(v);
    if (day === null) problems[f] ??= { key: "workspace.err.date" };
    else filters[f] = day;
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    problems.to ??= { key: "workspace.err.dateOrder" };
  }
  if (input.q !== undefined) filters.q = input.q;
  if (input.page !== undefined) {
    if (/^[1-9]\d{0,4}$/.test(input.page)) filters.page = Number(input.page);
    else bad("page");
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems, input } : { ok: true, filters, input };
}

/** Escapes LIKE wildcards so a typed % or _ matches itself. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
