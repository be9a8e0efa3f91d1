import { describe, expect, it } from "vitest";
import { createRng } from "../../../platform/random/prng.js";
import { plainText, sanitizeBody } from "../content/domain/sanitize.js";
import { capitalise, fill, writeArticle } from "./article-writer.js";
import { EN_STORIES, TRANSLATED_PAIRS } from "./en-stories.js";
import { writerContextFor } from "./seed-sites.js";
import { demoSeedSites } from "./test-sites.js";
import { STORIES } from "./vi-stories.js";

const sites = demoSeedSites();
const at = new Date("2026-09-15T03:00:00Z");

describe("article writer", () => {
  it("fills every slot of every story for every kind of site, in NFC, with sanitiser-stable HTML", () => {
    // One site of each shape of name and leadership: province, office, department, board, inspectorate,
    // association, district, city and commune.
    const shapes = ["", "van-phong-ubnd-tinh", "so-xay-dung", "ban-quan-ly-kkt-dung-quat", "thanh-tra-tinh"];
    shapes.push("hoi-nong-dan", "huyen-ba-to", "thanh-pho-quang-ngai", "xa-an-vinh");
    const vi = sites.filter((s) => shapes.includes(s.slug));
    expect(vi).toHaveLength(shapes.length);
    const en = sites.filter((s) => s.lang === "en");
    let written = 0;
    for (const [theme, stories] of Object.entries({ ...STORIES, ...EN_STORIES })) {
      const pool = theme.startsWith("en_") ? en : vi;
      for (const [i, story] of stories.entries()) {
        for (const site of pool) {
          const rng = createRng(`${theme}:${i}:${site.slug}`);
          const a = writeArticle(story, writerContextFor(site), rng, at, { closing: true });
          for (const text of [a.title, a.lead, a.bodyHtml, a.bodyText, ...a.tags]) {
            expect(text).toBe(text.normalize("NFC"));
            expect(text).not.toMatch(/[{}]/);
            expect(text).not.toMatch(/undefined|NaN/);
          }
          expect(a.title.charAt(0)).toBe(a.title.charAt(0).toLocaleUpperCase("vi"));
          // What the editor's sanitiser would store is exactly what the seed stores.
          const clean = sanitizeBody(a.bodyHtml);
          expect(clean.html).toBe(a.bodyHtml);
          expect(clean.text).toBe(a.bodyText);
          expect(plainText(a.bodyHtml)).toBe(a.bodyText);
          written++;
        }
      }
    }
    expect(written).toBeGreaterThan(300);
  });

  it("writes about the site's own unit, leaders and area", () => {
    const district = sites.find((s) => s.slug === "huyen-ba-to");
    const department = sites.find((s) => s.slug === "so-xay-dung");
    if (!district || !department) throw new Error("demo sites missing");
    const story = STORIES.unit_news.find((s) => s.titles[0]?.startsWith("Đoàn công tác"));
    if (!story) throw new Error("story missing");
    const a = writeArticle(story, writerContextFor(district), createRng("x"), at);
    expect(a.lead).toContain("huyện Ba Tơ");
    expect(a.lead).toMatch(/Chủ tịch UBND huyện Ba Tơ|Phó Chủ tịch UBND huyện Ba Tơ/);
    const b = writeArticle(STORIES.unit_news[0] ?? story, writerContextFor(department), createRng("y"), at);
    expect(`${b.title} ${b.lead}`).toContain("Sở Xây dựng");
  });

  it("derives months and quarters from the publish date (Việt Nam time)", () => {
    const story = STORIES.statistics[0];
    if (!story) throw new Error("story missing");
    const main = sites[0];
    if (!main) throw new Error("no site");
    // 31/12 at 20:00 UTC is already 1 January in Việt Nam: "last month" is December of the year before.
    const a = writeArticle(story, writerContextFor(main), createRng("s"), new Date("2026-12-31T20:00:00Z"));
    expect(a.title).toBe("Tình hình kinh tế – xã hội tháng 12 năm 2026");
  });

  it("refuses unknown slots and capitalises the first letter", () => {
    expect(() => fill("{nope}", {})).toThrow(/nope/);
    expect(capitalise("huyện Lý Sơn")).toBe("Huyện Lý Sơn");
    expect(capitalise("đường ven biển")).toBe("Đường ven biển");
  });

  it("pairs each English investment article with a Vietnamese original", () => {
    for (const pair of TRANSLATED_PAIRS) {
      expect(pair.vi.title).not.toBe(pair.en.title);
      expect(pair.vi.paragraphs.length).toBe(pair.en.paragraphs.length);
    }
  });
});
