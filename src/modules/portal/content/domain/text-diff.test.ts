import { describe, expect, it } from "vitest";
import { diffText, hasChanges } from "./text-diff.js";

describe("word-level diff", () => {
  it("marks removed and added words and merges runs", () => {
    const d = diffText("Cầu Trà Khúc được sửa chữa", "Cầu Trà Khúc 2 được nâng cấp");
    expect(hasChanges(d)).toBe(true);
    const removed = d.filter((s) => s.kind === "removed").map((s) => s.text.trim());
    const added = d.filter((s) => s.kind === "added").map((s) => s.text.trim());
    expect(removed.join(" ")).toContain("sửa chữa");
    expect(added.join(" ")).toContain("nâng cấp");
    expect(added.join(" ")).toContain("2");
    // Putting the pieces back gives each side.
    expect(
      d
        .filter((s) => s.kind !== "added")
        .map((s) => s.text)
        .join(""),
    ).toBe("Cầu Trà Khúc được sửa chữa");
    expect(
      d
        .filter((s) => s.kind !== "removed")
        .map((s) => s.text)
        .join(""),
    ).toBe("Cầu Trà Khúc 2 được nâng cấp");
  });

  it("shows nothing changed for equal texts", () => {
    expect(hasChanges(diffText("a b", "a b"))).toBe(false);
    expect(diffText("", "")).toEqual([]);
  });
});
