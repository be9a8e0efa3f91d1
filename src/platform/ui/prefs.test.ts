import { describe, expect, it } from "vitest";
import { htmlClass, parsePrefs, safeReturnPath, serializePrefs } from "./prefs.js";

describe("display preferences", () => {
  it("round-trips through the cookie and ignores junk", () => {
    const prefs = { fontSize: "larger" as const, contrast: true };
    expect(parsePrefs(serializePrefs(prefs))).toEqual(prefs);
    expect(parsePrefs("<script>.x")).toEqual({ fontSize: "normal", contrast: false });
    expect(htmlClass(prefs)).toBe("font-larger contrast");
    expect(htmlClass(parsePrefs(undefined))).toBe("");
  });

  it("only redirects to same-site paths", () => {
    expect(safeReturnPath("/so-xay-dung?x=1")).toBe("/so-xay-dung?x=1");
    expect(safeReturnPath("//evil.example/")).toBe("/");
    expect(safeReturnPath("https://evil.example/")).toBe("/");
    expect(safeReturnPath("/\\evil.example")).toBe("/");
    expect(safeReturnPath(undefined)).toBe("/");
  });
});
