import { describe, expect, it } from "vitest";
import { askValues, parseAnswer, parseAsk, parseSchedule, scheduleValues } from "./input.js";

const tr = (key: string) => key;
const UNIT = "0190a0b0-0000-7000-8000-000000000001";

function form(over: Record<string, string> = {}) {
  return scheduleValues({
    title: "  Đối thoại về thủ tục đất đai ",
    description: "",
    leaderName: "Trần Phước Hiền",
    leaderTitle: "Phó Chủ tịch UBND tỉnh",
    unitId: UNIT,
    startsAt: "05/03/2026 08:00",
    endsAt: "05/03/2026 10:30",
    ...over,
  });
}

describe("schedule form", () => {
  it("accepts a well-formed session, times read in Vietnamese time", () => {
    const r = parseSchedule(form(), (id) => id === UNIT, tr);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.title).toBe("Đối thoại về thủ tục đất đai");
    expect(r.value.startsAt.toISOString()).toBe("2026-03-05T01:00:00.000Z");
    expect(r.value.endsAt.toISOString()).toBe("2026-03-05T03:30:00.000Z");
  });

  it("refuses an end before the start, an unknown unit and missing fields", () => {
    const r = parseSchedule(
      form({ endsAt: "05/03/2026 07:00", unitId: "khong-co", leaderName: "" }),
      () => false,
      tr,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual({
      endsAt: "error.endsAt.beforeStart",
      unitId: "error.unitId.unknown",
      leaderName: "error.leaderName.required",
    });
  });

  it("refuses dates that do not exist", () => {
    const r = parseSchedule(form({ startsAt: "31/02/2026 08:00" }), () => true, tr);
    expect(r.ok ? null : r.errors.startsAt).toBe("error.dateTime");
  });

  it("normalises decomposed Vietnamese to NFC", () => {
    const decomposed = "Đối thoại".normalize("NFD");
    expect(form({ title: decomposed }).title).toBe("Đối thoại");
  });
});

describe("citizen question", () => {
  it("needs a text within the limit and keeps the consent flag", () => {
    expect(parseAsk(askValues({ body: "  " }), tr)).toEqual({
      ok: false,
      errors: { body: "error.body.required" },
    });
    expect(parseAsk(askValues({ body: "x".repeat(2001) }), tr).ok).toBe(false);
    expect(parseAsk(askValues({ body: "Hỏi?", showName: "1" }), tr)).toEqual({
      ok: true,
      value: { body: "Hỏi?", showName: true },
    });
    expect(askValues({ body: "a" }).showName).toBe(false);
  });

  it("needs an answer text", () => {
    expect(parseAnswer({ answer: "" }, tr).ok).toBe(false);
    expect(parseAnswer({ answer: " Trả lời " }, tr)).toEqual({ ok: true, value: "Trả lời" });
  });
});
