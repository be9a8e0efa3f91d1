import { describe, expect, it } from "vitest";
import { isValidContentSlug, slugify, uniqueSlug } from "./slug.js";

describe("content slugs", () => {
  it("strips Vietnamese diacritics and maps đ to d", () => {
    expect(slugify("Quảng Ngãi: Đường Trường Sa – Hoàng Sa được đầu tư 200 tỷ đồng")).toBe(
      "quang-ngai-duong-truong-sa-hoang-sa-duoc-dau-tu-200-ty-dong",
    );
    expect(slugify("ĐẠI HỘI Đảng bộ")).toBe("dai-hoi-dang-bo");
    expect(slugify("  !!!  ")).toBe("");
  });

  it("cuts long titles at a word boundary", () => {
    const slug = slugify("từ ".repeat(100));
    expect(slug.length).toBeLessThanOrEqual(120);
    expect(slug.endsWith("-")).toBe(false);
    expect(isValidContentSlug(slug)).toBe(true);
  });

  it("adds -2, -3 … when taken", () => {
    expect(uniqueSlug("tin-moi", new Set())).toBe("tin-moi");
    expect(uniqueSlug("tin-moi", new Set(["tin-moi"]))).toBe("tin-moi-2");
    expect(uniqueSlug("tin-moi", new Set(["tin-moi", "tin-moi-2"]))).toBe("tin-moi-3");
    expect(uniqueSlug("", new Set())).toBe("bai-viet");
  });

  it("validates slugs typed by editors", () => {
    expect(isValidContentSlug("bai-viet-1")).toBe(true);
    expect(isValidContentSlug("Bai viet")).toBe(false);
    expect(isValidContentSlug("-a")).toBe(false);
    expect(isValidContentSlug("a--b")).toBe(false);
  });
});
