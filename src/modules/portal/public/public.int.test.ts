import { gunzipSync } from "node:zlib";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { countQueries } from "../../../../test/support/query-counter.js";
import { demoSiteId, demoUnitId } from "../../orgs/seed/demo-province.js";
import { insertCategory, insertImage, insertItem } from "./test-fixtures.js";

/** Issue 4 items 6, 8 and 10: public rendering, feeds, sitemaps, the English site, on PostgreSQL. */
describe("portal public pages", () => {
  let t: TestApp;
  const SXD = demoSiteId("so-xay-dung");
  const MAIN = demoSiteId("");
  const EN = demoSiteId("en");
  let newsId: string;
  let planningId: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { PUBLIC_URL: "https://congso.example" } });
    const db = t.services.db;
    newsId = await insertCategory(db, {
      siteId: SXD,
      slug: "p4-tin-tuc",
      name: "Tin tức",
      description: "Tin hoạt động",
    });
    planningId = await insertCategory(db, {
      siteId: SXD,
      slug: "p4-quy-hoach",
      name: "Quy hoạch xây dựng",
      parentId: newsId,
    });
    // 23 items in the parent category and 2 in its sub-category, one a minute apart: 25 in the list, 2 pages.
    for (let i = 1; i <= 25; i++) {
      await insertItem(db, {
        siteId: SXD,
        slug: `p4-tin-so-${i}`,
        title: `Tin số ${i}`,
        lead: `Tóm tắt tin số ${i}`,
        categoryId: i > 23 ? planningId : newsId,
        publishedMinutes: -1000 + i,
      });
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });

  it("lists a category's items newest first, 20 a page, with its sub-categories and breadcrumbs", async () => {
    const res = await get("/so-xay-dung/chuyen-muc/p4-tin-tuc");
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain("<h1>Tin tức</h1>");
    expect(html).toContain("Tin hoạt động");
    expect(html).toContain('<a href="/so-xay-dung/chuyen-muc/p4-quy-hoach">Quy hoạch xây dựng</a>');
    expect(html).toMatch(
      /<nav class="breadcrumbs" aria-label="Vị trí trang"><ol><li><a href="\/so-xay-dung">/,
    );
    const titles = [...html.matchAll(/<a href="\/so-xay-dung\/bai-viet\/p4-tin-so-(\d+)">/g)].map((m) =>
      Number(m[1]),
    );
    expect(titles).toEqual([25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6]);
    expect(html).toContain("Tóm tắt tin số 25");
    expect(html).toMatch(/<time datetime="[^"]+">\d{2}\/\d{2}\/\d{4}<\/time>/);
    expect(html).toContain("Trang 1/2");
    expect(html).toContain('href="/so-xay-dung/chuyen-muc/p4-tin-tuc?trang=2" rel="next"');
    expect(html).toContain('<link rel="alternate" type="application/rss+xml"');

    const second = await get("/so-xay-dung/chuyen-muc/p4-tin-tuc?trang=2");
    expect(second.statusCode).toBe(200);
    const rest = [...second.body.matchAll(/<a href="\/so-xay-dung\/bai-viet\/p4-tin-so-(\d+)">/g)].map((m) =>
      Number(m[1]),
    );
    expect(rest).toEqual([5, 4, 3, 2, 1]);
    expect(second.body).toContain('href="/so-xay-dung/chuyen-muc/p4-tin-tuc" rel="prev"');

    // The sub-category lists only its own items, with the parent in its breadcrumbs.
    const sub = await get("/so-xay-dung/chuyen-muc/p4-quy-hoach");
    expect(sub.statusCode).toBe(200);
    expect([...sub.body.matchAll(/bai-viet\/p4-tin-so-(\d+)"/g)].map((m) => Number(m[1]))).toEqual([25, 24]);
    expect(sub.body).toContain('<a href="/so-xay-dung/chuyen-muc/p4-tin-tuc">Tin tức</a>');

    expect((await get("/so-xay-dung/chuyen-muc/p4-tin-tuc?trang=3")).statusCode).toBe(404);
    const bad = await get("/so-xay-dung/chuyen-muc/p4-tin-tuc?trang=abc");
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("Số trang không hợp lệ");
  });

  it("runs the same small number of queries for a category page whatever its size", async () => {
    const db = t.services.db;
    const small = await insertCategory(db, { siteId: SXD, slug: "p4-it-tin", name: "Ít tin" });
    const big = await insertCategory(db, { siteId: SXD, slug: "p4-nhieu-tin", name: "Nhiều tin" });
    const cover = await insertImage(db, { sha256: "c".repeat(64), alt: "Ảnh bìa" });
    await insertItem(db, { siteId: SXD, slug: "p4-mot-tin", title: "Một tin", categoryId: small });
    for (let i = 0; i < 60; i++) {
      await insertItem(db, {
        siteId: SXD,
        slug: `p4-nhieu-${i}`,
        title: `Nhiều ${i}`,
        categoryId: big,
        coverMediaId: cover,
        tags: ["Đô thị"],
      });
    }
    t.services.pageCache.clear();
    const one = await countQueries(() => get("/so-xay-dung/chuyen-muc/p4-it-tin"));
    const many = await countQueries(() => get("/so-xay-dung/chuyen-muc/p4-nhieu-tin?trang=2"));
    const tag = await countQueries(() => get(`/so-xay-dung/the/${encodeURIComponent("Đô thị")}`));
    expect(one.result.statusCode).toBe(200);
    expect(many.result.statusCode).toBe(200);
    expect(tag.result.statusCode).toBe(200);
    expect(many.result.body.match(/<img /g)?.length).toBe(20);
    expect(many.queries).toBe(one.queries);
    expect(many.queries).toBeLessThanOrEqual(4);
    expect(tag.queries).toBeLessThanOrEqual(3);
    // An article: site, item (with cover and original), categories, related items, translation, readers' comments.
    const article = await countQueries(() => get("/so-xay-dung/bai-viet/p4-nhieu-7"));
    expect(article.result.statusCode).toBe(200);
    expect(article.queries).toBeLessThanOrEqual(6);
    // Served from the page cache: no query at all.
    const again = await countQueries(() => get("/so-xay-dung/chuyen-muc/p4-nhieu-tin?trang=2"));
    expect(again.result.headers["x-cache"]).toBe("hit");
    expect(again.queries).toBe(0);
  });

  it("renders an article with Open Graph, Twitter, canonical, JSON-LD, cover, source, tags and related items", async () => {
    const db = t.services.db;
    const cover = await insertImage(db, {
      sha256: "a".repeat(64),
      alt: "Cầu Trà Khúc",
      caption: "Cầu Trà Khúc mới",
      credit: "Minh Anh",
    });
    await insertItem(db, {
      siteId: SXD,
      slug: "p4-khoi-cong-cau-moi",
      title: 'Khởi công cầu <script>alert("x")</script> & đường',
      lead: "Sáng nay tỉnh khởi công cầu mới.",
      bodyHtml: "<p>Nội dung <strong>bài</strong>.</p>",
      author: "Nguyễn Văn A",
      source: "Báo Quảng Ngãi",
      tags: ["Giao thông", "Cầu đường"],
      categoryId: planningId,
      coverMediaId: cover,
    });
    const res = await get("/so-xay-dung/bai-viet/p4-khoi-cong-cau-moi");
    expect(res.statusCode).toBe(200);
    const html = res.body;
    // The title is text, never markup.
    expect(html).not.toContain('<script>alert("x")</script>');
    expect(html).toContain(
      '<h1 id="content-title">Khởi công cầu &lt;script>alert(&quot;x&quot;)&lt;/script> &amp; đường</h1>',
    );
    expect(html).toContain(
      '<link rel="canonical" href="https://congso.example/so-xay-dung/bai-viet/p4-khoi-cong-cau-moi"/>',
    );
    expect(html).toContain('<meta property="og:type" content="article"/>');
    expect(html).toContain(
      '<meta property="og:title" content="Khởi công cầu &lt;script>alert(&quot;x&quot;)&lt;/script> &amp; đường"/>',
    );
    expect(html).toContain('<meta property="og:description" content="Sáng nay tỉnh khởi công cầu mới."/>');
    expect(html).toContain(
      `<meta property="og:image" content="https://congso.example/tep/${"a".repeat(64)}"/>`,
    );
    expect(html).toContain('<meta property="og:image:alt" content="Cầu Trà Khúc"/>');
    expect(html).toContain('<meta property="og:locale" content="vi_VN"/>');
    expect(html).toContain('<meta property="article:tag" content="Giao thông"/>');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>');
    const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(ld).toBeDefined();
    expect(ld).not.toContain("<");
    const data = JSON.parse(ld ?? "{}") as Record<string, unknown>;
    expect(data["@type"]).toBe("NewsArticle");
    expect(data.headline).toBe('Khởi công cầu <script>alert("x")</script> & đường');
    expect(data.author).toEqual({ "@type": "Person", name: "Nguyễn Văn A" });
    expect(data.articleSection).toBe("Quy hoạch xây dựng");
    expect(typeof data.datePublished).toBe("string");
    // Reader-facing parts.
    expect(html).toContain(`alt="Cầu Trà Khúc"`);
    expect(html).toContain(
      '<figcaption>Cầu Trà Khúc mới <span class="credit">(Ảnh: Minh Anh)</span></figcaption>',
    );
    expect(html).toContain("<p>Nội dung <strong>bài</strong>.</p>");
    expect(html).toContain("Tác giả: Nguyễn Văn A");
    expect(html).toContain("Nguồn: Báo Quảng Ngãi");
    expect(html).toContain('<a href="/so-xay-dung/the/Giao%20th%C3%B4ng" rel="tag">Giao thông</a>');
    expect(html).toMatch(/Đăng ngày <time datetime="[^"]+">\d{2}\/\d{2}\/\d{4}<\/time>/);
    expect(html).toContain('<a href="/so-xay-dung/chuyen-muc/p4-tin-tuc">Tin tức</a>');
    expect(html).toContain('<a href="/so-xay-dung/chuyen-muc/p4-quy-hoach">Quy hoạch xây dựng</a>');
    expect(html).toContain("Tin cùng chuyên mục");
    expect(html).toContain('href="/so-xay-dung/bai-viet/p4-tin-so-25"');
    // The language switch goes to the English home when there is no translation.
    expect(html).toMatch(/<a href="\/en" lang="en" hreflang="en">English<\/a>/);

    // Text-only mode drops the picture but keeps what it shows.
    const text = await get("/so-xay-dung/bai-viet/p4-khoi-cong-cau-moi?che-do=van-ban");
    expect(text.body).not.toContain("<img");
    expect(text.body).toContain("[Hình ảnh: Cầu Trà Khúc]");
  });

  it("answers 404 in Vietnamese for unknown, draft, unpublished, scheduled and expired items", async () => {
    const db = t.services.db;
    await insertItem(db, { siteId: SXD, slug: "p4-ban-nhap", title: "Bản nháp", status: "draft" });
    await insertItem(db, {
      siteId: SXD,
      slug: "p4-da-go",
      title: "Đã gỡ",
      status: "unpublished",
      publishedMinutes: -100,
    });
    await insertItem(db, {
      siteId: SXD,
      slug: "p4-hen-gio",
      title: "Hẹn giờ",
      status: "scheduled",
      publishAtMinutes: 60,
    });
    await insertItem(db, { siteId: SXD, slug: "p4-tuong-lai", title: "Tương lai", publishedMinutes: 30 });
    await insertItem(db, { siteId: SXD, slug: "p4-het-han", title: "Hết hạn", expireMinutes: -1 });
    for (const url of [
      "/so-xay-dung/bai-viet/p4-khong-co",
      "/so-xay-dung/bai-viet/p4-ban-nhap",
      "/so-xay-dung/bai-viet/p4-da-go",
      "/so-xay-dung/bai-viet/p4-hen-gio",
      "/so-xay-dung/bai-viet/p4-tuong-lai",
      "/so-xay-dung/bai-viet/p4-het-han",
      "/bai-viet/p4-tin-so-1",
      "/so-tu-phap/bai-viet/p4-tin-so-1",
      "/p4-khong-co-trang/bai-viet/p4-tin-so-1",
      "/so-xay-dung/bai-viet/Tin-So-1",
      "/so-xay-dung/bai-viet/%00",
      `/so-xay-dung/bai-viet/${"a".repeat(400)}`,
      "/so-xay-dung/trang/p4-tin-so-1",
      "/so-xay-dung/chuyen-muc/p4-khong-co",
      "/so-xay-dung/the/khong-ai-dung",
      "/so-xay-dung/news/p4-tin-so-1",
      "/en/bai-viet/p4-tin-so-1",
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      if (!url.startsWith("/en/")) expect(res.body, url).toContain("Không tìm thấy trang");
    }
    const en = await get("/en/news/p4-khong-co");
    expect(en.statusCode).toBe(404);
    expect(en.body).toContain('<html lang="en"');
    expect(en.body).not.toContain("Không tìm thấy trang");
    // The expired and future items are left out of lists too.
    const list = await get("/so-xay-dung/rss.xml");
    expect(list.body).not.toContain("p4-het-han");
    expect(list.body).not.toContain("p4-tuong-lai");
  });

  it("serves pages from the cache with an ETag, and shows the update once the item's tag is purged", async () => {
    const db = t.services.db;
    const id = await insertItem(db, { siteId: SXD, slug: "p4-bo-nho-dem", title: "Tiêu đề cũ" });
    const first = await get("/so-xay-dung/bai-viet/p4-bo-nho-dem");
    expect(first.headers["x-cache"]).toBe("miss");
    expect(first.headers["cache-control"]).toBe("public, max-age=60");
    const second = await get("/so-xay-dung/bai-viet/p4-bo-nho-dem");
    expect(second.headers["x-cache"]).toBe("hit");
    expect(second.body).toBe(first.body);
    expect(second.headers.etag).toBe(first.headers.etag);
    const notModified = await get("/so-xay-dung/bai-viet/p4-bo-nho-dem", {
      "if-none-match": String(first.headers.etag),
    });
    expect(notModified.statusCode).toBe(304);
    // Display preferences are part of the key: the high-contrast page is a different entry.
    const contrast = await get("/so-xay-dung/bai-viet/p4-bo-nho-dem", { cookie: "hien_thi=normal.hc" });
    expect(contrast.headers["x-cache"]).toBe("miss");
    expect(contrast.body).toContain('<html lang="vi" class="contrast">');
    // Browsers that take gzip get the page compressed once when it was cached; the same page, a third of the bytes.
    const packed = await t.app.inject({
      url: "/so-xay-dung/bai-viet/p4-bo-nho-dem",
      headers: { "accept-encoding": "gzip, deflate, br" },
    });
    expect(packed.headers["x-cache"]).toBe("hit");
    expect(packed.headers["content-encoding"]).toBe("gzip");
    expect(packed.headers.vary).toBe("Cookie, Accept-Encoding");
    expect(packed.rawPayload.length).toBeLessThan(Buffer.byteLength(first.body) / 2);
    expect(gunzipSync(packed.rawPayload).toString("utf8")).toBe(first.body);
    expect(first.headers["content-encoding"]).toBeUndefined();

    await db.updateTable("content_items").set({ title: "Tiêu đề mới" }).where("id", "=", id).execute();
    expect((await get("/so-xay-dung/bai-viet/p4-bo-nho-dem")).body).toContain("Tiêu đề cũ");
    t.services.pageCache.purge([`content:${id}`]);
    const after = await get("/so-xay-dung/bai-viet/p4-bo-nho-dem");
    expect(after.headers["x-cache"]).toBe("miss");
    expect(after.body).toContain("Tiêu đề mới");
    expect(after.headers.etag).not.toBe(first.headers.etag);
  });

  it("publishes RSS 2.0 per site and per category, newest first, properly escaped", async () => {
    const db = t.services.db;
    await insertItem(db, {
      siteId: SXD,
      slug: "p4-rss-dac-biet",
      title: 'Giá <vật liệu> & "xi măng" tăng\u0001',
      lead: "Tóm tắt <b>đậm</b>",
      categoryId: newsId,
      publishedMinutes: -1,
    });
    // Written straight to the table, so purge as publishing does.
    t.services.pageCache.purge([`site:${SXD}`]);
    const res = await get("/so-xay-dung/rss.xml");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/rss+xml; charset=utf-8");
    expect(XMLValidator.validate(res.body)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(res.body) as {
      rss: {
        "@_version": string;
        channel: {
          title: string;
          link: string;
          item: { title: string; link: string; pubDate: string; description?: string }[];
        };
      };
    };
    expect(feed.rss["@_version"]).toBe("2.0");
    expect(feed.rss.channel.title).toBe("Trang thông tin điện tử Sở Xây dựng");
    expect(feed.rss.channel.link).toBe("https://congso.example/so-xay-dung");
    const items = feed.rss.channel.item;
    expect(items.length).toBe(30);
    expect(items[0]?.title).toBe('Giá <vật liệu> & "xi măng" tăng');
    expect(res.body).toContain("<title>Giá &lt;vật liệu&gt; &amp; &quot;xi măng&quot; tăng</title>");
    expect(items[0]?.link).toBe("https://congso.example/so-xay-dung/bai-viet/p4-rss-dac-biet");
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates.every((d, i) => i === 0 || d <= (dates[i - 1] ?? d))).toBe(true);

    const cat = await get("/so-xay-dung/chuyen-muc/p4-quy-hoach/rss.xml");
    expect(cat.statusCode).toBe(200);
    expect(XMLValidator.validate(cat.body)).toBe(true);
    const catFeed = new XMLParser().parse(cat.body) as {
      rss: { channel: { title: string; item: { link: string }[] } };
    };
    expect(catFeed.rss.channel.title).toBe("Quy hoạch xây dựng – Trang thông tin điện tử Sở Xây dựng");
    const links = catFeed.rss.channel.item.map((i) => i.link);
    expect(links).toContain("https://congso.example/so-xay-dung/bai-viet/p4-tin-so-25");
    expect(links).not.toContain("https://congso.example/so-xay-dung/bai-viet/p4-tin-so-1");
    expect((await get("/so-xay-dung/chuyen-muc/p4-khong-co/rss.xml")).statusCode).toBe(404);
  });

  it("lists a site's home, categories and live items in its sitemap, and every sitemap in robots.txt", async () => {
    const res = await get("/so-xay-dung/sitemap.xml");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/xml; charset=utf-8");
    expect(XMLValidator.validate(res.body)).toBe(true);
    const map = new XMLParser().parse(res.body) as { urlset: { url: { loc: string; lastmod?: string }[] } };
    const locs = map.urlset.url.map((u) => u.loc);
    expect(locs[0]).toBe("https://congso.example/so-xay-dung");
    expect(locs).toContain("https://congso.example/so-xay-dung/chuyen-muc/p4-tin-tuc");
    expect(locs).toContain("https://congso.example/so-xay-dung/chuyen-muc/p4-quy-hoach");
    expect(locs).toContain("https://congso.example/so-xay-dung/bai-viet/p4-tin-so-7");
    expect(locs).not.toContain("https://congso.example/so-xay-dung/bai-viet/p4-ban-nhap");
    expect(map.urlset.url.every((u) => u.lastmod === undefined || !Number.isNaN(Date.parse(u.lastmod)))).toBe(
      true,
    );

    const robots = await get("/robots.txt");
    expect(robots.statusCode).toBe(200);
    expect(robots.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(robots.body).toContain("Disallow: /admin");
    expect(robots.body).toContain("Disallow: /api");
    expect(robots.body).toContain("Sitemap: https://congso.example/sitemap.xml");
    expect(robots.body).toContain("Sitemap: https://congso.example/so-xay-dung/sitemap.xml");
    expect(robots.body).toContain("Sitemap: https://congso.example/en/sitemap.xml");

    const main = await get("/sitemap.xml");
    expect(main.statusCode).toBe(200);
    expect(main.body).toContain("<loc>https://congso.example/</loc>");
  });

  it("shows tag pages and pages (kind page) on the main portal, and credits a promoted copy's original", async () => {
    const db = t.services.db;
    const original = await insertItem(db, {
      siteId: SXD,
      slug: "p4-ban-goc",
      title: "Bài gốc của Sở",
      tags: ["Nhà ở xã hội"],
    });
    await insertItem(db, {
      siteId: MAIN,
      slug: "p4-ban-goc-so-xay-dung",
      title: "Bài gốc của Sở",
      originId: original,
      tags: ["Nhà ở xã hội"],
    });
    await insertItem(db, {
      siteId: MAIN,
      kind: "page",
      slug: "p4-gioi-thieu-chung",
      title: "Giới thiệu chung",
    });
    const copy = await get("/bai-viet/p4-ban-goc-so-xay-dung");
    expect(copy.statusCode).toBe(200);
    expect(copy.body).toContain(
      'Nguồn: <a href="/so-xay-dung/bai-viet/p4-ban-goc">Trang thông tin điện tử Sở Xây dựng</a>',
    );
    expect(copy.body).toContain(
      '<link rel="canonical" href="https://congso.example/so-xay-dung/bai-viet/p4-ban-goc"/>',
    );

    // Withdrawing the original (its publisher purges its own tag) drops the link from the copy at once.
    await db.updateTable("content_items").set({ status: "unpublished" }).where("id", "=", original).execute();
    t.services.pageCache.purge([`content:${original}`]);
    const orphan = await get("/bai-viet/p4-ban-goc-so-xay-dung");
    expect(orphan.headers["x-cache"]).toBe("miss");
    expect(orphan.body).not.toContain('href="/so-xay-dung/bai-viet/p4-ban-goc"');
    expect(orphan.body).toContain(
      '<link rel="canonical" href="https://congso.example/bai-viet/p4-ban-goc-so-xay-dung"/>',
    );

    const tag = await get(`/the/${encodeURIComponent("Nhà ở xã hội")}`);
    expect(tag.statusCode).toBe(200);
    expect(tag.body).toContain("<h1>Từ khóa: Nhà ở xã hội</h1>");
    expect(tag.body).toContain('href="/bai-viet/p4-ban-goc-so-xay-dung"');

    const page = await get("/trang/p4-gioi-thieu-chung");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1 id="content-title">Giới thiệu chung</h1>');
    expect(page.body).toContain('<meta property="og:type" content="website"/>');
    expect((await get("/bai-viet/p4-gioi-thieu-chung")).statusCode).toBe(404);
  });

  it("renders English items on the English site and switches language to the translation", async () => {
    const db = t.services.db;
    const enCat = await insertCategory(db, {
      siteId: EN,
      slug: "p4-news-and-events",
      name: "News and events",
    });
    const vi = await insertItem(db, {
      siteId: SXD,
      slug: "p4-dau-tu-dung-quat",
      title: "Thu hút đầu tư vào Dung Quất",
      categoryId: newsId,
    });
    await insertItem(db, {
      siteId: EN,
      slug: "p4-investing-in-dung-quat",
      title: "Attracting investment to Dung Quất",
      lead: "The zone welcomed new projects.",
      categoryId: enCat,
      translationOfId: vi,
      tags: ["Investment"],
    });
    const en = await get("/en/news/p4-investing-in-dung-quat");
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('<html lang="en"');
    expect(en.body).toContain('<meta property="og:locale" content="en_US"/>');
    expect(en.body).toContain("Published on");
    expect(en.body).toContain('<a href="/en/category/p4-news-and-events">News and events</a>');
    expect(en.body).toContain('<a href="/en/tag/Investment" rel="tag">Investment</a>');
    expect(en.body).toMatch(
      /<a href="\/so-xay-dung\/bai-viet\/p4-dau-tu-dung-quat" lang="vi" hreflang="vi">Tiếng Việt<\/a>/,
    );
    const viPage = await get("/so-xay-dung/bai-viet/p4-dau-tu-dung-quat");
    expect(viPage.body).toMatch(
      /<a href="\/en\/news\/p4-investing-in-dung-quat" lang="en" hreflang="en">English<\/a>/,
    );
    expect(viPage.body).toContain(
      '<link rel="alternate" hreflang="en" href="https://congso.example/en/news/p4-investing-in-dung-quat"/>',
    );
    const cat = await get("/en/category/p4-news-and-events");
    expect(cat.statusCode).toBe(200);
    expect(cat.body).toContain('<h2 id="items-title">Articles</h2>');
    expect(cat.body).toContain('<a href="/en/category/p4-news-and-events/rss.xml">RSS: News and events</a>');
    expect((await get("/en/tag/Investment")).statusCode).toBe(200);
    expect((await get("/en/rss.xml")).body).toContain(
      "<link>https://congso.example/en/news/p4-investing-in-dung-quat</link>",
    );
  });

  it("serves the English investment page and services guide as editable pages", async () => {
    const inv = await get("/en/investment");
    expect(inv.statusCode).toBe(200);
    expect(inv.body).toContain('<h1 id="content-title">Investing in Quảng Ngãi</h1>');
    expect(inv.body).toContain("Dung Quất Economic Zone");
    expect(inv.body).toContain("eng@quangngai.gov.vn");
    expect(inv.body).toContain('<link rel="canonical" href="https://congso.example/en/investment"/>');
    const guide = await get("/en/online-services-guide");
    expect(guide.statusCode).toBe(200);
    expect(guide.body).toContain("a guide for foreigners");
    // They are content items of the English site, so an edit shows once the cache is purged.
    const db = t.services.db;
    const row = await db
      .selectFrom("content_items")
      .select(["id", "kind", "status"])
      .where("site_id", "=", EN)
      .where("slug", "=", "investment")
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: "page", status: "published" });
    await db
      .updateTable("content_items")
      .set({ title: "Invest in Quảng Ngãi today" })
      .where("id", "=", row.id)
      .execute();
    t.services.pageCache.purge([`content:${row.id}`]);
    expect((await get("/en/investment")).body).toContain("Invest in Quảng Ngãi today");
    const redirect = await get("/en/page/investment");
    expect(redirect.statusCode).toBe(301);
    expect(redirect.headers.location).toBe("/en/investment");
    // Withdrawn by the editors: gone, not replaced by the built-in text.
    await db.updateTable("content_items").set({ status: "unpublished" }).where("id", "=", row.id).execute();
    t.services.pageCache.purge([`site:${EN}`]);
    expect((await get("/en/investment")).statusCode).toBe(404);
  });

  it("renders the site admin's home sections on the site's home page", async () => {
    const db = t.services.db;
    // This test arranges the home page itself, whatever the demo content put there.
    await db.deleteFrom("home_sections").where("site_id", "=", SXD).execute();
    const docId = crypto.randomUUID();
    await db
      .insertInto("legal_documents")
      .values({
        id: docId,
        number_symbol: "2099/QĐ-SXD",
        doc_type: "Quyết định",
        issuer_unit_id: demoUnitId("SXD"),
        owner_unit_id: demoUnitId("SXD"),
        issuer_name: "Sở Xây dựng",
        issued_on: "2099-01-15",
        summary: "Ban hành quy chế <thử nghiệm>",
        created_at: new Date(),
        updated_at: new Date(),
      })
      .execute();
    await insertItem(db, {
      siteId: SXD,
      kind: "announcement",
      slug: "p4-thong-bao-tuyen-dung",
      title: "Thông báo tuyển dụng",
    });
    const rows = [
      { kind: "lead_story", title: null, config: {} },
      { kind: "latest_in_category", title: null, config: { categoryId: planningId, limit: 2 } },
      { kind: "announcements", title: "Thông báo của Sở", config: { limit: 3 } },
      { kind: "legal_documents", title: null, config: { limit: 5 } },
      {
        kind: "service_links",
        title: null,
        config: { links: [{ label: "Dịch vụ công trực tuyến", href: "/dich-vu-cong" }] },
      },
    ] as const;
    let position = 0;
    for (const r of rows) {
      await db
        .insertInto("home_sections")
        .values({
          id: crypto.randomUUID(),
          site_id: SXD,
          position: position++,
          kind: r.kind,
          title: r.title,
          config: JSON.stringify(r.config),
        })
        .execute();
    }
    t.services.pageCache.purge([`site:${SXD}`]);
    const res = await get("/so-xay-dung");
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain("<h1>Sở Xây dựng</h1>");
    const order = [
      "Tin nổi bật",
      "Quy hoạch xây dựng",
      "Thông báo của Sở",
      "Văn bản mới ban hành",
      "Dịch vụ trực tuyến",
    ].map((h) => html.indexOf(`>${h}</h2>`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain('href="/so-xay-dung/bai-viet/p4-thong-bao-tuyen-dung"');
    expect(html).toContain(
      '<a href="/so-xay-dung/chuyen-muc/p4-quy-hoach">Xem tất cả tin Quy hoạch xây dựng</a>',
    );
    expect(html).toContain('<a href="/dich-vu-cong">Dịch vụ công trực tuyến</a>');
    expect(html).toContain('<a href="/so-xay-dung/van-ban">Xem tất cả văn bản</a>');
    expect(html).toContain(`<a href="/so-xay-dung/van-ban/${docId}">Quyết định 2099/QĐ-SXD</a>`);
    expect(html).toContain('<time datetime="2099-01-15">15/01/2099</time>');
    expect(html).toContain("Ban hành quy chế &lt;thử nghiệm>");
    // Still the orgs home underneath.
    expect(html).toContain('id="lanh-dao"');
  });
});
