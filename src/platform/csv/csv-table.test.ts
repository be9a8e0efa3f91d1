import { describe, expect, it } from "vitest";
import { csvCell, matchHeaders, parseCsvTable, toCsv, UTF8_BOM } from "./csv-table.js";

describe("CSV", () => {
  it("starts with a BOM, uses CRLF and quotes only when needed", () => {
    const csv = toCsv(
      ["Ngày", "Tiêu đề", "Lượt xem"],
      [
        ["05/03/2026", 'Lễ hội "Khao lề thế lính", Lý Sơn', 12],
        ["06/03/2026", "Dòng 1\nDòng 2", 0],
      ],
    );
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1)).toBe(
      'Ngày,Tiêu đề,Lượt xem\r\n05/03/2026,"Lễ hội ""Khao lề thế lính"", Lý Sơn",12\r\n06/03/2026,"Dòng 1\nDòng 2",0\r\n',
    );
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("keeps formulas as text", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+84 255")).toBe("'+84 255");
    expect(csvCell("-5")).toBe("'-5");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(null)).toBe("");
  });
});

describe("reading CSV", () => {
  const fold = (s: string) =>
    s
      .normalize("NFD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .trim();

  it("drops the BOM, reads semicolon files and numbers rows as a spreadsheet does", () => {
    const parsed = parseCsvTable(`${UTF8_BOM}Mã;Tên\r\n1;"Sở Tư pháp; Sở Nội vụ"\r\n\r\n2;Ba Tơ\r\n`);
    expect(parsed).toEqual({
      ok: true,
      header: ["Mã", "Tên"],
      rows: [
        { rowNumber: 2, cells: ["1", "Sở Tư pháp; Sở Nội vụ"] },
        { rowNumber: 4, cells: ["2", "Ba Tơ"] },
      ],
    });
  });

  it("names an empty file and the line of an unreadable one", () => {
    expect(parseCsvTable("  \r\n")).toEqual({ ok: false, problem: "empty" });
    expect(parseCsvTable('Mã,Tên\n1,"không đóng')).toMatchObject({ ok: false, problem: "unreadable" });
  });

  it("matches headers however they are accented, and lists missing and unknown ones", () => {
    const known = [
      { key: "code", header: "Mã số", required: true },
      { key: "name", header: "Tên", required: true },
      { key: "note", header: "Ghi chú", required: false },
    ];
    const m = matchHeaders(["MA SO", "ghi chu", "Cột lạ", ""], known, fold);
    expect(m.columns.map((c) => c?.key)).toEqual(["code", "note", undefined, undefined]);
    expect(m.missing.map((c) => c.key)).toEqual(["name"]);
    expect(m.ignoredHeaders).toEqual(["Cột lạ"]);
  });
});
