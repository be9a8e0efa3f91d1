import { describe, expect, it } from "vitest";
import { loadSpellEngine } from "../dictionary.js";
import { STARTING_WORDS } from "../migrations.js";
import {
  checkSpelling,
  countMisspellings,
  customWordSet,
  LIMITS,
  type SpellEngine,
  type SpellInput,
} from "./checker.js";

const engine = loadSpellEngine();
const custom = customWordSet([...STARTING_WORDS, "Dung Quất", "Lý Sơn", "Hrê"]);

function input(parts: Partial<SpellInput>): SpellInput {
  return { title: "", lead: "", bodyHtml: "", captions: [], ...parts };
}

const CORRECT =
  "<p>Sáng 15/9, Chủ tịch UBND tỉnh dẫn đầu đoàn công tác kiểm tra tiến độ thi công dự án. Theo báo cáo của chủ " +
  "đầu tư, khối lượng thi công đạt khoảng 65% giá trị hợp đồng; nhà thầu đã huy động nhiều mũi thi công, tập trung " +
  "hoàn thành nền đường và các hạng mục cầu, cống trước mùa mưa bão.</p><p>Tuy nhiên, công tác bồi thường, giải " +
  "phóng mặt bằng tại một số đoạn còn chậm do vướng mắc về xác định nguồn gốc đất và tái định cư cho các hộ dân. " +
  "Người dân cần biết thêm thông tin có thể liên hệ trực tiếp Văn phòng HĐND và UBND tỉnh qua Cổng thông tin điện " +
  "tử.</p>";

describe("checkSpelling", () => {
  it("flags the typical typos with a context and a suggestion", () => {
    const report = checkSpelling(
      engine,
      custom,
      input({
        title: "Quyết địnnh phê duyệt kế hoạch",
        lead: "Cung cấp thôngg tin cho người dân",
        bodyHtml: "<p>Các sở, ban, nghành liên quan phối hợp thực hiện. Các nghành chức năng kiểm tra.</p>",
      }),
    );
    expect(report.warnings.map((w) => [w.word, w.field, w.count])).toEqual([
      ["địnnh", "title", 1],
      ["thôngg", "lead", 1],
      ["nghành", "body", 2],
    ]);
    const byWord = new Map(report.warnings.map((w) => [w.word, w]));
    expect(byWord.get("địnnh")?.suggestions).toContain("định");
    expect(byWord.get("thôngg")?.suggestions).toContain("thông");
    expect(byWord.get("nghành")?.suggestions).toContain("ngành");
    expect(byWord.get("nghành")).toMatchObject({
      before: "Các sở, ban, ",
      after: " liên quan phối hợp thực hiện. Các…",
    });
    expect(report.flagged).toBe(3);
  });

  it("gives no warning on correct official Vietnamese, in either tone style", () => {
    expect(checkSpelling(engine, custom, input({ bodyHtml: CORRECT })).warnings).toEqual([]);
    const styles = "Hòa bình, sức khỏe, thủy lợi; hoà bình, sức khoẻ, thuỷ lợi; QUYẾT ĐỊNH";
    expect(checkSpelling(engine, custom, input({ lead: styles })).warnings).toEqual([]);
  });

  it("respects the province's words: names in any case, acronyms only in capitals", () => {
    const text = "Khu kinh tế Dung Quất, huyện LÝ SƠN, người Hrê; TTHC và tthc; Doosan";
    const words = checkSpelling(engine, custom, input({ lead: text })).warnings.map((w) => w.word);
    expect(words).toEqual(["tthc", "Doosan"]);
    const more = customWordSet([...STARTING_WORDS, "Doosan"]);
    expect(checkSpelling(engine, more, input({ lead: "Doosan" })).warnings).toEqual([]);
  });

  it("reads the body as text (tags and attributes are not words) and checks image captions", () => {
    const report = checkSpelling(
      engine,
      custom,
      input({
        bodyHtml:
          '<p class="lead"><a href="https://vi.wikipedia.org/wiki/Ngãi">Quảng Ngãi</a></p><figure><figcaption>Cầu Trà Khúcc</figcaption></figure>',
        captions: ["Ảnh: Nguyễn Vănn A"],
      }),
    );
    expect(report.warnings.map((w) => [w.word, w.field])).toEqual([
      ["Khúcc", "body"],
      ["Vănn", "caption"],
    ]);
  });

  it("skips symbols, numbers, addresses and Roman numerals", () => {
    const text =
      "Báo cáo 69/BC-VP ngày 05/03/2026 quý III, xem https://quangngai.gov.vn hoặc gửi thư tới vanthu@quangngai.gov.vn";
    expect(checkSpelling(engine, custom, input({ lead: text })).warnings).toEqual([]);
  });

  it("bounds the work: a capped list, suggestions for the first few short words only", () => {
    let suggestCalls = 0;
    const counting: SpellEngine = {
      correct: () => false,
      suggest: (w) => {
        suggestCalls++;
        return engine.suggest(w);
      },
    };
    const many = Array.from(
      { length: 200 },
      (_, i) => `từ${"abcdefghij"[i % 10]}${"klmnopqrst"[Math.floor(i / 10) % 10]}x`,
    );
    const long = `${"nghiêng".repeat(3)} `;
    const report = checkSpelling(counting, new Set(), input({ bodyHtml: `<p>${long}${many.join(" ")}</p>` }));
    expect(report.warnings).toHaveLength(LIMITS.warnings);
    expect(report.flagged).toBe(101);
    expect(report.warnings[0]?.suggestions).toEqual([]);
    expect(suggestCalls).toBe(LIMITS.suggestWords - 1);
    for (const w of report.warnings) expect(w.suggestions.length).toBeLessThanOrEqual(LIMITS.suggestions);
  });

  it("counts without suggesting", () => {
    const noSuggest: SpellEngine = {
      correct: (w) => engine.correct(w),
      suggest: () => {
        throw new Error("count must not ask for suggestions");
      },
    };
    expect(
      countMisspellings(noSuggest, custom, input({ title: "Quyết địnnh", lead: "thôngg tin, nghành" })),
    ).toBe(3);
  });
});
