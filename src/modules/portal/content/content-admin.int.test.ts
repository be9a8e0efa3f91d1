import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { countQueries } from "../../../../test/support/query-counter.js";
import { createStaff, type StaffSession, signIn } from "../../../../test/support/staff-session.js";
import { demoSiteId, demoUnitId } from "../../orgs/seed/demo-province.js";
import { DEMO_STAFF_PASSWORD } from "../../orgs/staff-bootstrap.js";
import { errorSummary, idFromLocation, insertCategory, insertContent } from "./content.test-support.js";

/**
 * Articles admin (issue 4 item 2): the list with its filters and query budget, the create/edit form with its
 * checks, sanitising, slugs, optimistic locking, revisions with diff and restore, cover upload, per-site access.
 */
describe("content admin", () => {
  let t: TestApp;
  let editor: StaffSession;
  let approver: StaffSession;
  let otherEditor: StaffSession;
  const sxd = demoSiteId("so-xay-dung");
  const stp = demoSiteId("so-tu-phap");
  let sxdNews = "";
  let sxdPlanning = "";
  let stpNews = "";

  const db = () => t.services.db;
  const item = (id: string) =>
    db().selectFrom("content_items").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const audits = async (id: string) =>
    (
      await db()
        .selectFrom("audit_log")
        .select(["action", "actor_name", "before", "after"])
        .where("entity_id", "=", id)
        .orderBy("id")
        .execute()
    ).map((r) => r.action);

  const baseForm = (overrides: Record<string, string> = {}) => ({
    site_id: sxd,
    kind: "article",
    category_id: sxdNews,
    title: "Quy hoạch chung đô thị Dung Quất được phê duyệt",
    slug: "",
    lead: "UBND tỉnh phê duyệt điều chỉnh quy hoạch chung đô thị Dung Quất đến năm 2045.",
    body_html: "<p>Nội dung chính.</p>",
    author: "Huỳnh Thị Ngọc Ánh",
    source: "",
    tags: "Quy hoạch, xây dựng",
    publish_at: "",
    expire_at: "",
    ...overrides,
  });

  beforeAll(async () => {
    t = await startTestApp();
    sxdNews = await insertCategory(db(), sxd, "Tin hoạt động (thử)", "thu-tin-hoat-dong");
    sxdPlanning = await insertCategory(db(), sxd, "Quy hoạch (thử)", "thu-quy-hoach");
    stpNews = await insertCategory(db(), stp, "Tin tư pháp (thử)", "thu-tin-tu-phap");
    editor = await signIn(t.app, { username: "bientap.sxd", password: DEMO_STAFF_PASSWORD });
    approver = await signIn(t.app, { username: "duyet.sxd", password: DEMO_STAFF_PASSWORD });
    const stpEditor = await createStaff(db(), {
      username: "bientap.stp",
      unitId: demoUnitId("STP"),
      grants: [{ role: "editor", siteId: stp }],
    });
    otherEditor = await signIn(t.app, stpEditor);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("creates an article: sanitised body, plain text, generated slug, normalised tags, revision 1, audit", async () => {
    const res = await editor.post(
      "/admin/noi-dung",
      baseForm({
        body_html:
          '<h1>Mục 1</h1><p onclick="x()">Đoạn <strong>đậm</strong> <a href="javascript:alert(1)">xấu</a> ' +
          '<a href="https://baoxaydung.vn/a">tốt</a></p><script>alert(1)</script>',
        tags: "Quy hoạch, XÂY DỰNG , quy hoạch, ,Dung Quất",
      }),
    );
    expect(res.statusCode, errorSummary(res.body)).toBe(303);
    const id = idFromLocation(res.headers.location);
    const row = await item(id);
    expect(row.slug).toBe("quy-hoach-chung-do-thi-dung-quat-duoc-phe-duyet");
    expect(row.status).toBe("draft");
    expect(row.body_html).toBe(
      '<h2>Mục 1</h2><p>Đoạn <strong>đậm</strong> xấu <a href="https://baoxaydung.vn/a" rel="noopener">tốt</a></p>',
    );
    expect(row.body_text).toBe("Mục 1\nĐoạn đậm xấu tốt");
    expect(row.tags).toEqual(["quy hoạch", "xây dựng", "dung quất"]);
    expect(row.version).toBe(1);
    const revisions = await db()
      .selectFrom("content_revisions")
      .selectAll()
      .where("content_id", "=", id)
      .execute();
    expect(revisions.map((r) => r.number)).toEqual([1]);
    expect(await audits(id)).toEqual(["content.create"]);

    const page = await editor.get(`/admin/noi-dung/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Đã tạo bài");
    expect(page.body).toContain("Bản nháp");
  });

  it("gives the second article with the same title the slug -2, then -3", async () => {
    const slugs: string[] = [];
    for (let i = 0; i < 2; i++) {
      const res = await editor.post("/admin/noi-dung", baseForm({ title: "Thông báo tuyển dụng năm 2026" }));
      expect(res.statusCode).toBe(303);
      slugs.push((await item(idFromLocation(res.headers.location))).slug);
    }
    const third = await editor.post("/admin/noi-dung", baseForm({ title: "Thông báo tuyển dụng năm 2026" }));
    slugs.push((await item(idFromLocation(third.headers.location))).slug);
    expect(slugs).toEqual([
      "thong-bao-tuyen-dung-nam-2026",
      "thong-bao-tuyen-dung-nam-2026-2",
      "thong-bao-tuyen-dung-nam-2026-3",
    ]);
    // A typed slug that is taken is refused with a suggestion, the input kept.
    const taken = await editor.post("/admin/noi-dung", baseForm({ slug: "thong-bao-tuyen-dung-nam-2026" }));
    expect(taken.statusCode).toBe(422);
    expect(errorSummary(taken.body)).toContain("thong-bao-tuyen-dung-nam-2026-4");
    expect(taken.body).toContain('value="Quy hoạch chung đô thị Dung Quất được phê duyệt"');
  });

  it("refuses bad input with Vietnamese messages beside the fields, input kept, 422", async () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ title: "" }, "title", "Vui lòng nhập Tiêu đề"],
      [{ is_repost: "on", source: "" }, "source", "09/2014/TT-BTTTT"],
      [{ publish_at: "2026-03-25" }, "publish_at", "dd/mm/yyyy HH:mm"],
      [{ publish_at: "25/03/2026 08:00", expire_at: "24/03/2026 08:00" }, "expire_at", "sau thời điểm đăng"],
      [{ category_id: "" }, "", ""],
      [{ slug: "Có Dấu" }, "slug", "chữ thường không dấu"],
      [{ kind: "video" }, "kind", "không nằm trong danh sách"],
      [{ title: "x".repeat(301) }, "title", "không được quá 300"],
      [{ tags: Array.from({ length: 25 }, (_, i) => `t${i}`).join(",") }, "tags", "Tối đa 20"],
      [{ body_html: '<p>a</p><img src="https://evil.example/a.png" alt="x">' }, "body_html", "ảnh bị loại"],
    ];
    for (const [overrides, field, message] of cases) {
      const res = await editor.post("/admin/noi-dung", baseForm({ title: "Bài kiểm tra lỗi", ...overrides }));
      if (field === "") {
        expect(res.statusCode).toBe(303);
        continue;
      }
      expect(res.statusCode, JSON.stringify(overrides)).toBe(422);
      expect(errorSummary(res.body), JSON.stringify(overrides)).toContain(message);
      expect(res.body).toContain(`href="#f-${field}"`);
      expect(res.body).toContain("UBND tỉnh phê duyệt điều chỉnh quy hoạch chung");
    }
    // A category of another site, a cover that is not an image of the site.
    const otherCategory = await editor.post("/admin/noi-dung", baseForm({ category_id: stpNews }));
    expect(otherCategory.statusCode).toBe(422);
    expect(errorSummary(otherCategory.body)).toContain("Chuyên mục không thuộc trang");
    const cover = await editor.post(
      "/admin/noi-dung",
      baseForm({ cover_media_id: "0190f0e4-7c3a-7b2d-9e4f-5a6b7c8d9e0f", cover_alt: "Ảnh" }),
    );
    expect(cover.statusCode).toBe(422);
    expect(errorSummary(cover.body)).toContain("Ảnh đại diện phải là một ảnh");
    const noAlt = await editor.post(
      "/admin/noi-dung",
      baseForm({ cover_media_id: "0190f0e4-7c3a-7b2d-9e4f-5a6b7c8d9e0f", cover_alt: "" }),
    );
    expect(errorSummary(noAlt.body)).toContain("mô tả ảnh");
  });

  it("lets an editor write only for their own sites: another site's items are 403", async () => {
    const foreign = await insertContent(db(), {
      siteId: stp,
      title: "Bài của Sở Tư pháp",
      categoryId: stpNews,
    });
    for (const url of [`/admin/noi-dung/${foreign.id}`, `/admin/noi-dung/${foreign.id}/phien-ban`]) {
      expect((await editor.get(url)).statusCode, url).toBe(403);
    }
    const save = await editor.post(`/admin/noi-dung/${foreign.id}`, { ...baseForm(), version: "1" });
    expect(save.statusCode).toBe(403);
    const submit = await editor.post(`/admin/noi-dung/${foreign.id}/quy-trinh`, {
      action: "submit",
      version: "1",
    });
    expect(submit.statusCode).toBe(403);
    const create = await editor.post("/admin/noi-dung", baseForm({ site_id: stp, category_id: stpNews }));
    expect(create.statusCode).toBe(403);
    expect((await item(foreign.id)).version).toBe(1);

    // The other site's editor sees their item and not ours.
    const theirs = await otherEditor.get("/admin/noi-dung");
    expect(theirs.body).toContain("Bài của Sở Tư pháp");
    expect(theirs.body).not.toContain("Quy hoạch chung đô thị Dung Quất");
    const ours = await editor.get("/admin/noi-dung");
    expect(ours.body).not.toContain("Bài của Sở Tư pháp");
    // An approver of SXD does not write: no form, and a save is refused.
    const mine = await insertContent(db(), { siteId: sxd, title: "Bản nháp để duyệt" });
    const view = await approver.get(`/admin/noi-dung/${mine.id}`);
    expect(view.statusCode).toBe(200);
    expect(view.body).not.toContain('name="body_html"');
    expect(
      (await approver.post(`/admin/noi-dung/${mine.id}`, { ...baseForm(), version: "1" })).statusCode,
    ).toBe(403);
  });

  it("saves edits as new revisions; a stale version is refused with 409 and overwrites nothing", async () => {
    const created = await editor.post("/admin/noi-dung", baseForm({ title: "Cầu Trà Khúc được sửa chữa" }));
    const id = idFromLocation(created.headers.location);
    const first = await editor.post(`/admin/noi-dung/${id}`, {
      ...baseForm({
        title: "Cầu Trà Khúc được nâng cấp",
        slug: "cau-tra-khuc-duoc-sua-chua",
        body_html: "<p>Thêm làn xe.</p>",
      }),
      version: "1",
    });
    expect(first.statusCode, errorSummary(first.body)).toBe(303);
    let row = await item(id);
    expect(row.version).toBe(2);
    expect(row.title).toBe("Cầu Trà Khúc được nâng cấp");
    // The slug stays as first published (URLs do not move when a title is edited).
    expect(row.slug).toBe("cau-tra-khuc-duoc-sua-chua");

    const stale = await editor.post(`/admin/noi-dung/${id}`, {
      ...baseForm({ title: "Bản cũ ghi đè" }),
      version: "1",
    });
    expect(stale.statusCode).toBe(409);
    expect(errorSummary(stale.body)).toContain("phiên bản 2");
    expect(stale.body).toContain('value="Bản cũ ghi đè"');
    row = await item(id);
    expect(row.title).toBe("Cầu Trà Khúc được nâng cấp");
    expect(row.version).toBe(2);

    const revisions = await db()
      .selectFrom("content_revisions")
      .select(["number", "title", "created_by"])
      .where("content_id", "=", id)
      .orderBy("number")
      .execute();
    expect(revisions.map((r) => [r.number, r.title])).toEqual([
      [1, "Cầu Trà Khúc được sửa chữa"],
      [2, "Cầu Trà Khúc được nâng cấp"],
    ]);
    expect(await audits(id)).toEqual(["content.create", "content.update"]);
    const audit = await db()
      .selectFrom("audit_log")
      .select(["before", "after"])
      .where("entity_id", "=", id)
      .where("action", "=", "content.update")
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.before)).toContain("Cầu Trà Khúc được sửa chữa");
    expect(JSON.stringify(audit.after)).toContain("Cầu Trà Khúc được nâng cấp");
  });

  it("lets exactly one of ten simultaneous saves of the same version win on PostgreSQL", async () => {
    const created = await editor.post("/admin/noi-dung", baseForm({ title: "Bài sửa cùng lúc" }));
    const id = idFromLocation(created.headers.location);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        editor.post(`/admin/noi-dung/${id}`, {
          ...baseForm({ title: `Bài sửa cùng lúc ${i}`, slug: "bai-sua-cung-luc" }),
          version: "1",
        }),
      ),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 303)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(9);
    expect((await item(id)).version).toBe(2);
    const revisions = await db()
      .selectFrom("content_revisions")
      .select("number")
      .where("content_id", "=", id)
      .execute();
    expect(revisions).toHaveLength(2);
  });

  it("lists revisions, shows a word diff with labelled <del>/<ins>, restores one as a new revision", async () => {
    const created = await editor.post(
      "/admin/noi-dung",
      baseForm({ title: "Khởi công nhà ở xã hội", body_html: "<p>Dự án có 500 căn hộ.</p>" }),
    );
    const id = idFromLocation(created.headers.location);
    await editor.post(`/admin/noi-dung/${id}`, {
      ...baseForm({ title: "Khởi công nhà ở xã hội Nghĩa Lộ", body_html: "<p>Dự án có 800 căn hộ.</p>" }),
      version: "1",
    });
    const list = await editor.get(`/admin/noi-dung/${id}/phien-ban`);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain("Huỳnh Thị Ngọc Ánh");
    expect(list.body).toContain(`/admin/noi-dung/${id}/phien-ban/1`);

    const diff = await editor.get(`/admin/noi-dung/${id}/phien-ban/1`);
    expect(diff.statusCode).toBe(200);
    expect(diff.body).toMatch(/<del><span class="visually-hidden">Bị bỏ: <\/span>500/);
    expect(diff.body).toMatch(/<ins><span class="visually-hidden">Được thêm: <\/span>800/);
    expect(diff.body).toMatch(/<ins><span class="visually-hidden">Được thêm: <\/span>\s*Nghĩa Lộ/);

    const restore = await editor.post(`/admin/noi-dung/${id}/phien-ban/1/khoi-phuc`, { version: "2" });
    expect(restore.statusCode).toBe(303);
    const row = await item(id);
    expect(row.title).toBe("Khởi công nhà ở xã hội");
    expect(row.body_text).toBe("Dự án có 500 căn hộ.");
    expect(row.version).toBe(3);
    const numbers = await db()
      .selectFrom("content_revisions")
      .select(["number", "note"])
      .where("content_id", "=", id)
      .orderBy("number")
      .execute();
    expect(numbers.map((r) => r.number)).toEqual([1, 2, 3]);
    expect(numbers[2]?.note).toBe("Khôi phục từ phiên bản 1");
    expect(await audits(id)).toEqual(["content.create", "content.update", "content.restore"]);

    expect((await editor.get(`/admin/noi-dung/${id}/phien-ban/99`)).statusCode).toBe(404);
    expect((await editor.get(`/admin/noi-dung/${id}/phien-ban/abc`)).statusCode).toBe(404);
  });

  it("lists items newest first with filters by site, status, kind, category and accent-free title; counts per status", async () => {
    // Later than anything seeded, so these are the newest of the site.
    const base = Date.now() + 24 * 60 * 60_000;
    for (let i = 0; i < 30; i++) {
      await insertContent(db(), {
        siteId: sxd,
        title: i === 7 ? "Quảng Ngãi điều chỉnh Quy hoạch vùng" : `Tin số ${i}`,
        status: i % 3 === 0 ? "published" : "draft",
        kind: i % 5 === 0 ? "announcement" : "article",
        categoryId: i % 2 === 0 ? sxdPlanning : sxdNews,
        createdAt: new Date(base + i * 60_000),
      });
    }
    const page1 = await editor.get(`/admin/noi-dung?site=${sxd}`);
    expect(page1.statusCode).toBe(200);
    expect(page1.body).toContain('rel="next"');
    const titles = [...page1.body.matchAll(/<a href="\/admin\/noi-dung\/[0-9a-f-]{36}">([^<]+)<\/a>/g)].map(
      (m) => m[1],
    );
    expect(titles.length).toBe(25);
    // Newest first: the items made in this test come after everything posted earlier, newest first among them.
    const idx29 = titles.indexOf("Tin số 29");
    const idx28 = titles.indexOf("Tin số 28");
    expect(idx29).toBeGreaterThanOrEqual(0);
    expect(idx29).toBeLessThan(idx28);

    const found = await editor.get(`/admin/noi-dung?q=${encodeURIComponent("quang ngai QUY HOACH")}`);
    expect(found.body).toContain("Quảng Ngãi điều chỉnh Quy hoạch vùng");
    expect(found.body).toContain("1 bài phù hợp");

    const filtered = await editor.get(
      `/admin/noi-dung?site=${sxd}&status=published&kind=announcement&category=${sxdPlanning}`,
    );
    // i in 0..29 with i%3==0, i%5==0, i%2==0: 0 and 30 → only 0.
    expect(filtered.body).toContain("1 bài phù hợp");
    expect(filtered.body).toContain("Tin số 0");

    const counts = await editor.get(`/admin/noi-dung?site=${sxd}`);
    const published = await db()
      .selectFrom("content_items")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("site_id", "=", sxd)
      .where("status", "=", "published")
      .executeTakeFirstOrThrow();
    expect(counts.body).toContain(`Đã đăng (${published.n})`);

    // Bad query values are ignored, not errors.
    const odd = await editor.get("/admin/noi-dung?trang=-4&status=xyz&site=abc&category=%27&kind[]=1");
    expect(odd.statusCode).toBe(200);
  });

  it("runs a bounded number of queries on the list whatever the number of items", async () => {
    const small = await countQueries(() => editor.get(`/admin/noi-dung?site=${stp}`));
    for (let i = 0; i < 40; i++) {
      await insertContent(db(), { siteId: sxd, title: `Thêm ${i}`, categoryId: sxdNews });
    }
    const big = await countQueries(() => editor.get(`/admin/noi-dung?site=${sxd}`));
    expect(small.result.statusCode).toBe(200);
    expect(big.result.statusCode).toBe(200);
    expect(big.queries).toBeLessThanOrEqual(small.queries);
    expect(big.queries).toBeLessThanOrEqual(12);
  });

  it("uploads a cover through the media library (alt text required) and serves the editor island", async () => {
    const created = await editor.post("/admin/noi-dung", baseForm({ title: "Bài có ảnh đại diện" }));
    const id = idFromLocation(created.headers.location);
    const page = await editor.get(`/admin/noi-dung/${id}`);
    const action = /<form method="post" action="([^"]+anh-bia[^"]*)"/
      .exec(page.body)?.[1]
      ?.replace(/&amp;/g, "&");
    expect(action).toBeTruthy();
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#0b3d91" } })
      .png()
      .toBuffer();
    const multipartBody = (alt: string) => {
      const boundary = "----congso-test";
      const parts = [
        `--${boundary}\r\nContent-Disposition: form-data; name="alt"\r\n\r\n${alt}\r\n`,
        `--${boundary}\r\nContent-Disposition: form-data; name="caption"\r\n\r\nCầu Trà Khúc\r\n`,
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cau.png"\r\nContent-Type: image/png\r\n\r\n`,
      ];
      return {
        headers: { "content-type": `multipart/form-data; boundary=${boundary}`, cookie: editor.cookie },
        payload: Buffer.concat([Buffer.from(parts.join("")), png, Buffer.from(`\r\n--${boundary}--\r\n`)]),
      };
    };
    const noAlt = await t.app.inject({ method: "POST", url: action ?? "", ...multipartBody("") });
    expect(noAlt.statusCode).toBe(422);
    expect(noAlt.body).toContain("mô tả ảnh");
    expect((await item(id)).cover_media_id).toBeNull();

    const ok = await t.app.inject({
      method: "POST",
      url: action ?? "",
      ...multipartBody("Cầu Trà Khúc nhìn từ bờ Bắc"),
    });
    expect(ok.statusCode, ok.body.slice(0, 500)).toBe(303);
    const row = await item(id);
    expect(row.cover_media_id).toBeTruthy();
    expect(row.cover_alt).toBe("Cầu Trà Khúc nhìn từ bờ Bắc");
    expect(row.cover_caption).toBe("Cầu Trà Khúc");
    const media = await db()
      .selectFrom("media")
      .selectAll()
      .where("id", "=", row.cover_media_id ?? "")
      .executeTakeFirstOrThrow();
    expect(media.site_id).toBe(sxd);
    expect(media.kind).toBe("image");
    expect(await audits(id)).toContain("content.cover_upload");

    // The cover is then offered in the picker of the site's next article.
    const next = await editor.get(`/admin/noi-dung/moi?site=${sxd}`);
    expect(next.body).toContain(`value="${media.id}"`);

    // Without the CSRF token in the query, the upload is refused.
    const noCsrf = await t.app.inject({
      method: "POST",
      url: `/admin/noi-dung/${id}/anh-bia`,
      ...multipartBody("x"),
    });
    expect(noCsrf.statusCode).toBe(403);

    const script = /<script src="(\/static\/soan-thao\/editor-[0-9a-f]{16}\.js)" defer/.exec(page.body)?.[1];
    expect(script).toBeTruthy();
    const js = await t.app.inject({ url: script ?? "" });
    expect(js.statusCode).toBe(200);
    expect(js.headers["content-type"]).toContain("javascript");
    expect(js.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(js.body).toContain("data-rich-text");
    expect((await t.app.inject({ url: "/static/soan-thao/editor-0000000000000000.js" })).statusCode).toBe(
      404,
    );
    // Without JavaScript the body is a plain textarea of HTML, and the page has no inline script.
    expect(page.body).toMatch(/<textarea[^>]*name="body_html"/);
    expect(page.body).not.toMatch(/<script>(?!<\/script>)/);
  });
});
