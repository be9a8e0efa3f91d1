import { vnDay } from "../../../../platform/calendar/vn-day.js";
import type { QuestionKind } from "../../tables.js";
import { QUESTION_KINDS } from "./status.js";

/** The counter row a question's code is numbered in: the kind's prefix and the Vietnamese day it was sent. */
export function questionCounterKey(kind: QuestionKind, at: Date): { prefix: string; day: string } {
  return { prefix: QUESTION_KINDS[kind].prefix, day: vnDay(at) };
}

/** `HD-261127-0007`: prefix, the Vietnamese day as yymmdd, the day's sequence (at least four digits). */
export function formatQuestionCode(prefix: string, day: string, seq: number): string {
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`Bad question sequence ${seq}`);
  const yymmdd = `${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}`;
  return `${prefix}-${yymmdd}-${String(seq).padStart(4, "0")}`;
}

const CODE = /^(HD|DN|PA)-\d{6}-\d{4,}$/;

/** Whether a path segment can be a question code at all (anything else is a 404 without a query). */
export function looksLikeQuestionCode(text: string): boolean {
  return text.length <= 30 && CODE.test(text);
}
