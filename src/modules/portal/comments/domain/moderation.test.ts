import { describe, expect, it } from "vitest";
import { MAX_BULK, parseBulk, statusFilter } from "./moderation.js";

const id = (n: number) => `0190a3c4-0000-7000-8000-${String(n).padStart(12, "0")}`;

describe("parseBulk", () => {
  it("reads the ticked ids (one or many) and the pressed button", () => {
    expect(parseBulk({ action: "approve", ids: id(1) })).toEqual({
      ok: true,
      ids: [id(1)],
      status: "approved",
    });
    expect(parseBulk({ action: "reject", ids: [id(1), id(2), id(1).toUpperCase(), "x"] })).toEqual({
      ok: true,
      ids: [id(1), id(2)],
      status: "rejected",
    });
  });

  it("refuses no selection, an unknown action and too large a batch", () => {
    expect(parseBulk({ action: "approve" })).toEqual({ ok: false, problem: "noneSelected" });
    expect(parseBulk({ action: "delete", ids: [id(1)] })).toEqual({ ok: false, problem: "badAction" });
    const many = Array.from({ length: MAX_BULK + 1 }, (_, i) => id(i));
    expect(parseBulk({ action: "approve", ids: many })).toEqual({ ok: false, problem: "tooMany" });
  });

  it("filters status to the known values, pending by default", () => {
    expect(statusFilter("approved")).toBe("approved");
    expect(statusFilter("all")).toBe("all");
    expect(statusFilter("drop table")).toBe("pending");
  });
});
