import { describe, expect, it } from "vitest";
import { viCollator } from "../../../../platform/i18n/index.js";
import { foldDocumentName, papersToKeep, parseDocumentId, rankForSlot } from "./matching.js";

const doc = (id: string, title: string, documentName: string | null, day: number) => ({
  id,
  title,
  documentName,
  createdAt: new Date(Date.UTC(2026, 0, day)),
});

describe("foldDocumentName", () => {
  it("drops tone marks, đ, case, punctuation and extra spaces", () => {
    expect(foldDocumentName("  Giấy CHỨNG   sinh (bản sao) ")).toBe("giay chung sinh ban sao");
    expect(foldDocumentName("Đơn đề nghị")).toBe("don de nghi");
    expect(foldDocumentName("Giấy chứng sinh")).toBe(foldDocumentName("giay chung sinh"));
  });
});

describe("rankForSlot", () => {
  const docs = [
    doc("a", "Ảnh chân dung", "Ảnh chân dung", 1),
    doc("b", "Giấy chứng sinh", "Giấy chứng sinh", 2),
    doc("c", "Bản sao giấy khai sinh", null, 3),
    doc("d", "giay chung sinh", "GIAY CHUNG SINH", 5),
    doc("e", "Đơn đề nghị", "Đơn đề nghị", 4),
  ];

  it("puts papers of the same name first, newest first, then the rest in Vietnamese order", () => {
    const ranked = rankForSlot("Giấy chứng sinh", docs, viCollator);
    expect(ranked.map((r) => r.doc.id)).toEqual(["d", "b", "a", "c", "e"]);
    expect(ranked.map((r) => r.match)).toEqual([true, true, false, false, false]);
  });

  it("sorts Ă/Â/Đ after their base letters, not by code point", () => {
    const ranked = rankForSlot(
      "Không trùng",
      [
        doc("1", "Đơn", null, 1),
        doc("2", "Danh sách", null, 1),
        doc("3", "Ảnh", null, 1),
        doc("4", "Bìa", null, 1),
      ],
      viCollator,
    );
    expect(ranked.map((r) => r.doc.title)).toEqual(["Ảnh", "Bìa", "Danh sách", "Đơn"]);
  });

  it("matches a result by its title when it has no paper name", () => {
    const ranked = rankForSlot("Bản sao giấy khai sinh", docs, viCollator);
    expect(ranked[0]?.doc.id).toBe("c");
    expect(ranked[0]?.match).toBe(true);
  });

  it("offers nothing as a match for an empty slot name", () => {
    expect(rankForSlot("", docs, viCollator).every((r) => !r.match)).toBe(true);
  });
});

describe("papersToKeep", () => {
  const p = (sha: string, name: string | null = "Tờ khai") => ({
    documentName: name,
    filename: `${sha}.pdf`,
    sha256: sha.repeat(64).slice(0, 64),
    mime: "application/pdf",
    size: 10,
  });

  it("skips contents already stored and the same content twice", () => {
    const kept = papersToKeep([p("a"), p("b"), p("a", null), p("c")], new Set([p("b").sha256]));
    expect(kept.map((k) => k.filename)).toEqual(["a.pdf", "c.pdf"]);
  });
});

describe("parseDocumentId", () => {
  it("accepts a UUID only", () => {
    expect(parseDocumentId("0190ABCD-0000-7000-8000-000000000001")).toBe(
      "0190abcd-0000-7000-8000-000000000001",
    );
    expect(parseDocumentId("1; drop table")).toBeNull();
    expect(parseDocumentId(["x"])).toBeNull();
    expect(parseDocumentId(undefined)).toBeNull();
  });
});
