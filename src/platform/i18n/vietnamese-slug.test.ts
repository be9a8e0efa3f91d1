import { describe, expect, it } from "vitest";
import { SLUG_PATTERN, slugFromText, stripDiacritics } from "./vietnamese-slug.js";

describe("Vietnamese slugs", () => {
  it("drops diacritics and turns đ into d", () => {
    expect(stripDiacritics("Đắk Lắk – Ủy ban")).toBe("Dak Lak – Uy ban");
    expect(slugFromText("Quy hoạch – Kiến trúc", 80)).toBe("quy-hoach-kien-truc");
  });

  it("cuts at a word boundary within the length asked for", () => {
    expect(slugFromText("Sở Văn hóa, Thể thao và Du lịch", 12)).toBe("so-van-hoa");
    expect(slugFromText("!!!", 80)).toBe("");
    expect(SLUG_PATTERN.test(slugFromText("  Sở Lao động-Thương binh và Xã hội ", 80))).toBe(true);
  });
});
