import { describe, expect, it } from "vitest";
import { dailyViewsSvg } from "./chart.js";

describe("dailyViewsSvg", () => {
  const points = [
    { label: "04/03", value: 1800 },
    { label: "05/03", value: 12 },
    { label: "06/03", value: 0 },
  ];

  it("renders an SVG image named by its title, with escaped text", () => {
    const svg = dailyViewsSvg(points, { title: 'Lượt xem <script>"x"</script>' });
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toMatch(
      /^<svg[^>]* role="img" aria-label="Lượt xem &lt;script&gt;&quot;x&quot;&lt;\/script&gt;"/,
    );
    expect(svg).toContain("<title>Lượt xem &lt;script&gt;&quot;x&quot;&lt;/script&gt;</title>");
    expect(svg).not.toContain("<script");
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
  });

  it("labels the days and groups thousands the Vietnamese way", () => {
    const svg = dailyViewsSvg(points, { title: "t" });
    for (const label of ["04/03", "05/03", "06/03"]) expect(svg).toContain(`>${label}</text>`);
    expect(svg).toMatch(/>[12]\.\d{3}<\/text>/);
    expect(svg).toContain('width="760" height="300"');
  });

  it("draws an empty period without failing", () => {
    expect(dailyViewsSvg([], { title: "trống", width: 300, height: 150 })).toContain('viewBox="0 0 300 150"');
  });
});
