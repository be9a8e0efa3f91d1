import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import {
  createStaff,
  type StaffSession,
  signIn,
  signInAsAdmin,
} from "../../../../test/support/staff-session.js";
import { demoSiteId, demoUnitId } from "../../orgs/seed/demo-province.js";
import { insertItem } from "../public/test-fixtures.js";

/** Issue 4 item 1: a site admin arranges their site's categories and home page (SPEC §A1). */
describe("site structure admin", () => {
  let t: TestApp;
  let admin: StaffSession;
  let sxdAdmin: StaffSession;
  let stpAdmin: StaffSession;
  let editor: StaffSession;
  const SXD = demoSiteId("so-xay-dung");
  const STP = demoSiteId("so-tu-phap");
  const cats = `/admin/trang/${SXD}/chuyen-muc`;
  const home = `/admin/trang/${SXD}/trang-chu`;

  const category = (slug: string) =>
    t.services.db
      .selectFrom("categories")
      .selectAll()
      .where("site_id", "=", SXD)
      .where("slug", "=", slug)
      .executeTakeFirstOrThrow();
  const auditActions = async (entityId: string) =>
    (
      await t.services.db
        .selectFrom("audit_log")
        .select(["action", "actor_name"])
        .where("entity_id", "=", entityId)
        .orderBy("id")
        .execute()
    ).map((r) => r.action);

  beforeAll(async () => {
    t = await startTestApp();
    const db = t.services.db;
    // These tests build Sở Xây dựng's structure from nothing, whatever the demo content put there.
    await db.deleteFrom("home_sections").where("site_id", "=", SXD).execute();
    await db.updateTable("content_items").set({ category_id: null }).where("site_id", "=", SXD).execute();
    await db.deleteFrom("categories").where("site_id", "=", SXD).execute();
    admin = await signInAsAdmin(t.app);
    sxdAdmin = await signIn(
      t.app,
      await createStaff(db, {
        username: "qt-sxd",
        fullName: "Quản trị Sở Xây dựng",
        unitId: demoUnitId("SXD"),
        grants: [{ role: "site_admin", siteId: SXD }],
      }),
    );
    stpAdmin = await signIn(
      t.app,
      await createStaff(db, {
        username: "qt-stp",
        unitId: demoUnitId("STP"),
        grants: [{ role: "site_admin", siteId: STP }],
      }),
    );
    editor = await signIn(
      t.app,
      await createStaff(db, { username: "bt-sxd", grants: [{ role: "editor", siteId: SXD }] }),
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  it("lists only the sites a person administers, with links to categories, home page and menu", async () => {
    const mine = await sxdAdmin.get("/admin/cau-truc-trang");
    expect(mine.statusCode).toBe(200);
    expect(mine.body).toContain("Trang thông tin điện tử Sở Xây dựng");
    expect(mine.body).toContain(`href="${cats}"`);
    expect(mine.body).toContain(`href="${home}"`);
    expect(mine.body).toContain(`href="/admin/trang/${SXD}"`);
    expect(mine.body).not.toContain("Sở Tư pháp");
    expect(mine.body).toContain('href="/admin/cau-truc-trang"');
    const all = await admin.get("/admin/cau-truc-trang");
    expect(all.body).toContain("Sở Tư pháp");
    expect(all.body).toContain("Cổng thông tin điện tử tỉnh Quảng Ngãi");
    expect((await editor.get("/admin/cau-truc-trang")).statusCode).toBe(403);
  });

  it("creates categories as a tree with Vietnamese slugs, unique per site, and keeps input when refused", async () => {
    const created = await sxdAdmin.post(cats, {
      name: "Tin tức – Sự kiện",
      slug: "",
      description: "Tin của Sở",
    });
    expect(created.statusCode).toBe(303);
    expect(created.headers.location).toBe(cats);
    const news = await category("tin-tuc-su-kien");
    expect(news).toMatchObject({
      name: "Tin tức – Sự kiện",
      parent_id: null,
      active: true,
      description: "Tin của Sở",
    });
    expect(await auditActions(news.id)).toEqual(["category.create"]);

    const child = await sxdAdmin.post(cats, { name: "Đô thị", slug: "do-thi", parent_id: news.id });
    expect(child.statusCode).toBe(303);
    expect((await category("do-thi")).parent_id).toBe(news.id);
    await sxdAdmin.post(cats, { name: "Quy hoạch", slug: "", parent_id: news.id });

    const list = await sxdAdmin.get(cats);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain("Đã thêm chuyên mục «Quy hoạch».");
    // Children after their parent, indented, in the order they were added.
    const order = ["Tin tức – Sự kiện", "Đô thị", "Quy hoạch"].map((n) => list.body.indexOf(`>${n}</a>`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(list.body).toContain('class="depth-1"');

    // The same slug on the same site is refused, the typed values kept; another site may use it.
    const dup = await sxdAdmin.post(cats, { name: "Tin tức khác", slug: "do-thi", description: "giữ lại" });
    expect(dup.statusCode).toBe(422);
    expect(dup.body).toContain("Đường dẫn «do-thi» đã được dùng cho chuyên mục «Đô thị» của trang này.");
    expect(dup.body).toContain('value="Tin tức khác"');
    expect(dup.body).toContain("giữ lại");
    expect(dup.body).toContain('class="error-summary"');
    const other = await stpAdmin.post(`/admin/trang/${STP}/chuyen-muc`, { name: "Đô thị", slug: "do-thi" });
    expect(other.statusCode).toBe(303);

    for (const [form, message] of [
      [{ name: "", slug: "" }, "Vui lòng nhập Tên chuyên mục."],
      [{ name: "Tin", slug: "Tin Tức" }, "Đường dẫn chỉ gồm chữ thường không dấu"],
      [{ name: "Tin", slug: "tin--tuc" }, "Đường dẫn chỉ gồm chữ thường không dấu"],
      [{ name: "x".repeat(5000), slug: "" }, "không được quá 120 ký tự"],
      [
        { name: "Tin", slug: "tin-moi", parent_id: "khong-phai-uuid" },
        "Chuyên mục cha không thuộc trang này.",
      ],
      [
        { name: "Tin", slug: "tin-moi", parent_id: "018f0000-0000-7000-8000-000000000000" },
        "Chuyên mục cha không thuộc trang này.",
      ],
    ] as const) {
      const res = await sxdAdmin.post(cats, form);
      expect(res.statusCode, JSON.stringify(form).slice(0, 80)).toBe(422);
      expect(res.body).toContain(message);
    }
    const count = await t.services.db
      .selectFrom("categories")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("site_id", "=", SXD)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(3);
  });

  it("edits, moves (never under itself), reorders and deactivates categories, purging public pages", async () => {
    const news = await category("tin-tuc-su-kien");
    const doThi = await category("do-thi");
    const quyHoach = await category("quy-hoach");
    await insertItem(t.services.db, {
      siteId: SXD,
      slug: "bai-do-thi",
      title: "Bài đô thị",
      categoryId: doThi.id,
    });

    // Public page cached first, so the rename below must purge it.
    const before = await t.app.inject({ url: "/so-xay-dung/chuyen-muc/do-thi" });
    expect(before.statusCode).toBe(200);
    expect((await t.app.inject({ url: "/so-xay-dung/chuyen-muc/do-thi" })).headers["x-cache"]).toBe("hit");

    const edit = await sxdAdmin.get(`${cats}/${doThi.id}`);
    expect(edit.statusCode).toBe(200);
    expect(edit.body).toContain('value="Đô thị"');
    // Its own subtree is not offered as a parent.
    expect(edit.body).not.toContain(`<option value="${doThi.id}"`);

    const renamed = await sxdAdmin.post(`${cats}/${doThi.id}`, {
      name: "Đô thị và nhà ở",
      slug: "do-thi",
      description: "",
      parent_id: news.id,
    });
    expect(renamed.statusCode).toBe(303);
    const after = await t.app.inject({ url: "/so-xay-dung/chuyen-muc/do-thi" });
    expect(after.headers["x-cache"]).toBe("miss");
    expect(after.body).toContain("<h1>Đô thị và nhà ở</h1>");

    // A category cannot go under itself or under one of its own sub-categories.
    const self = await sxdAdmin.post(`${cats}/${news.id}`, {
      name: news.name,
      slug: news.slug,
      parent_id: news.id,
    });
    expect(self.statusCode).toBe(422);
    expect(self.body).toContain("Không thể chọn chính chuyên mục này làm chuyên mục cha.");
    const cycle = await sxdAdmin.post(`${cats}/${news.id}`, {
      name: news.name,
      slug: news.slug,
      parent_id: doThi.id,
    });
    expect(cycle.statusCode).toBe(422);
    expect(cycle.body).toContain("Không thể chuyển chuyên mục vào một chuyên mục con của chính nó.");
    expect((await category("tin-tuc-su-kien")).parent_id).toBeNull();

    // Move "Quy hoạch" to the top level, then reorder the two children left... and back.
    const moved = await sxdAdmin.post(`${cats}/${quyHoach.id}`, {
      name: "Quy hoạch",
      slug: "quy-hoach",
      parent_id: "",
    });
    expect(moved.statusCode).toBe(303);
    expect((await category("quy-hoach")).parent_id).toBeNull();
    expect(await auditActions(quyHoach.id)).toEqual(["category.create", "category.move"]);
    const up = await sxdAdmin.post(`${cats}/${quyHoach.id}/thu-tu`, { huong: "len" });
    expect(up.statusCode).toBe(303);
    const list = await sxdAdmin.get(cats);
    expect(list.body.indexOf(">Quy hoạch</a>")).toBeLessThan(list.body.indexOf(">Tin tức – Sự kiện</a>"));
    expect(await auditActions(quyHoach.id)).toContain("category.reorder");
    // Already first: nothing changes.
    await sxdAdmin.post(`${cats}/${quyHoach.id}/thu-tu`, { huong: "len" });
    expect((await auditActions(quyHoach.id)).filter((a) => a === "category.reorder").length).toBe(1);
    expect((await sxdAdmin.post(`${cats}/${quyHoach.id}/thu-tu`, { huong: "ngang" })).statusCode).toBe(400);

    // Deactivating the parent hides it and its sub-categories from readers; reactivating brings them back.
    const off = await sxdAdmin.post(`${cats}/${news.id}/trang-thai`, { active: "0" });
    expect(off.statusCode).toBe(303);
    expect((await category("tin-tuc-su-kien")).active).toBe(false);
    expect((await t.app.inject({ url: "/so-xay-dung/chuyen-muc/tin-tuc-su-kien" })).statusCode).toBe(404);
    expect((await t.app.inject({ url: "/so-xay-dung/chuyen-muc/do-thi" })).statusCode).toBe(404);
    // The article stays readable, its category shown without a link.
    const article = await t.app.inject({ url: "/so-xay-dung/bai-viet/bai-do-thi" });
    expect(article.statusCode).toBe(200);
    expect(article.body).not.toContain('href="/so-xay-dung/chuyen-muc/do-thi"');
    await sxdAdmin.post(`${cats}/${news.id}/trang-thai`, { active: "1" });
    expect((await t.app.inject({ url: "/so-xay-dung/chuyen-muc/do-thi" })).statusCode).toBe(200);
    expect(await auditActions(news.id)).toEqual(
      expect.arrayContaining(["category.create", "category.deactivate", "category.activate"]),
    );
  });

  it("keeps each site admin to their own site", async () => {
    const news = await category("tin-tuc-su-kien");
    for (const url of [cats, `${cats}/moi`, `${cats}/${news.id}`, home, `${home}/moi?loai=announcements`]) {
      expect((await stpAdmin.get(url)).statusCode, url).toBe(403);
      expect((await editor.get(url)).statusCode, url).toBe(403);
    }
    expect((await stpAdmin.post(cats, { name: "Xâm nhập", slug: "xam-nhap" })).statusCode).toBe(403);
    expect((await stpAdmin.post(`${cats}/${news.id}/trang-thai`, { active: "0" })).statusCode).toBe(403);
    expect((await stpAdmin.post(home, { loai: "announcements", limit: "3" })).statusCode).toBe(403);
    expect((await category("tin-tuc-su-kien")).active).toBe(true);
    // A category of one site is not reachable through another site's address.
    expect((await stpAdmin.get(`/admin/trang/${STP}/chuyen-muc/${news.id}`)).statusCode).toBe(404);
    for (const url of [
      "/admin/trang/khong-phai-uuid/chuyen-muc",
      `${cats}/khong-phai-uuid`,
      "/admin/trang/018f0000-0000-7000-8000-000000000000/chuyen-muc",
      `${home}/khong-phai-uuid`,
    ]) {
      expect((await admin.get(url)).statusCode, url).toBe(404);
    }
    // Anonymous readers are sent to sign in.
    expect((await t.app.inject({ url: cats })).statusCode).toBeGreaterThanOrEqual(300);
  });

  it("arranges the home page's sections, shown in that order on the site's home", async () => {
    const db = t.services.db;
    const news = await category("tin-tuc-su-kien");
    const lead = await insertItem(db, {
      siteId: SXD,
      slug: "tin-noi-bat",
      title: "Khánh thành công viên",
      categoryId: news.id,
    });
    await insertItem(db, {
      siteId: SXD,
      slug: "tin-moi-hon",
      title: "Tin mới hơn",
      categoryId: news.id,
      publishedMinutes: -1,
    });
    await insertItem(db, {
      siteId: SXD,
      kind: "announcement",
      slug: "thong-bao-1",
      title: "Thông báo lịch tiếp dân",
    });

    expect((await sxdAdmin.get(home)).body).toContain("Trang chủ chưa có khối nào.");
    const form = await sxdAdmin.get(`${home}/moi?loai=lead_story`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain(`<option value="${lead}">Khánh thành công viên`);
    expect((await sxdAdmin.get(`${home}/moi?loai=khong-co`)).statusCode).toBe(400);

    const steps: Record<string, string | string[]>[] = [
      { loai: "lead_story", title: "", content_id: lead },
      { loai: "latest_in_category", title: "", category_id: news.id, limit: "2" },
      { loai: "announcements", title: "Thông báo của Sở", limit: "3" },
      { loai: "legal_documents", title: "", limit: "5" },
      {
        loai: "service_links",
        title: "Dịch vụ công",
        link_label: ["Cấp phép xây dựng", "", ""],
        link_href: ["https://dichvucong.quangngai.gov.vn/cap-phep", "", ""],
      },
    ];
    for (const step of steps) {
      const res = await sxdAdmin.post(home, step);
      expect(res.statusCode, String(step.loai)).toBe(303);
    }
    const sections = await db
      .selectFrom("home_sections")
      .selectAll()
      .where("site_id", "=", SXD)
      .orderBy("position")
      .execute();
    expect(sections.map((s) => s.kind)).toEqual([
      "lead_story",
      "latest_in_category",
      "announcements",
      "legal_documents",
      "service_links",
    ]);
    expect(sections[0]?.config).toEqual({ contentId: lead });
    expect(sections[1]?.config).toEqual({ categoryId: news.id, limit: 2 });
    expect(await auditActions(sections[0]?.id ?? "")).toEqual(["home_section.create"]);

    const page = await t.app.inject({ url: "/so-xay-dung" });
    const headings = [
      "Tin nổi bật",
      "Tin tức – Sự kiện",
      "Thông báo của Sở",
      "Văn bản mới ban hành",
      "Dịch vụ công",
    ].map((h) => page.body.indexOf(`>${h}</h2>`));
    expect(headings.every((i) => i > 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    // The pinned story, not the newest one, leads.
    const leadBlock = page.body.slice(headings[0], headings[1]);
    expect(leadBlock).toContain("Khánh thành công viên");
    expect(leadBlock).not.toContain("Tin mới hơn");
    expect(page.body).toContain(
      '<a href="https://dichvucong.quangngai.gov.vn/cap-phep">Cấp phép xây dựng</a>',
    );
    expect(page.body).toContain("Thông báo lịch tiếp dân");

    // Refused settings, with messages beside the fields.
    const refused: [Record<string, string | string[]>, string][] = [
      [{ loai: "latest_in_category", category_id: "" }, "Vui lòng chọn chuyên mục."],
      [
        { loai: "latest_in_category", category_id: "018f0000-0000-7000-8000-000000000000" },
        "Chuyên mục đã chọn không thuộc trang này.",
      ],
      [{ loai: "announcements", limit: "500" }, "Từ 1 đến 20."],
      [
        { loai: "lead_story", content_id: "018f0000-0000-7000-8000-000000000000" },
        "Bài viết đã chọn không còn được đăng",
      ],
      [
        { loai: "service_links", link_label: ["Lừa đảo"], link_href: ["javascript:alert(1)"] },
        "Địa chỉ của liên kết 1 phải là",
      ],
      [
        { loai: "service_links", link_label: [""], link_href: ["/dich-vu-cong"] },
        "Vui lòng nhập tên hiển thị của liên kết 1.",
      ],
      [{ loai: "service_links", link_label: [""], link_href: [""] }, "Vui lòng nhập ít nhất một liên kết."],
    ];
    for (const [form, message] of refused) {
      const res = await sxdAdmin.post(home, form);
      expect(res.statusCode, JSON.stringify(form)).toBe(422);
      expect(res.body).toContain(message);
    }
    expect((await sxdAdmin.post(home, { loai: "khong-co" })).statusCode).toBe(400);

    // Edit, move and delete; the home page follows each change at once.
    const announcements = sections[2]?.id ?? "";
    const edited = await sxdAdmin.post(`${home}/${announcements}`, { title: "Thông báo mới", limit: "1" });
    expect(edited.statusCode).toBe(303);
    expect((await t.app.inject({ url: "/so-xay-dung" })).body).toContain(">Thông báo mới</h2>");
    await sxdAdmin.post(`${home}/${announcements}/thu-tu`, { huong: "len" });
    await sxdAdmin.post(`${home}/${announcements}/thu-tu`, { huong: "len" });
    const reordered = await db
      .selectFrom("home_sections")
      .select("kind")
      .where("site_id", "=", SXD)
      .orderBy("position")
      .execute();
    expect(reordered.map((s) => s.kind)).toEqual([
      "announcements",
      "lead_story",
      "latest_in_category",
      "legal_documents",
      "service_links",
    ]);
    const first = (await t.app.inject({ url: "/so-xay-dung" })).body;
    expect(first.indexOf(">Thông báo mới</h2>")).toBeLessThan(first.indexOf(">Tin nổi bật</h2>"));
    const removed = await sxdAdmin.post(`${home}/${sections[4]?.id}/xoa`, {});
    expect(removed.statusCode).toBe(303);
    expect((await t.app.inject({ url: "/so-xay-dung" })).body).not.toContain("Cấp phép xây dựng");
    expect(await auditActions(sections[4]?.id ?? "")).toEqual(["home_section.create", "home_section.delete"]);
    const positions = await db
      .selectFrom("home_sections")
      .select("position")
      .where("site_id", "=", SXD)
      .orderBy("position")
      .execute();
    expect(positions.map((p) => p.position)).toEqual([0, 1, 2, 3]);

    const list = await sxdAdmin.get(home);
    expect(list.body).toContain("Bài: Khánh thành công viên");
    expect(list.body).toContain("Tin tức – Sự kiện, 2 tin");
  });
});
