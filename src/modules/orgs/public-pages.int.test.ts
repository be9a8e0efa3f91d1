import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/support/app.js";
import { countQueries } from "../../../test/support/query-counter.js";
import { demoSiteId, demoUnitId } from "./seed/demo-province.js";

/** Public home pages on the seeded demo province (issue 3 items 8 and 9, SPEC §1). */
describe("public home pages", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });

  it("main portal home lists every active component site in its group, with the province and contacts", async () => {
    const res = await get("/");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/html");
    const html = res.body;
    expect(html).toContain("<h1>Cổng thông tin điện tử tỉnh Quảng Ngãi</h1>");
    expect(html).toContain("Ủy ban nhân dân tỉnh Quảng Ngãi");
    for (const heading of ["Sở, ban, ngành", "Huyện, thị xã, thành phố", "Xã, phường, thị trấn"]) {
      expect(html).toContain(`>${heading}</h3>`);
    }
    for (const [href, name] of [
      ["/so-xay-dung", "Sở Xây dựng"],
      ["/ban-quan-ly-kkt-dung-quat", "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"],
      ["/van-phong-ubnd-tinh", "Văn phòng Ủy ban nhân dân tỉnh"],
      ["/huyen-ba-to", "Huyện Ba Tơ"],
      ["/thanh-pho-quang-ngai", "Thành phố Quảng Ngãi"],
      ["/phuong-tran-phu", "Phường Trần Phú"],
    ]) {
      expect(html).toContain(`<a href="${href}">${name}</a>`);
    }
    // 21 agencies (office + 20 departments/boards) and 14 districts, each listed once.
    const agencies = html.slice(html.indexOf(">Sở, ban, ngành<"), html.indexOf(">Huyện, thị xã, thành phố<"));
    expect(agencies.match(/<li>/g)?.length).toBe(21);
    const districts = html.slice(
      html.indexOf(">Huyện, thị xã, thành phố<"),
      html.indexOf(">Xã, phường, thị trấn<"),
    );
    expect(districts.match(/<li>/g)?.length).toBe(14);
    // Vietnamese collation: "Huyện Đức Phổ" after "Huyện Bình Sơn" and before "Huyện Lý Sơn"; "Sở Y tế" near the end.
    expect(districts.indexOf("Huyện Bình Sơn")).toBeLessThan(districts.indexOf("Huyện Đức Phổ"));
    expect(districts.indexOf("Huyện Đức Phổ")).toBeLessThan(districts.indexOf("Huyện Lý Sơn"));
    expect(agencies.indexOf("Sở Xây dựng")).toBeLessThan(agencies.indexOf("Sở Y tế"));
    expect(html).toContain("Dịch vụ công trực tuyến");
    expect(html).toContain('id="lien-he"');
    expect(html).toContain("ubnd@quangngai.gov.vn");
    // The language switch leads to the English home.
    expect(html).toMatch(/<a href="\/en" lang="en" hreflang="en">English<\/a>/);
  });

  it("sends Cache-Control and an ETag, and answers 304 to a matching If-None-Match", async () => {
    const first = await get("/");
    expect(first.headers["cache-control"]).toBe("public, max-age=60");
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    const again = await get("/", { "if-none-match": etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
    const other = await get("/", { "if-none-match": 'W/"something-else"' });
    expect(other.statusCode).toBe(200);
    for (const url of ["/so-xay-dung", "/en", "/en/investment", "/en/online-services-guide"]) {
      const res = await get(url);
      expect(res.headers["cache-control"], url).toBe("public, max-age=60");
      expect(res.headers.etag, url).toBeTruthy();
    }
  });

  it("component site home shows the unit, its introduction, leaders and contacts", async () => {
    const res = await get("/so-xay-dung");
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain("<h1>Sở Xây dựng</h1>");
    expect(html).toContain("Trang thông tin điện tử Sở Xây dựng");
    expect(html).toContain("quy hoạch, phát triển đô thị");
    const unit = await t.services.db
      .selectFrom("units")
      .select(["leaders", "phone", "address"])
      .where("short_code", "=", "SXD")
      .executeTakeFirstOrThrow();
    expect(unit.leaders.length).toBeGreaterThan(0);
    for (const leader of unit.leaders) {
      expect(html).toContain(leader.name);
      expect(html).toContain(leader.position);
    }
    expect(html).toContain(String(unit.phone));
    expect(html).toContain(String(unit.address));
    expect(html).toContain('href="mailto:sxd@quangngai.gov.vn"');
    // The menu of the site, and the vi→en switch to the English home (no English page of its own).
    expect(html).toContain('href="/so-xay-dung#lanh-dao"');
    expect(html).toContain('<a href="/en" lang="en" hreflang="en">');
  });

  it("English home introduces the province, links investment and the services guide, lists departments", async () => {
    const res = await get("/en");
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain('<html lang="en"');
    expect(html).toContain("Dung Quất Economic Zone");
    expect(html).toContain("Lý Sơn");
    expect(html).toContain("central coast");
    expect(html).toContain('href="mailto:eng@quangngai.gov.vn"');
    expect(html).toContain('<a href="/en/investment">');
    expect(html).toContain('<a href="/en/online-services-guide">');
    expect(html).toContain('<a href="/so-xay-dung" hreflang="vi">Department of Construction</a>');
    expect(html).toContain(">Department of Justice</a>");
    expect(html).not.toContain(">Ba To District</a>");
    expect(html).toMatch(/<a href="\/" lang="vi" hreflang="vi">Tiếng Việt<\/a>/);
    for (const url of ["/en/investment", "/en/online-services-guide"]) {
      const page = await get(url);
      expect(page.statusCode, url).toBe(200);
      expect(page.body).toContain('<html lang="en"');
      expect(page.body).toContain("eng@quangngai.gov.vn");
      expect(page.body).toMatch(/<a href="\/" lang="vi" hreflang="vi">/);
    }
  });

  it("unknown, malformed and inactive sites give the Vietnamese 404 page", async () => {
    for (const url of ["/khong-co-trang-nay", "/So-Xay-Dung", "/favicon.ico", "/%E2%80%8B"]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).toContain("Không tìm thấy trang");
    }
    await t.services.db
      .updateTable("sites")
      .set({ active: false })
      .where("slug", "=", "huyen-tay-tra")
      .execute();
    // Changed in SQL here; the admin's site pages purge the cached pages the same way.
    t.services.pageCache.purge(["sites"]);
    const res = await get("/huyen-tay-tra");
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain("Không tìm thấy trang");
    const home = await get("/");
    expect(home.body).not.toContain('href="/huyen-tay-tra"');
    await t.services.db
      .updateTable("sites")
      .set({ active: true })
      .where("slug", "=", "huyen-tay-tra")
      .execute();
    t.services.pageCache.purge(["sites"]);
    expect((await get("/huyen-tay-tra")).statusCode).toBe(200);
  });

  it("applies a site's accent colour from the palette", async () => {
    await t.services.db
      .updateTable("sites")
      .set({ theme: JSON.stringify({ accent: "do-son" }) })
      .where("slug", "=", "so-tu-phap")
      .execute();
    t.services.pageCache.purge(["sites"]);
    const res = await get("/so-tu-phap");
    expect(res.body).toContain("<style>:root{--c-brand:#a3120f;--c-brand-dark:#6e0c0a}</style>");
    expect((await get("/so-xay-dung")).body).not.toContain("--c-brand:");
  });

  it("serves a component site's home on its own host name", async () => {
    await t.services.db
      .updateTable("sites")
      .set({ host: "stp.quangngai.gov.vn" })
      .where("slug", "=", "so-tu-phap")
      .execute();
    const res = await get("/", { host: "stp.quangngai.gov.vn" });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("<h1>Sở Tư pháp</h1>");
    expect((await get("/", { host: "localhost" })).body).toContain(
      "<h1>Cổng thông tin điện tử tỉnh Quảng Ngãi</h1>",
    );
  });

  it("runs the same small number of queries on the home page whatever the number of sites", async () => {
    // Drops the cached home pages, not the home sections' own cached fragments (they are tagged by site).
    t.services.pageCache.purge(["sites"]);
    const before = await countQueries(() => get("/"));
    expect(before.result.statusCode).toBe(200);
    expect(before.queries).toBeGreaterThan(0);
    expect(before.queries).toBeLessThanOrEqual(2);

    const db = t.services.db;
    const parent = demoUnitId("HLS");
    for (let i = 0; i < 25; i++) {
      const unitId = uuidv7();
      await db
        .insertInto("units")
        .values({
          id: unitId,
          parent_id: parent,
          kind: "commune",
          name_vi: `Xã Thử Nghiệm ${i}`,
          name_en: `Test Commune ${i}`,
          short_code: `XTN${i}`,
          leaders: JSON.stringify([]),
        })
        .execute();
      await db
        .insertInto("sites")
        .values({
          id: uuidv7(),
          unit_id: unitId,
          kind: "component",
          slug: `xa-thu-nghiem-${i}`,
          name_vi: `Trang thông tin điện tử xã Thử Nghiệm ${i}`,
          name_en: `Test Commune ${i} website`,
          lang: "vi",
        })
        .execute();
    }
    t.services.pageCache.purge(["sites"]);
    const after = await countQueries(() => get("/"));
    expect(after.result.body).toContain('<a href="/xa-thu-nghiem-24">Xã Thử Nghiệm 24</a>');
    expect(after.queries).toBe(before.queries);
    // Until something changes, the home page is served from the page cache without a query.
    const cached = await countQueries(() => get("/"));
    expect(cached.result.headers["x-cache"]).toBe("hit");
    expect(cached.queries).toBe(0);
  });

  it("demo ids are stable names of the seeded rows", async () => {
    const main = await t.services.db
      .selectFrom("sites")
      .select(["id", "kind"])
      .where("slug", "=", "")
      .executeTakeFirstOrThrow();
    expect(main).toEqual({ id: demoSiteId(""), kind: "main" });
    const sxd = await t.services.db
      .selectFrom("units")
      .select("name_vi")
      .where("id", "=", demoUnitId("SXD"))
      .executeTakeFirstOrThrow();
    expect(sxd.name_vi).toBe("Sở Xây dựng");
  });
});
