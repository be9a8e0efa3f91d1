import { describe, expect, it } from "vitest";
import {
  acceptsQuestions,
  dialogueTransition,
  groupDialogues,
  lastEventId,
  nextAnswerSeq,
  questionTransition,
  transcriptOrder,
} from "./state.js";

describe("dialogue state machine", () => {
  it("goes scheduled → live → ended and no other way", () => {
    const scheduled = { status: "scheduled" as const, acceptingQuestions: true };
    const live = dialogueTransition(scheduled, "start");
    expect(live).toEqual({ ok: true, value: { status: "live", acceptingQuestions: true } });
    expect(dialogueTransition(scheduled, "end")).toEqual({ ok: false, problem: "wrongState" });
    if (!live.ok) throw new Error("unreachable");
    expect(dialogueTransition(live.value, "start").ok).toBe(false);
    const ended = dialogueTransition(live.value, "end");
    expect(ended).toEqual({ ok: true, value: { status: "ended", acceptingQuestions: false } });
    if (!ended.ok) throw new Error("unreachable");
    expect(dialogueTransition(ended.value, "start").ok).toBe(false);
    expect(dialogueTransition(ended.value, "resumeQuestions").ok).toBe(false);
  });

  it("stops and resumes taking questions before the end", () => {
    const open = { status: "live" as const, acceptingQuestions: true };
    const stopped = dialogueTransition(open, "stopQuestions");
    expect(stopped).toEqual({ ok: true, value: { status: "live", acceptingQuestions: false } });
    expect(dialogueTransition(open, "resumeQuestions").ok).toBe(false);
    if (!stopped.ok) throw new Error("unreachable");
    expect(acceptsQuestions(stopped.value)).toBe(false);
    expect(dialogueTransition(stopped.value, "resumeQuestions").ok).toBe(true);
    expect(acceptsQuestions({ status: "ended", acceptingQuestions: true })).toBe(false);
  });
});

describe("question moderation", () => {
  it("approves and rejects before and during the session, never after", () => {
    expect(questionTransition("scheduled", "pending", "approve")).toEqual({ ok: true, value: "approved" });
    expect(questionTransition("live", "pending", "reject")).toEqual({ ok: true, value: "rejected" });
    expect(questionTransition("live", "rejected", "approve")).toEqual({ ok: true, value: "approved" });
    expect(questionTransition("ended", "pending", "approve").ok).toBe(false);
    expect(questionTransition("live", "answered", "reject").ok).toBe(false);
  });

  it("answers only approved questions while live", () => {
    expect(questionTransition("live", "approved", "answer")).toEqual({ ok: true, value: "answered" });
    expect(questionTransition("scheduled", "approved", "answer").ok).toBe(false);
    expect(questionTransition("live", "pending", "answer").ok).toBe(false);
    expect(questionTransition("live", "answered", "answer").ok).toBe(false);
  });
});

describe("ordering", () => {
  it("numbers answers one after another", () => {
    expect(nextAnswerSeq(null)).toBe(1);
    expect(nextAnswerSeq(7)).toBe(8);
  });

  it("puts the transcript in answer order and leaves out the unanswered", () => {
    const rows = [{ answerSeq: 3 }, { answerSeq: null }, { answerSeq: 1 }, { answerSeq: 2 }];
    expect(transcriptOrder(rows).map((r) => r.answerSeq)).toEqual([1, 2, 3]);
  });

  it("groups the public list: live, upcoming soonest first, past latest first", () => {
    const at = (d: number) => new Date(Date.UTC(2026, 0, d));
    const rows = [
      { id: "a", status: "ended" as const, startsAt: at(1) },
      { id: "b", status: "scheduled" as const, startsAt: at(20) },
      { id: "c", status: "live" as const, startsAt: at(10) },
      { id: "d", status: "scheduled" as const, startsAt: at(15) },
      { id: "e", status: "ended" as const, startsAt: at(5) },
    ];
    const g = groupDialogues(rows);
    expect(g.live.map((r) => r.id)).toEqual(["c"]);
    expect(g.upcoming.map((r) => r.id)).toEqual(["d", "b"]);
    expect(g.past.map((r) => r.id)).toEqual(["e", "a"]);
  });

  it("reads Last-Event-ID, ignoring garbage", () => {
    expect(lastEventId("12")).toBe(12);
    expect(lastEventId(undefined)).toBe(0);
    expect(lastEventId("abc")).toBe(0);
    expect(lastEventId("-3")).toBe(0);
  });
});
