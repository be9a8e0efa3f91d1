import { describe, expect, it } from "vitest";
import type { HistoryEvent } from "../../notifications/domain/lookup.js";
import { pendingSupplementNote } from "./dossier-view.js";

const at = new Date("2026-03-02T03:00:00Z");
const ev = (action: HistoryEvent["action"], note: string | null = null): HistoryEvent => ({
  action,
  note,
  due_on: null,
  at,
});

describe("citizen dossier page helpers", () => {
  it("shows the latest supplement note only while the dossier waits for it", () => {
    const events = [
      ev("submit"),
      ev("request_supplement", "Thiếu bản sao"),
      ev("supplement"),
      ev("request_supplement", "Ảnh mờ"),
    ];
    expect(pendingSupplementNote("supplement_requested", events)).toBe("Ảnh mờ");
    expect(pendingSupplementNote("processing", events)).toBeNull();
    expect(pendingSupplementNote("supplement_requested", [ev("submit")])).toBeNull();
  });
});
