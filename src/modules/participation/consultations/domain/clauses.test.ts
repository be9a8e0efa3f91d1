import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseClauses, partLines } from "./clauses.js";

const DRAFT = `Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Nghị quyết này quy định mức hỗ trợ.
Điều 2. Đối tượng áp dụng
1. Hộ gia đình có công với cách mạng.
2. Hộ nghèo theo chuẩn của tỉnh, gồm:
a) Hộ nghèo;
b) Hộ cận nghèo.
Chương II
Điều 3: Mức hỗ trợ
Mức hỗ trợ là 5.000.000 đồng.`;

describe("parseClauses", () => {
  it("splits articles and clauses in reading order, points staying in their clause", () => {
    const r = parseClauses(DRAFT);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.parts.map((p) => p.label)).toEqual([
      "Điều 1",
      "Điều 2",
      "Khoản 1 Điều 2",
      "Khoản 2 Điều 2",
      "Điều 3",
    ]);
    expect(r.parts[0]).toMatchObject({
      heading: "Phạm vi điều chỉnh",
      body: "Nghị quyết này quy định mức hỗ trợ.",
      context: ["Chương I", "QUY ĐỊNH CHUNG"],
    });
    expect(r.parts[3]?.body).toBe("Hộ nghèo theo chuẩn của tỉnh, gồm:\na) Hộ nghèo;\nb) Hộ cận nghèo.");
    expect(r.parts[4]).toMatchObject({ heading: "Mức hỗ trợ", context: ["Chương II"] });
  });

  it("normalises to NFC", () => {
    const r = parseClauses("Điều 1. Tên điều".normalize("NFD"));
    expect(r.ok && r.parts[0]?.label).toBe("Điều 1");
    expect(r.ok && r.parts[0]?.heading).toBe("Tên điều".normalize("NFC"));
  });

  it("keeps sentences that only look like structure lines as text", () => {
    const r = parseClauses(
      "Phần thứ nhất\nĐiều 1. A\nMục tiêu của chính sách là hỗ trợ.\nChương này không áp dụng.",
    );
    expect(r.ok && r.parts[0]).toMatchObject({
      context: ["Phần thứ nhất"],
      body: "Mục tiêu của chính sách là hỗ trợ.\nChương này không áp dụng.",
    });
  });

  it("keeps a sentence starting with Điều N without a period as text", () => {
    const r = parseClauses("Điều 1. A\nĐiều 5 của Luật này được áp dụng.");
    expect(r.ok && r.parts.length).toBe(1);
  });

  it("refuses text without articles, a preamble, duplicates and disorder", () => {
    expect(parseClauses("   \n ")).toEqual({ ok: false, errors: [{ code: "empty" }] });
    expect(parseClauses("Một đoạn văn.")).toEqual({ ok: false, errors: [{ code: "noArticle" }] });
    expect(parseClauses("NGHỊ QUYẾT\nCăn cứ Luật…\nĐiều 1. A")).toEqual({
      ok: false,
      errors: [{ code: "preamble", line: 1 }],
    });
    const r = parseClauses("Điều 1. A\nĐiều 3. B\nĐiều 2. C\nĐiều 3. D\n1. x\n1. y\n3. z\n2. w");
    expect(r).toEqual({
      ok: false,
      errors: [
        { code: "articleOrder", line: 3, article: 2, previous: 3 },
        { code: "duplicateArticle", line: 4, article: 3 },
        { code: "duplicateClause", line: 6, article: 3, clause: 1 },
        { code: "clauseOrder", line: 8, article: 3, clause: 2, previous: 3 },
      ],
    });
  });

  it("re-joining the parts gives back every non-empty line (property)", () => {
    const word = fc.constantFrom("quy", "định", "hỗ", "trợ", "người", "dân", "a)", "b)", "Luật", "năm");
    const text = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(" "));
    const article = fc.record({
      context: fc.array(fc.constantFrom("Chương I", "Mục 2 Quản lý"), { maxLength: 1 }),
      heading: text,
      intro: fc.array(text, { maxLength: 2 }),
      clauses: fc.array(fc.record({ first: text, more: fc.array(text, { maxLength: 2 }) }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 5 }), (articles) => {
        const lines: string[] = [];
        articles.forEach((a, i) => {
          lines.push(...a.context, `Điều ${i + 1}. ${a.heading}`, ...a.intro);
          a.clauses.forEach((c, j) => {
            lines.push(`${j + 1}. ${c.first}`, ...c.more);
          });
        });
        const r = parseClauses(lines.join("\n\n"));
        if (!r.ok) throw new Error(JSON.stringify(r.errors));
        expect(r.parts.flatMap(partLines)).toEqual(lines);
      }),
    );
  });
});
