import { describe, expect, it } from "vitest";
import type { Criterion } from "./criteria.js";
import { DEFAULT_CRITERIA } from "./criteria-data.js";
import { itemStatus, mergeEvidence, NO_EVIDENCE, rankSites, scoreSite } from "./scoring.js";

const NOW = new Date("2026-11-27T05:00:00Z");
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

function criterion(over: Partial<Criterion>): Criterion {
  return {
    key: "k",
    name: "Mục",
    basis: "Nghị định số 42/2022/NĐ-CP",
    appliesTo: ["main", "component"],
    detection: "content",
    minItems: 1,
    freshnessDays: null,
    weight: 1,
    active: true,
    sortOrder: 10,
    ...over,
  };
}

describe("itemStatus (detection and freshness)", () => {
  it("is missing below the minimum number of items", () => {
    expect(itemStatus({ minItems: 1, freshnessDays: null }, NO_EVIDENCE, NOW)).toBe("missing");
    expect(itemStatus({ minItems: 3, freshnessDays: null }, { count: 2, newest: daysAgo(1) }, NOW)).toBe(
      "missing",
    );
    expect(itemStatus({ minItems: 3, freshnessDays: null }, { count: 3, newest: daysAgo(900) }, NOW)).toBe(
      "present",
    );
  });

  it("is stale when the newest item is older than the freshness rule, present on the boundary", () => {
    const rule = { minItems: 1, freshnessDays: 7 };
    expect(itemStatus(rule, { count: 5, newest: daysAgo(7) }, NOW)).toBe("present");
    expect(itemStatus(rule, { count: 5, newest: daysAgo(8) }, NOW)).toBe("stale");
    expect(itemStatus(rule, { count: 5, newest: null }, NOW)).toBe("stale");
  });
});

describe("mergeEvidence", () => {
  it("adds counts and keeps the newest date", () => {
    const merged = mergeEvidence({ count: 2, newest: daysAgo(10) }, { count: 1, newest: daysAgo(3) });
    expect(merged).toEqual({ count: 3, newest: daysAgo(3) });
    expect(mergeEvidence(NO_EVIDENCE, { count: 1, newest: daysAgo(3) }).newest).toEqual(daysAgo(3));
  });
});

describe("scoreSite", () => {
  const criteria = [
    criterion({ key: "a", weight: 2, sortOrder: 20 }),
    criterion({ key: "b", weight: 1, freshnessDays: 7, sortOrder: 10 }),
    criterion({ key: "c", weight: 1, sortOrder: 30 }),
    criterion({ key: "en-only", appliesTo: ["english"] }),
    criterion({ key: "off", active: false }),
  ];

  it("weights the satisfied items and counts missing and stale ones", () => {
    const evidence: Record<string, { count: number; newest: Date | null }> = {
      a: { count: 4, newest: daysAgo(100) },
      b: { count: 1, newest: daysAgo(30) },
    };
    const result = scoreSite("component", criteria, (k) => evidence[k] ?? NO_EVIDENCE, NOW);
    expect(result.items.map((i) => [i.criterion.key, i.status])).toEqual([
      ["b", "stale"],
      ["a", "present"],
      ["c", "missing"],
    ]);
    // 2 of 4 weight points.
    expect(result.score).toBe(50);
    expect(result.missing).toBe(1);
    expect(result.stale).toBe(1);
  });

  it("gives no score when nothing applies to the kind of site", () => {
    const result = scoreSite("english", [criterion({ appliesTo: ["main"] })], () => NO_EVIDENCE, NOW);
    expect(result.score).toBeNull();
    expect(result.items).toEqual([]);
  });

  it("scores 100 when every item is present", () => {
    const result = scoreSite("main", criteria, () => ({ count: 1, newest: daysAgo(1) }), NOW);
    expect(result.score).toBe(100);
  });
});

describe("rankSites", () => {
  it("orders by score, ties by Vietnamese name, sites without a score last", () => {
    const collator = new Intl.Collator("vi");
    const ranked = rankSites(
      [
        { name: "Sở Y tế", score: 50 },
        { name: "Trang tiếng Anh", score: null },
        { name: "Ban Dân tộc", score: 50 },
        { name: "Đức Phổ", score: 50 },
        { name: "Sở Xây dựng", score: 90 },
      ],
      collator,
    );
    expect(ranked.map((s) => s.name)).toEqual([
      "Sở Xây dựng",
      "Ban Dân tộc",
      "Đức Phổ",
      "Sở Y tế",
      "Trang tiếng Anh",
    ]);
  });
});

describe("the default list (Decree 42/2022/NĐ-CP)", () => {
  it("cites the decree on every item, has unique keys and sane rules", () => {
    const keys = new Set(DEFAULT_CRITERIA.map((c) => c.key));
    expect(keys.size).toBe(DEFAULT_CRITERIA.length);
    for (const c of DEFAULT_CRITERIA) {
      expect(c.basis).toContain("Nghị định số 42/2022/NĐ-CP");
      expect(c.name).toBe(c.name.normalize("NFC"));
      expect(c.minItems).toBeGreaterThanOrEqual(1);
      expect(c.weight).toBeGreaterThanOrEqual(1);
    }
    expect(DEFAULT_CRITERIA.find((c) => c.key === "chi-dao-dieu-hanh")?.freshnessDays).toBe(7);
    expect(DEFAULT_CRITERIA.find((c) => c.key === "chien-luoc-quy-hoach-ke-hoach")?.freshnessDays).toBe(365);
  });
});
