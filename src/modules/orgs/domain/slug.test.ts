import { describe, expect, it } from "vitest";
import { isValidSlug, RESERVED_SLUGS, slugProblem, suggestSlug } from "./slug.js";

describe("site slugs", () => {
  it("accepts lower-case words joined by single hyphens", () => {
    expect(isValidSlug("so-xay-dung")).toBe(true);
    expect(isValidSlug("huyen-ly-son")).toBe(true);
    expect(isValidSlug("ubnd2")).toBe(true);
  });

  it("refuses upper case, diacritics, spaces, leading/trailing/double hyphens, slashes and dots", () => {
    for (const bad of [
      "So-Xay-Dung",
      "sở-xây-dựng",
      "so xay dung",
      "-so",
      "so-",
      "so--xd",
      "a/b",
      "a.b",
      "",
    ]) {
      expect(slugProblem(bad), bad).toBe("format");
    }
  });

  it("refuses every reserved first segment", () => {
    for (const slug of [
      "admin",
      "api",
      "static",
      "en",
      "healthz",
      "tim-kiem",
      "dang-nhap",
      "van-ban",
      "hoi-dap",
    ]) {
      expect(RESERVED_SLUGS.has(slug)).toBe(true);
      expect(slugProblem(slug), slug).toBe("reserved");
    }
    // Names with a dot cannot even be slugs, and stay reserved for the files they name.
    expect(slugProblem("sitemap.xml")).not.toBeNull();
    expect(slugProblem("robots.txt")).not.toBeNull();
  });

  it("refuses slugs longer than 80 characters", () => {
    expect(slugProblem("a".repeat(81))).toBe("tooLong");
    expect(slugProblem("a".repeat(80))).toBeNull();
  });

  it("suggests a slug from a Vietnamese name (no diacritics, đ → d)", () => {
    expect(suggestSlug("Sở Du lịch")).toBe("so-du-lich");
    expect(suggestSlug("Huyện Đức Phổ")).toBe("huyen-duc-pho");
    expect(suggestSlug("Sở Văn hóa, Thể thao và Du lịch")).toBe("so-van-hoa-the-thao-va-du-lich");
    expect(suggestSlug("  Sở Lao động-Thương binh và Xã hội ")).toBe("so-lao-dong-thuong-binh-va-xa-hoi");
    expect(suggestSlug("Phường Trần Phú")).toBe("phuong-tran-phu");
    // Decomposed input (NFD) gives the same result.
    expect(suggestSlug("Sở Xây dựng".normalize("NFD"))).toBe("so-xay-dung");
    expect(isValidSlug(suggestSlug("Ủy ban nhân dân tỉnh Quảng Ngãi"))).toBe(true);
  });

  it("keeps suggestions within the length limit on whole words", () => {
    const long = suggestSlug(
      "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi ".repeat(3),
    );
    expect(long.length).toBeLessThanOrEqual(80);
    expect(isValidSlug(long)).toBe(true);
  });
});
