import { describe, expect, it } from "vitest";
import { inSentence, leaderTitle, writerContextFor } from "./seed-sites.js";
import { demoSeedSites } from "./test-sites.js";

describe("seed sites", () => {
  it("joins a leader's position and the unit without repeating shared words", () => {
    expect(leaderTitle("Chánh Văn phòng", "Văn phòng Ủy ban nhân dân tỉnh")).toBe(
      "Chánh Văn phòng Ủy ban nhân dân tỉnh",
    );
    expect(leaderTitle("Chủ tịch UBND huyện", "huyện Ba Tơ")).toBe("Chủ tịch UBND huyện Ba Tơ");
    expect(leaderTitle("Chủ tịch UBND thành phố", "thành phố Quảng Ngãi")).toBe(
      "Chủ tịch UBND thành phố Quảng Ngãi",
    );
    expect(leaderTitle("Phó Trưởng ban", "Ban Dân tộc")).toBe("Phó Trưởng Ban Dân tộc");
    expect(leaderTitle("Chánh Thanh tra", "Thanh tra tỉnh")).toBe("Chánh Thanh tra tỉnh");
    expect(leaderTitle("Giám đốc", "Sở Xây dựng")).toBe("Giám đốc Sở Xây dựng");
  });

  it("writes local units in sentence case and speaks for each kind of site", () => {
    expect(inSentence("Huyện Lý Sơn")).toBe("huyện Lý Sơn");
    expect(inSentence("Sở Y tế")).toBe("Sở Y tế");
    const sites = demoSeedSites();
    const main = writerContextFor(sites.find((s) => s.kind === "main") ?? sites[0]!);
    expect(main.unit).toBe("Ủy ban nhân dân tỉnh");
    expect(main.leaders.map((l) => l.title)).toContain("Chủ tịch Ủy ban nhân dân tỉnh");
    const lySon = writerContextFor(sites.find((s) => s.slug === "huyen-ly-son")!);
    expect(lySon).toMatchObject({ unit: "Ủy ban nhân dân huyện Lý Sơn", area: "huyện Lý Sơn", lang: "vi" });
    expect(writerContextFor(sites.find((s) => s.kind === "english")!).lang).toBe("en");
  });
});
