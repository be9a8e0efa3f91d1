import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildRobots, buildRss, buildSitemap, SITEMAP_MAX_URLS, xmlText } from "./feeds.js";

describe("xmlText", () => {
  it("escapes markup characters and drops code points XML 1.0 forbids", () => {
    expect(xmlText(`<a href="x">Tom & Jerry's</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;",
    );
    expect(xmlText("a\u0000b\u0008c\u000bd\u001fe\ufffef")).toBe("abcdef");
    expect(xmlText("tab\tnew\nline\r")).toBe("tab\tnew\nline\r");
    // A lone surrogate goes; a real astral character stays.
    expect(xmlText("x\ud800y😀")).toBe("xy😀");
    expect(xmlText("Quảng Ngãi")).toBe("Quảng Ngãi");
  });
});

describe("buildRss", () => {
  const channel = {
    title: "Sở <Xây dựng> & Co",
    link: "https://congso.example/so-xay-dung",
    selfLink: "https://congso.example/so-xay-dung/rss.xml",
    description: "Tin \u0001mới",
    language: "vi" as const,
  };

  it("makes a well-formed RSS 2.0 feed whose texts read back exactly", () => {
    const xml = buildRss(
      channel,
      [
        {
          title: 'Giá "xi măng" <tăng> & giảm',
          link: "https://congso.example/so-xay-dung/bai-viet/gia?a=1&b=2",
          description: "Tóm tắt </description><script>",
          publishedAt: new Date("2026-03-04T05:06:07Z"),
          category: "Kinh tế",
          author: "Nguyễn Văn A",
        },
        {
          title: "Bài cũ",
          link: "https://congso.example/so-xay-dung/bai-viet/cu",
          description: null,
          publishedAt: new Date("2026-01-01T00:00:00Z"),
          category: null,
          author: null,
        },
      ],
      new Date("2026-05-05T00:00:00Z"),
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      rss: {
        "@_version": string;
        channel: {
          title: string;
          description: string;
          lastBuildDate: string;
          item: {
            title: string;
            link: string;
            guid: { "#text": string };
            pubDate: string;
            description?: string;
          }[];
        };
      };
    };
    expect(feed.rss["@_version"]).toBe("2.0");
    expect(feed.rss.channel.title).toBe("Sở <Xây dựng> & Co");
    expect(feed.rss.channel.description).toBe("Tin mới");
    expect(feed.rss.channel.lastBuildDate).toBe("Wed, 04 Mar 2026 05:06:07 GMT");
    const [first, second] = feed.rss.channel.item;
    expect(first?.title).toBe('Giá "xi măng" <tăng> & giảm');
    expect(first?.link).toBe("https://congso.example/so-xay-dung/bai-viet/gia?a=1&b=2");
    expect(first?.guid["#text"]).toBe(first?.link);
    expect(first?.description).toBe("Tóm tắt </description><script>");
    expect(second?.description).toBeUndefined();
    expect(xml).toContain("<dc:creator>Nguyễn Văn A</dc:creator>");
  });

  it("dates an empty feed by the build time", () => {
    const xml = buildRss(channel, [], new Date("2026-05-05T00:00:00Z"));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain("<lastBuildDate>Tue, 05 May 2026 00:00:00 GMT</lastBuildDate>");
  });
});

describe("buildSitemap and buildRobots", () => {
  it("lists addresses with their last change, escaped, at most 50,000", () => {
    const xml = buildSitemap([
      { loc: "https://congso.example/the/a&b", lastmod: new Date("2026-01-02T03:04:05Z") },
      { loc: "https://congso.example/", lastmod: null },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain(
      "<url><loc>https://congso.example/the/a&amp;b</loc><lastmod>2026-01-02T03:04:05.000Z</lastmod></url>",
    );
    expect(xml).toContain("<url><loc>https://congso.example/</loc></url>");
    const many = Array.from({ length: SITEMAP_MAX_URLS + 10 }, (_, i) => ({
      loc: `https://x.example/${i}`,
      lastmod: null,
    }));
    expect(buildSitemap(many).match(/<url>/g)?.length).toBe(SITEMAP_MAX_URLS);
  });

  it("opens public pages, closes staff pages and the API, and names every sitemap", () => {
    const robots = buildRobots([
      "https://congso.example/sitemap.xml",
      "https://congso.example/en/sitemap.xml",
    ]);
    expect(robots.split("\n")).toEqual([
      "User-agent: *",
      "Allow: /",
      "Disallow: /admin",
      "Disallow: /api",
      "Disallow: /hien-thi",
      "",
      "Sitemap: https://congso.example/sitemap.xml",
      "Sitemap: https://congso.example/en/sitemap.xml",
      "",
    ]);
  });
});
