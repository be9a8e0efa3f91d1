import { describe, expect, it } from "vitest";
import type { ContentStatus } from "../../tables.js";
import { availableActions, isEditable, transition } from "./workflow.js";

const now = new Date("2026-03-25T01:00:00Z");
const later = new Date("2026-03-25T02:00:00Z");
const editor = { write: true, approve: false };
const approver = { write: false, approve: true };
const both = { write: true, approve: true };

describe("editorial workflow", () => {
  it("walks draft → submitted → returned → submitted → scheduled → published → unpublished → published", () => {
    let s: ContentStatus = "draft";
    const step = (
      action: Parameters<typeof transition>[1],
      caps: Parameters<typeof transition>[2],
      ctx = {},
    ) => {
      const r = transition(s, action, caps, { now, ...ctx });
      if (!r.ok) throw new Error(`${action} from ${s}: ${r.refusal}`);
      s = r.to;
      return s;
    };
    expect(step("submit", editor)).toBe("submitted");
    expect(step("return", approver, { comment: "Bổ sung nguồn" })).toBe("returned");
    expect(isEditable(s)).toBe(true);
    expect(step("submit", editor)).toBe("submitted");
    expect(step("schedule", approver, { publishAt: later })).toBe("scheduled");
    expect(step("publishDue", "system")).toBe("published");
    expect(step("unpublish", approver)).toBe("unpublished");
    expect(step("publish", approver)).toBe("published");
    expect(step("expire", "system")).toBe("unpublished");
  });

  it("refuses illegal transitions with 409", () => {
    expect(transition("draft", "return", approver, { now, comment: "x" })).toMatchObject({
      ok: false,
      status: 409,
      refusal: "notAllowedFromState",
    });
    expect(transition("published", "submit", editor, { now })).toMatchObject({ ok: false, status: 409 });
    expect(transition("draft", "unpublish", approver, { now })).toMatchObject({ ok: false, status: 409 });
    expect(transition("returned", "publish", approver, { now })).toMatchObject({ ok: false, status: 409 });
    expect(transition("submitted", "publishDue", "system", { now })).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(transition("unpublished", "expire", "system", { now })).toMatchObject({ ok: false, status: 409 });
  });

  it("keeps each side to its own actions (403)", () => {
    expect(transition("submitted", "publish", editor, { now })).toMatchObject({ ok: false, status: 403 });
    expect(transition("draft", "submit", approver, { now })).toMatchObject({ ok: false, status: 403 });
    expect(transition("scheduled", "publishDue", both, { now })).toMatchObject({ ok: false, status: 403 });
    expect(transition("draft", "submit", "system", { now })).toMatchObject({ ok: false, status: 403 });
  });

  it("needs a comment to return and a future time to schedule", () => {
    expect(transition("submitted", "return", approver, { now, comment: "  " })).toMatchObject({
      refusal: "commentRequired",
      status: 422,
    });
    expect(transition("submitted", "schedule", approver, { now })).toMatchObject({
      refusal: "publishAtRequired",
    });
    expect(transition("submitted", "schedule", approver, { now, publishAt: now })).toMatchObject({
      refusal: "publishAtInPast",
    });
    expect(
      transition("submitted", "schedule", approver, { now, publishAt: later, expireAt: later }),
    ).toMatchObject({ refusal: "expiryBeforePublish" });
    expect(transition("submitted", "publish", approver, { now, expireAt: now })).toMatchObject({
      refusal: "expiryPassed",
    });
  });

  it("offers the buttons a person may use", () => {
    expect(availableActions("draft", editor)).toEqual(["submit"]);
    expect(availableActions("submitted", editor)).toEqual([]);
    expect(availableActions("submitted", approver)).toEqual(["return", "publish", "schedule"]);
    expect(availableActions("published", both)).toEqual(["unpublish"]);
    expect(availableActions("unpublished", both)).toEqual(["submit", "publish", "schedule"]);
  });
});
