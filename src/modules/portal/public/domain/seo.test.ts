import { describe, expect, it } from "vitest";
import { jsonForScript, type ShareableItem, shareMetaTags, shortDescription, structuredData } from "./seo.js";

const item: ShareableItem = {
  kind: "article",
  title: "Khởi công cầu </script><b>",
  description: "Sáng nay tỉnh khởi công cầu mới.",
  url: "https://congso.example/so-xay-dung/bai-viet/cau",
  image: { url: "https://congso.example/tep/abc/w1024.jpg", alt: "Cầu", width: 1600, height: 900 },
  siteName: "Trang thông tin điện tử Sở Xây dựng",
  lang: "vi",
  publishedAt: new Date("2026-03-04T05:06:07Z"),
  modifiedAt: new Date("2026-03-05T00:00:00Z"),
  author: "Minh Anh",
  section: "Tin tức",
  tags: ["Giao thông", "Cầu"],
};

describe("link previews and structured data", () => {
  it("gives Open Graph and Twitter tags for an article with a cover", () => {
    const tags = shareMetaTags(item);
    const get = (k: string) =>
      tags.filter((t) => ("property" in t ? t.property : t.name) === k).map((t) => t.content);
    expect(get("og:type")).toEqual(["article"]);
    expect(get("og:title")).toEqual([item.title]);
    expect(get("og:url")).toEqual([item.url]);
    expect(get("og:image")).toEqual([item.image?.url]);
    expect(get("og:image:alt")).toEqual(["Cầu"]);
    expect(get("og:locale")).toEqual(["vi_VN"]);
    expect(get("article:tag")).toEqual(["Giao thông", "Cầu"]);
    expect(get("article:published_time")).toEqual(["2026-03-04T05:06:07.000Z"]);
    expect(get("twitter:card")).toEqual(["summary_large_image"]);
  });

  it("describes a page without an image as a website with a summary card", () => {
    const tags = shareMetaTags({ ...item, kind: "page", image: null, lang: "en" });
    const keys = tags.map((t) => ("property" in t ? t.property : t.name));
    expect(tags.find((t) => "property" in t && t.property === "og:type")?.content).toBe("website");
    expect(tags.find((t) => "name" in t && t.name === "twitter:card")?.content).toBe("summary");
    expect(keys).not.toContain("og:image");
    expect(keys).not.toContain("article:tag");
    expect(tags.find((t) => "property" in t && t.property === "og:locale")?.content).toBe("en_US");
  });

  it("makes a schema.org NewsArticle that cannot break out of its script element", () => {
    const data = structuredData(item);
    expect(data).toMatchObject({
      "@type": "NewsArticle",
      headline: item.title,
      author: { "@type": "Person", name: "Minh Anh" },
      publisher: { "@type": "Organization", name: item.siteName },
      keywords: "Giao thông, Cầu",
      image: [item.image?.url],
    });
    const json = jsonForScript(data);
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual(data);
    expect(structuredData({ ...item, author: null }).author).toEqual({
      "@type": "Organization",
      name: item.siteName,
    });
  });

  it("shortens long descriptions at a word", () => {
    expect(shortDescription(null)).toBeNull();
    expect(shortDescription("  một   hai  ")).toBe("một hai");
    const long = "từ ".repeat(200);
    const short = shortDescription(long, 50) ?? "";
    expect(short.length).toBeLessThanOrEqual(50);
    expect(short.endsWith("từ…")).toBe(true);
  });
});
