import { describe, expect, it } from "vitest";
import { createRng } from "../../../platform/random/prng.js";
import { writeArticle } from "../seed/article-writer.js";
import { writerContextFor } from "../seed/seed-sites.js";
import { demoSeedSites } from "../seed/test-sites.js";
import { STORIES } from "../seed/vi-stories.js";
import { loadSpellEngine } from "./dictionary.js";
import { checkSpelling, customWordSet, type SpellEngine } from "./domain/checker.js";
import { STARTING_WORDS } from "./migrations.js";
import { DEMO_PROVINCE_WORDS } from "./seed.js";

/** Every Vietnamese story template, written for one site of each shape of name (as article-writer.test.ts does). */
function demoArticles() {
  const shapes = ["", "van-phong-ubnd-tinh", "so-xay-dung", "ban-quan-ly-kkt-dung-quat", "thanh-tra-tinh"];
  shapes.push("hoi-nong-dan", "huyen-ba-to", "thanh-pho-quang-ngai", "xa-an-vinh");
  const sites = demoSeedSites().filter((s) => shapes.includes(s.slug));
  const at = new Date("2026-09-15T03:00:00Z");
  return Object.entries(STORIES).flatMap(([theme, stories]) =>
    stories.flatMap((story, i) =>
      sites.map((site) =>
        writeArticle(story, writerContextFor(site), createRng(`${theme}:${i}:${site.slug}`), at, {
          closing: true,
        }),
      ),
    ),
  );
}

function falsePositives(engine: SpellEngine, custom: ReadonlySet<string>) {
  let checked = 0;
  let flagged = 0;
  for (const a of demoArticles()) {
    const report = checkSpelling(engine, custom, {
      title: a.title,
      lead: a.lead,
      bodyHtml: a.bodyHtml,
      captions: [],
    });
    checked += report.checked;
    flagged += report.warnings.reduce((sum, w) => sum + w.count, 0);
  }
  return { checked, flagged };
}

describe("spell check on the demo articles (journey 3: correct text gives no warning)", () => {
  const engine = loadSpellEngine();

  it("flags nothing once the starting and demo province words are in the list", () => {
    const result = falsePositives(engine, customWordSet([...STARTING_WORDS, ...DEMO_PROVINCE_WORDS]));
    expect(result.checked).toBeGreaterThan(20_000);
    expect(result.flagged).toBe(0);
  });

  it("flags well under 1% of syllables with the starting list alone (the province's names are what remains)", () => {
    const result = falsePositives(engine, customWordSet(STARTING_WORDS));
    expect(result.flagged / result.checked).toBeLessThan(0.005);
  });
});
