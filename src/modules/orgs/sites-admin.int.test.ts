import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/support/app.js";
import {
  createStaff,
  type StaffSession,
  signIn,
  signInAsAdmin,
} from "../../../test/support/staff-session.js";
import { demoSiteId, demoUnitId } from "./seed/demo-province.js";

/** Sites admin at /admin/trang and journey 2's first half (a new department, its site, on the portal home). */
describe("sites admin", () => {
  let t: TestApp;
  let admin: StaffSession;
  let siteAdmin: StaffSession;
  const sxdSite = demoSiteId("so-xay-dung");
  const stpSite = demoSiteId("so-tu-phap");

  const siteRow = (slug: string) =>
    t.services.db.selectFrom("sites").selectAll().where("slug", "=", slug).executeTakeFirst();
  const auditActions = async (entityId: string) =>
    (
      await t.services.db
        .selectFrom("audit_log")
        .select("action")
        .where("entity_id", "=", entityId)
        .orderBy("id")
        .execute()
    ).map((r) => r.action);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInAsAdmin(t.app);
    const staff = await createStaff(t.services.db, {
      username: "quantri-sxd",
      unitId: demoUnitId("SXD"),
      grants: [{ role: "site_admin", siteId: sxdSite }],
    });
    siteAdmin = await signIn(t.app, staff);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("journey 2: a new department under the province, its component site, listed on the portal home", async () => {
    const created = await admin.post("/admin/don-vi", {
      name_vi: "Sở Du lịch",
      name_en: "Department of Tourism",
      kind: "department",
      parent_id: demoUnitId("UBND"),
      short_code: "SDL",
      identifier_code: "000.00.61.H48",
    });
    expect(created.statusCode).toBe(303);
    const unitId = String(created.headers.location).split("/").pop() ?? "";

    const form = await admin.get(`/admin/trang/moi?don_vi=${unitId}`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('value="so-du-lich"');
    expect(form.body).toContain('value="Trang thông tin điện tử Sở Du lịch"');

    const res = await admin.post("/admin/trang", {
      unit_id: unitId,
      slug: "so-du-lich",
      name_vi: "Trang thông tin điện tử Sở Du lịch",
      name_en: "Department of Tourism website",
      intro_vi: "Quảng bá du lịch Quảng Ngãi.",
    });
    expect(res.statusCode).toBe(303);
    const site = await siteRow("so-du-lich");
    expect(site).toMatchObject({ unit_id: unitId, kind: "component", lang: "vi", active: true });
    expect(res.headers.location).toBe(`/admin/trang/${site?.id}`);
    expect(await auditActions(site?.id ?? "")).toEqual(["site.create"]);

    const home = await t.app.inject({ url: "/" });
    expect(home.body).toContain('<a href="/so-du-lich">Sở Du lịch</a>');
    const page = await t.app.inject({ url: "/so-du-lich" });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("<h1>Sở Du lịch</h1>");
    expect(page.body).toContain("Quảng bá du lịch Quảng Ngãi.");
  });

  it("suggests the slug from the unit name when left empty", async () => {
    const unit = await admin.post("/admin/don-vi", {
      name_vi: "Phường Nghĩa Chánh",
      name_en: "Nghia Chanh Ward",
      kind: "commune",
      parent_id: demoUnitId("TPQN"),
      short_code: "PNC",
    });
    expect(unit.statusCode).toBe(303);
    const unitId = String(unit.headers.location).split("/").pop() ?? "";
    const res = await admin.post("/admin/trang", {
      unit_id: unitId,
      slug: "",
      name_vi: "Trang thông tin điện tử phường Nghĩa Chánh",
      name_en: "Nghia Chanh Ward website",
    });
    expect(res.statusCode).toBe(303);
    expect(await siteRow("phuong-nghia-chanh")).toBeTruthy();
  });

  it("refuses reserved, malformed and duplicate slugs and a taken host with 422, input kept", async () => {
    const base = {
      unit_id: demoUnitId("SYT"),
      name_vi: "Trang thứ hai của Sở Y tế",
      name_en: "Second health site",
    };
    for (const slug of ["admin", "tim-kiem", "dang-nhap", "en", "van-ban"]) {
      const res = await admin.post("/admin/trang", { ...base, slug });
      expect(res.statusCode, slug).toBe(422);
      expect(res.body, slug).toContain(`Đường dẫn /${slug} được hệ thống dành riêng`);
    }
    const bad = await admin.post("/admin/trang", { ...base, slug: "Sở Y tế 2" });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain("Đường dẫn chỉ gồm chữ thường không dấu");
    expect(bad.body).toContain('value="Sở Y tế 2"');
    expect(bad.body).toContain('value="Trang thứ hai của Sở Y tế"');

    const dup = await admin.post("/admin/trang", { ...base, slug: "so-xay-dung" });
    expect(dup.statusCode).toBe(422);
    expect(dup.body).toContain("Đường dẫn /so-xay-dung đã được trang khác sử dụng.");

    await t.services.db
      .updateTable("sites")
      .set({ host: "syt.quangngai.gov.vn" })
      .where("slug", "=", "so-y-te")
      .execute();
    const host = await admin.post("/admin/trang", {
      ...base,
      slug: "so-y-te-2",
      host: "SYT.quangngai.gov.vn",
    });
    expect(host.statusCode).toBe(422);
    expect(host.body).toContain(
      "Tên miền syt.quangngai.gov.vn đã được dùng cho Trang thông tin điện tử Sở Y tế.",
    );
    const badHost = await admin.post("/admin/trang", { ...base, slug: "so-y-te-2", host: "http://x" });
    expect(badHost.statusCode).toBe(422);
    expect(badHost.body).toContain("không đúng dạng tên miền");

    const noUnit = await admin.post("/admin/trang", { ...base, unit_id: "", slug: "so-y-te-2" });
    expect(noUnit.statusCode).toBe(422);
    expect(noUnit.body).toContain("Vui lòng chọn đơn vị chủ quản.");
    expect(await siteRow("so-y-te-2")).toBeUndefined();
  });

  it("edits names and host, menu and theme, each audited", async () => {
    const details = await admin.post(`/admin/trang/${stpSite}`, {
      name_vi: "Cổng thông tin Sở Tư pháp",
      name_en: "Department of Justice portal",
      host: "",
      intro_vi: "Phổ biến pháp luật.",
      intro_en: "",
      sort_order: "0",
    });
    expect(details.statusCode).toBe(303);
    expect((await siteRow("so-tu-phap"))?.name_vi).toBe("Cổng thông tin Sở Tư pháp");

    const badMenu = await admin.post(`/admin/trang/${stpSite}/danh-muc`, {
      menu_label: ["Tin tức", "Lừa", ""],
      menu_href: ["/so-tu-phap/tin-tuc", "javascript:alert(1)", "/x"],
    });
    expect(badMenu.statusCode).toBe(422);
    expect(badMenu.body).toContain("Liên kết của mục 2 phải là đường dẫn trong cổng");
    expect(badMenu.body).toContain("Vui lòng nhập nhãn cho mục 3.");
    expect(badMenu.body).toContain('value="javascript:alert(1)"');

    const menu = await admin.post(`/admin/trang/${stpSite}/danh-muc`, {
      menu_label: ["Tin tức", "", "Dịch vụ công quốc gia"],
      menu_href: ["/so-tu-phap#gioi-thieu", "", "https://dichvucong.gov.vn"],
    });
    expect(menu.statusCode).toBe(303);
    expect((await siteRow("so-tu-phap"))?.menu).toEqual([
      { label: "Tin tức", href: "/so-tu-phap#gioi-thieu" },
      { label: "Dịch vụ công quốc gia", href: "https://dichvucong.gov.vn" },
    ]);
    const page = await t.app.inject({ url: "/so-tu-phap" });
    expect(page.body).toContain('<a href="https://dichvucong.gov.vn">Dịch vụ công quốc gia</a>');

    const badTheme = await admin.post(`/admin/trang/${stpSite}/giao-dien`, { accent: "#ff0000" });
    expect(badTheme.statusCode).toBe(422);
    const theme = await admin.post(`/admin/trang/${stpSite}/giao-dien`, { accent: "xanh-la" });
    expect(theme.statusCode).toBe(303);
    expect((await siteRow("so-tu-phap"))?.theme).toEqual({ accent: "xanh-la" });

    // The English site keeps its contact mailbox when its accent changes.
    const en = await admin.post(`/admin/trang/${demoSiteId("en")}/giao-dien`, { accent: "tim" });
    expect(en.statusCode).toBe(303);
    expect((await siteRow("en"))?.theme).toEqual({ contactEmail: "eng@quangngai.gov.vn", accent: "tim" });

    expect(await auditActions(stpSite)).toEqual(["site.update", "site.menu", "site.theme"]);
  });

  it("deactivates a component site (public 404) and reactivates it; the main portal cannot be deactivated", async () => {
    const off = await admin.post(`/admin/trang/${demoSiteId("huyen-minh-long")}/ngung-hoat-dong`, {});
    expect(off.statusCode).toBe(303);
    const gone = await t.app.inject({ url: "/huyen-minh-long" });
    expect(gone.statusCode).toBe(404);
    expect(gone.body).toContain("Không tìm thấy trang");
    expect((await t.app.inject({ url: "/" })).body).not.toContain('href="/huyen-minh-long"');
    const on = await admin.post(`/admin/trang/${demoSiteId("huyen-minh-long")}/kich-hoat`, {});
    expect(on.statusCode).toBe(303);
    expect((await t.app.inject({ url: "/huyen-minh-long" })).statusCode).toBe(200);
    expect(await auditActions(demoSiteId("huyen-minh-long"))).toEqual(["site.deactivate", "site.reactivate"]);

    const main = await admin.post(`/admin/trang/${demoSiteId("")}/ngung-hoat-dong`, {});
    expect(main.statusCode).toBe(409);
    expect(main.body).toContain("Không thể ngừng hoạt động cổng chính hoặc trang tiếng Anh.");
    expect((await siteRow(""))?.active).toBe(true);
  });

  it("shows a site admin only their own sites and lets them edit only menu and theme", async () => {
    const list = await siteAdmin.get("/admin/trang");
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain("Trang thông tin điện tử Sở Xây dựng");
    expect(list.body).not.toContain("Trang thông tin điện tử Sở Y tế");
    expect(list.body).toContain("1 trang");
    expect(list.body).not.toContain('href="/admin/trang/moi"');

    const own = await siteAdmin.get(`/admin/trang/${sxdSite}`);
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain(`action="/admin/trang/${sxdSite}/danh-muc"`);
    expect(own.body).not.toContain(`action="/admin/trang/${sxdSite}"`);
    expect(own.body).not.toContain("ngung-hoat-dong");

    const menu = await siteAdmin.post(`/admin/trang/${sxdSite}/danh-muc`, {
      menu_label: ["Quy hoạch"],
      menu_href: ["/so-xay-dung#gioi-thieu"],
    });
    expect(menu.statusCode).toBe(303);
    expect((await siteRow("so-xay-dung"))?.menu).toEqual([
      { label: "Quy hoạch", href: "/so-xay-dung#gioi-thieu" },
    ]);

    // Another site, and what only the system admin may do: 403.
    expect((await siteAdmin.get(`/admin/trang/${stpSite}`)).statusCode).toBe(403);
    expect(
      (await siteAdmin.post(`/admin/trang/${stpSite}/danh-muc`, { menu_label: ["X"], menu_href: ["/x"] }))
        .statusCode,
    ).toBe(403);
    expect((await siteAdmin.post(`/admin/trang/${stpSite}/giao-dien`, { accent: "tim" })).statusCode).toBe(
      403,
    );
    expect(
      (await siteAdmin.post(`/admin/trang/${sxdSite}`, { name_vi: "Đổi tên", name_en: "Renamed" }))
        .statusCode,
    ).toBe(403);
    expect((await siteAdmin.post(`/admin/trang/${sxdSite}/ngung-hoat-dong`, {})).statusCode).toBe(403);
    expect((await siteAdmin.get("/admin/trang/moi")).statusCode).toBe(403);
    expect(
      (
        await siteAdmin.post("/admin/trang", {
          unit_id: demoUnitId("SXD"),
          slug: "sxd-2",
          name_vi: "a",
          name_en: "b",
        })
      ).statusCode,
    ).toBe(403);
    expect((await siteRow("so-tu-phap"))?.menu).not.toEqual([{ label: "X", href: "/x" }]);
  });

  it("searches and filters sites, and answers 404 to unknown ids", async () => {
    const found = await admin.get("/admin/trang?q=xay+dung");
    expect(found.body).toContain("Trang thông tin điện tử Sở Xây dựng");
    expect(found.body).not.toContain("Trang thông tin điện tử Sở Y tế");
    const english = await admin.get("/admin/trang?kind=english");
    expect(english.body).toContain("1 trang");
    for (const url of ["/admin/trang/0190f0e4-7c3a-7b2d-9e4f-5a6b7c8d9e0f", "/admin/trang/abc"]) {
      expect((await admin.get(url)).statusCode, url).toBe(404);
    }
    expect((await admin.post("/admin/trang/abc/giao-dien", { accent: "tim" })).statusCode).toBe(404);
  });
});
