import type { ContentKind } from "../../tables.js";
import { parseViDay } from "./month.js";
import { parsePoints, parseVnd } from "./rates.js";

/** A field's problem as a catalogue key (the route words it in the person's language). */
export type FieldProblems = Record<string, { key: string; params?: Record<string, string | number> }>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: FieldProblems };

export const SUGGESTABLE_KINDS: readonly ContentKind[] = ["article", "announcement"];
const MAX_POINTS = 1000;
const MAX_TEXT = 300;
/** Far above any province's decision, far below integer overflow of points × value. */
const MAX_POINT_VALUE_VND = 100_000_000;

export interface ClassInput {
  code: string;
  name: string;
  minPoints: number;
  maxPoints: number;
  suggestFor: ContentKind[];
  sortOrder: number;
  active: boolean;
}

export interface ClassForm {
  code: string;
  name: string;
  min_points: string;
  max_points: string;
  suggest_for: string[];
  sort_order: string;
  active: boolean;
}

/** A royalty class as typed; `code` is checked only when the class is new (it never changes afterwards). */
export function parseClassForm(form: ClassForm, opts: { isNew: boolean }): Parsed<ClassInput> {
  const problems: FieldProblems = {};
  const code = form.code.trim().toUpperCase();
  if (opts.isNew) {
    if (code === "") problems.code = { key: "portalRoyalties.error.codeRequired" };
    else if (!/^[A-Z0-9-]{1,20}$/.test(code)) problems.code = { key: "portalRoyalties.error.codeFormat" };
  }
  const name = form.name.trim().replace(/\s+/g, " ");
  if (name === "") problems.name = { key: "portalRoyalties.error.nameRequired" };
  else if (name.length > MAX_TEXT)
    problems.name = { key: "portalRoyalties.error.tooLong", params: { max: MAX_TEXT } };
  const min = parsePoints(form.min_points);
  const max = parsePoints(form.max_points);
  if (min === null || min < 1 || min > MAX_POINTS)
    problems.min_points = { key: "portalRoyalties.error.pointsBound", params: { max: MAX_POINTS } };
  if (max === null || max < 1 || max > MAX_POINTS)
    problems.max_points = { key: "portalRoyalties.error.pointsBound", params: { max: MAX_POINTS } };
  else if (min !== null && max < min) problems.max_points = { key: "portalRoyalties.error.maxBelowMin" };
  const sortRaw = form.sort_order.trim();
  const sortOrder = sortRaw === "" ? 0 : parsePoints(sortRaw);
  if (sortOrder === null) problems.sort_order = { key: "portalRoyalties.error.sortOrder" };
  const suggestFor = SUGGESTABLE_KINDS.filter((k) => form.suggest_for.includes(k));
  if (Object.keys(problems).length > 0 || min === null || max === null || sortOrder === null) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    value: { code, name, minPoints: min, maxPoints: max, suggestFor, sortOrder, active: form.active },
  };
}

export interface PointValueInput {
  effectiveFrom: string;
  valueVnd: number;
  provinceDecision: string;
}

export interface PointValueForm {
  effective_from: string;
  value_vnd: string;
  province_decision: string;
}

export function parsePointValueForm(form: PointValueForm): Parsed<PointValueInput> {
  const problems: FieldProblems = {};
  const effectiveFrom = parseViDay(form.effective_from);
  if (form.effective_from.trim() === "")
    problems.effective_from = { key: "portalRoyalties.error.dateRequired" };
  else if (!effectiveFrom) problems.effective_from = { key: "portalRoyalties.error.dateFormat" };
  const value = parseVnd(form.value_vnd);
  if (form.value_vnd.trim() === "") problems.value_vnd = { key: "portalRoyalties.error.valueRequired" };
  else if (value === null || value < 1 || value > MAX_POINT_VALUE_VND)
    problems.value_vnd = { key: "portalRoyalties.error.valueFormat" };
  const decision = form.province_decision.trim().replace(/\s+/g, " ");
  if (decision === "") problems.province_decision = { key: "portalRoyalties.error.decisionRequired" };
  else if (decision.length > MAX_TEXT)
    problems.province_decision = { key: "portalRoyalties.error.tooLong", params: { max: MAX_TEXT } };
  if (Object.keys(problems).length > 0 || !effectiveFrom || value === null) return { ok: false, problems };
  return { ok: true, value: { effectiveFrom, valueVnd: value, provinceDecision: decision } };
}
