/**
 * The life of a dialogue and of its questions, as pure rules. A dialogue is scheduled, then live (answers are given),
 * then ended (the page becomes the transcript). A question is pending until moderated; approved questions wait for
 * the leader's answer during the session; answered ones are numbered in the order the answers were given.
 */
import type { DialogueQuestionStatus, DialogueStatus } from "../../tables.js";

export type DialogueAction = "start" | "end" | "stopQuestions" | "resumeQuestions";
export type QuestionAction = "approve" | "reject" | "answer";

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: "wrongState" };

export interface DialogueState {
  status: DialogueStatus;
  acceptingQuestions: boolean;
}

/** What a session action does to the dialogue, or why it cannot be done now (409). */
export function dialogueTransition(state: DialogueState, action: DialogueAction): Outcome<DialogueState> {
  switch (action) {
    case "start":
      return state.status === "scheduled"
        ? { ok: true, value: { ...state, status: "live" } }
        : { ok: false, problem: "wrongState" };
    case "end":
      // Ending closes the questions too: nothing can be asked of a session that is over.
      return state.status === "live"
        ? { ok: true, value: { status: "ended", acceptingQuestions: false } }
        : { ok: false, problem: "wrongState" };
    case "stopQuestions":
      return state.status !== "ended" && state.acceptingQuestions
        ? { ok: true, value: { ...state, acceptingQuestions: false } }
        : { ok: false, problem: "wrongState" };
    case "resumeQuestions":
      return state.status !== "ended" && !state.acceptingQuestions
        ? { ok: true, value: { ...state, acceptingQuestions: true } }
        : { ok: false, problem: "wrongState" };
  }
}

/**
 * What moderation does to a question. Questions are moderated before and during the session; an answer is only
 * given to an approved question while the session is live.
 */
export function questionTransition(
  dialogue: DialogueStatus,
  question: DialogueQuestionStatus,
  action: QuestionAction,
): Outcome<DialogueQuestionStatus> {
  if (dialogue === "ended") return { ok: false, problem: "wrongState" };
  switch (action) {
    case "approve":
      return question === "pending" || question === "rejected"
        ? { ok: true, value: "approved" }
        : { ok: false, problem: "wrongState" };
    case "reject":
      return question === "pending" || question === "approved"
        ? { ok: true, value: "rejected" }
        : { ok: false, problem: "wrongState" };
    case "answer":
      return dialogue === "live" && question === "approved"
        ? { ok: true, value: "answered" }
        : { ok: false, problem: "wrongState" };
  }
}

/** Whether a citizen may send a question now. */
export function acceptsQuestions(state: DialogueState): boolean {
  return state.status !== "ended" && state.acceptingQuestions;
}

/** The number of the next answer: one more than the highest given so far. */
export function nextAnswerSeq(highest: number | null): number {
  return (highest ?? 0) + 1;
}

export type ListGroup = "live" | "upcoming" | "past";

/** Where a dialogue goes on the public list: what is live now, what is coming (soonest first), what is past. */
export function listGroup(status: DialogueStatus): ListGroup {
  return status === "live" ? "live" : status === "scheduled" ? "upcoming" : "past";
}

export interface Schedulable {
  status: DialogueStatus;
  startsAt: Date;
}

/** The public list, grouped: live and upcoming by start time (soonest first), past by start time (latest first). */
export function groupDialogues<T extends Schedulable>(rows: readonly T[]): Record<ListGroup, T[]> {
  const out: Record<ListGroup, T[]> = { live: [], upcoming: [], past: [] };
  for (const r of rows) out[listGroup(r.status)].push(r);
  const asc = (a: T, b: T) => a.startsAt.getTime() - b.startsAt.getTime();
  out.live.sort(asc);
  out.upcoming.sort(asc);
  out.past.sort((a, b) => -asc(a, b));
  return out;
}

/** Answers in transcript order (by their number), whatever order they were read in. */
export function transcriptOrder<T extends { answerSeq: number | null }>(rows: readonly T[]): T[] {
  return rows
    .filter((r): r is T & { answerSeq: number } => r.answerSeq !== null)
    .sort((a, b) => a.answerSeq - b.answerSeq);
}

/** The Last-Event-ID an EventSource sends on reconnect: the last answer number it saw (0 when absent or garbled). */
export function lastEventId(header: unknown): number {
  const v = Array.isArray(header) ? header[0] : header;
  if (typeof v !== "string" || !/^\d{1,9}$/.test(v.trim())) return 0;
  return Number(v.trim());
}
