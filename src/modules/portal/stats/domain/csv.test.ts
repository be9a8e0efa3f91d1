import { describe, expect, it } from "vitest";
import { csvCell, toCsv, UTF8_BOM } from "./csv.js";

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
