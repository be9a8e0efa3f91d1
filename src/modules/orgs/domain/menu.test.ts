import { describe, expect, it } from "vitest";
import { checkMenuRows, isMenuHref } from "./menu.js";

describe("menu links", () => {
  it("accepts same-site paths and https addresses", () => {
    for (const ok of [
      "/",
      "/so-xay-dung/tin-tuc",
      "/#lien-he",
      "/tim-kiem?q=a",
      "https://dichvucong.gov.vn/p/home",
    ]) {
      expect(isMenuHref(ok), ok).toBe(true);
    }
  });

  it("refuses other schemes, protocol-relative and malformed links", () => {
    for (const bad of [
      "javascript:alert(1)",
      "http://example.com",
      "//evil.example",
      "/\\evil.example",
      "https://",
      "https://user:pw@example.com",
      "so-xay-dung",
      "/a b",
      "",
      `/${"a".repeat(600)}`,
    ]) {
      expect(isMenuHref(bad), bad).toBe(false);
    }
  });

  it("drops empty rows and reports half-filled ones", () => {
    const { items, problems } = checkMenuRows([
      { label: "Tin tức", href: "/so-xay-dung/tin-tuc" },
      { label: " ", href: "" },
      { label: "", href: "/x" },
      { label: "Ngoài", href: "ftp://x" },
    ]);
    expect(items.map((i) => i.label)).toEqual(["Tin tức", "", "Ngoài"]);
    expect(problems).toEqual([
      { index: 2, field: "label", problem: "labelRequired" },
      { index: 3, field: "href", problem: "hrefInvalid" },
    ]);
  });
});
