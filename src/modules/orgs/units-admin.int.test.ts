import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/support/app.js";
import {
  createStaff,
  type StaffSession,
  signIn,
  signInAsAdmin,
} from "../../../test/support/staff-session.js";
import { demoSiteId, demoUnitId } from "./seed/demo-province.js";

/** Units admin at /admin/don-vi (issue 3 item 4, SPEC §1): list, search, create, edit, move, deactivate. */
describe("units admin", () => {
  let t: TestApp;
  let admin: StaffSession;
  const province = demoUnitId("UBND");

  const validUnit = (over: Record<string, string | string[]> = {}) => ({
    name_vi: "Sở Du lịch",
    name_en: "Department of Tourism",
    kind: "department",
    parent_id: province,
    short_code: "SDL",
    identifier_code: "000.00.60.H48",
    address: "10 Lê Lợi, phường Nghĩa Chánh, thành phố Quảng Ngãi",
    phone: "0255 3821 111",
    email: "sdl@quangngai.gov.vn",
    website: "https://quangngai.gov.vn/so-du-lich",
    sort_order: "10",
    leader_name: ["Nguyễn Văn Du", ""],
    leader_position: ["Giám đốc", ""],
    leader_phone: ["0905 123 456", ""],
    leader_email: ["", ""],
    ...over,
  });

  const auditRows = (entityId: string) =>
    t.services.db
      .selectFrom("audit_log")
      .selectAll()
      .where("entity_id", "=", entityId)
      .orderBy("id")
      .execute();

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInAsAdmin(t.app);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("lists the unit tree, indented under the province", async () => {
    const res = await admin.get("/admin/don-vi");
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain("Ủy ban nhân dân tỉnh Quảng Ngãi");
    expect(html).toContain(
      `<td class="depth-1"><a href="/admin/don-vi/${demoUnitId("SXD")}">Sở Xây dựng</a>`,
    );
    expect(html).toContain(
      `<td class="depth-2"><a href="/admin/don-vi/${demoUnitId("XBTH")}">Xã Ba Thành</a>`,
    );
    // A commune directly follows its district, and the office (sort order 0) precedes the departments.
    expect(html.indexOf("Huyện Ba Tơ")).toBeLessThan(html.indexOf("Xã Ba Thành"));
    expect(html.indexOf("Xã Ba Thành")).toBeLessThan(html.indexOf("Huyện Bình Sơn"));
    expect(html.indexOf("Văn phòng Ủy ban nhân dân tỉnh")).toBeLessThan(html.indexOf("Ban Dân tộc"));
    expect(html).toContain("41 đơn vị");
  });

  it("searches without diacritics and filters by kind and state", async () => {
    const res = await admin.get("/admin/don-vi?q=so+xay+dung");
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(">Sở Xây dựng</a>");
    expect(res.body).not.toContain(">Sở Y tế</a>");
    expect(res.body).toContain("1 đơn vị");
    const byCode = await admin.get("/admin/don-vi?q=000.00.00.H48");
    expect(byCode.body).toContain(">Ủy ban nhân dân tỉnh Quảng Ngãi</a>");
    const wildcard = await admin.get("/admin/don-vi?q=%25");
    expect(wildcard.body).toContain("0 đơn vị");
    const districts = await admin.get("/admin/don-vi?kind=district");
    expect(districts.body).toContain(">Huyện Đức Phổ</a>");
    expect(districts.body).not.toContain(">Sở Xây dựng</a>");
    expect(districts.body).toContain("14 đơn vị");
    const inactive = await admin.get("/admin/don-vi?active=0");
    expect(inactive.body).toContain("0 đơn vị");
    const junk = await admin.get("/admin/don-vi?kind=nope&active=maybe&q[]=x");
    expect(junk.statusCode).toBe(200);
  });

  it("creates a unit with leaders, audited in the same transaction", async () => {
    const form = await admin.get(`/admin/don-vi/moi?cap_tren=${province}`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('name="leader_name"');
    const res = await admin.post("/admin/don-vi", validUnit());
    expect(res.statusCode).toBe(303);
    const unit = await t.services.db
      .selectFrom("units")
      .selectAll()
      .where("short_code", "=", "SDL")
      .executeTakeFirstOrThrow();
    expect(res.headers.location).toBe(`/admin/don-vi/${unit.id}`);
    expect(unit).toMatchObject({
      name_vi: "Sở Du lịch",
      parent_id: province,
      kind: "department",
      identifier_code: "000.00.60.H48",
      phone: "0255 3821 111",
      sort_order: 10,
      active: true,
    });
    expect(unit.leaders).toEqual([{ name: "Nguyễn Văn Du", position: "Giám đốc", phone: "0905 123 456" }]);
    const audit = await auditRows(unit.id);
    expect(audit.map((a) => a.action)).toEqual(["unit.create"]);
    expect(audit[0]?.actor_name).toBeTruthy();
    expect((audit[0]?.after as { name_vi: string } | undefined)?.name_vi).toBe("Sở Du lịch");
    const page = await admin.get(res.headers.location as string);
    expect(page.body).toContain("Đã thêm đơn vị Sở Du lịch.");
  });

  it("refuses invalid input with 422, Vietnamese messages beside each field, and the input kept", async () => {
    const before = await t.services.db.selectFrom("units").select("id").execute();
    const res = await admin.post(
      "/admin/don-vi",
      validUnit({
        name_vi: "",
        short_code: "s x",
        identifier_code: "48.000",
        phone: "12345",
        email: "khong-phai-email",
        website: "javascript:alert(1)",
        sort_order: "-3",
        leader_name: ["", "Trần Thị B"],
        leader_position: ["Phó Giám đốc", ""],
        leader_phone: ["0123", ""],
        leader_email: ["", "x@"],
      }),
    );
    expect(res.statusCode).toBe(422);
    const html = res.body;
    expect(html).toContain("Có lỗi trong biểu mẫu");
    expect(html).toContain("Vui lòng nhập Tên đơn vị (tiếng Việt).");
    expect(html).toContain("Mã viết tắt chỉ gồm chữ in hoa");
    expect(html).toContain("Mã định danh điện tử phải có dạng 000.00.00.H48");
    expect(html).toContain("Điện thoại không đúng định dạng số điện thoại Việt Nam");
    expect(html).toContain("Thư điện tử phải là địa chỉ thư điện tử hợp lệ");
    expect(html).toContain("Trang web phải là địa chỉ web");
    expect(html).toContain("Thứ tự sắp xếp phải là số nguyên");
    expect(html).toContain("Vui lòng nhập Họ và tên (lãnh đạo 1).");
    expect(html).toContain("Vui lòng nhập Chức vụ (lãnh đạo 2).");
    expect(html).toContain('href="#f-leaders.0.phone"');
    // What was typed comes back.
    for (const kept of [
      'value="s x"',
      'value="48.000"',
      'value="12345"',
      'value="khong-phai-email"',
      'value="Trần Thị B"',
      'value="Phó Giám đốc"',
    ]) {
      expect(html).toContain(kept);
    }
    const after = await t.services.db.selectFrom("units").select("id").execute();
    expect(after.length).toBe(before.length);
  });

  it("refuses a taken identifier code and impossible placements", async () => {
    const taken = await admin.post(
      "/admin/don-vi",
      validUnit({ short_code: "SDL2", identifier_code: "000.00.02.H48" }),
    );
    expect(taken.statusCode).toBe(422);
    expect(taken.body).toContain("Mã định danh 000.00.02.H48 đã được dùng cho Sở Xây dựng.");

    const communeUnderProvince = await admin.post(
      "/admin/don-vi",
      validUnit({ kind: "commune", short_code: "XM", identifier_code: "" }),
    );
    expect(communeUnderProvince.statusCode).toBe(422);
    expect(communeUnderProvince.body).toContain("Xã, phường, thị trấn chỉ đặt được dưới một huyện");

    const deptUnderDistrict = await admin.post(
      "/admin/don-vi",
      validUnit({ parent_id: demoUnitId("HBT"), short_code: "SM", identifier_code: "" }),
    );
    expect(deptUnderDistrict.statusCode).toBe(422);
    expect(deptUnderDistrict.body).toContain("Sở, ban, ngành chỉ đặt được ngay dưới Ủy ban nhân dân tỉnh.");

    const secondProvince = await admin.post(
      "/admin/don-vi",
      validUnit({ kind: "province", parent_id: "", short_code: "UBND2", identifier_code: "" }),
    );
    expect(secondProvince.statusCode).toBe(422);
    expect(secondProvince.body).toContain("Đã có đơn vị cấp tỉnh (Ủy ban nhân dân tỉnh Quảng Ngãi)");

    const badParent = await admin.post(
      "/admin/don-vi",
      validUnit({ parent_id: "not-a-uuid", short_code: "SM" }),
    );
    expect(badParent.statusCode).toBe(422);
    expect(badParent.body).toContain("Đơn vị cấp trên không hợp lệ");

    const unknownParent = await admin.post(
      "/admin/don-vi",
      validUnit({ parent_id: "0190f0e4-7c3a-7b2d-9e4f-5a6b7c8d9e0f", short_code: "SM", identifier_code: "" }),
    );
    expect(unknownParent.statusCode).toBe(422);
    expect(unknownParent.body).toContain("Đơn vị cấp trên đã chọn không tồn tại.");
  });

  it("refuses wrong types and oversized values with 4xx, never 5xx", async () => {
    const arrays = await admin.post("/admin/don-vi", validUnit({ name_vi: ["a", "b"], kind: ["x", "y"] }));
    expect(arrays.statusCode).toBe(422);
    const huge = await admin.post(
      "/admin/don-vi",
      validUnit({ name_vi: "Ă".repeat(50_000), short_code: "HUGE" }),
    );
    expect(huge.statusCode).toBe(422);
    expect(huge.body).toContain("Tên đơn vị (tiếng Việt) không được quá 300 ký tự.");
    const json = await t.app.inject({
      method: "POST",
      url: "/admin/don-vi",
      headers: { cookie: admin.cookie, "content-type": "application/json", "x-csrf-token": admin.csrf },
      payload: JSON.stringify({ name_vi: 5, leader_name: { a: 1 } }),
    });
    expect(json.statusCode).toBeGreaterThanOrEqual(400);
    expect(json.statusCode).toBeLessThan(500);
  });

  it("edits a unit and records before and after", async () => {
    const id = demoUnitId("SNGV");
    const res = await admin.post(
      `/admin/don-vi/${id}`,
      validUnit({
        name_vi: "Sở Ngoại vụ tỉnh Quảng Ngãi",
        name_en: "Department of Foreign Affairs",
        short_code: "sngv",
        identifier_code: "000.00.12.H48",
        parent_id: demoUnitId("HBT"),
      }),
    );
    expect(res.statusCode).toBe(303);
    const unit = await t.services.db
      .selectFrom("units")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(unit.name_vi).toBe("Sở Ngoại vụ tỉnh Quảng Ngãi");
    expect(unit.short_code).toBe("SNGV");
    // The edit form does not move a unit: parent_id in the body is ignored.
    expect(unit.parent_id).toBe(province);
    const audit = await auditRows(id);
    expect(audit.map((a) => a.action)).toEqual(["unit.update"]);
    expect((audit[0]?.before as { name_vi: string } | undefined)?.name_vi).toBe("Sở Ngoại vụ");
    expect((audit[0]?.after as { name_vi: string } | undefined)?.name_vi).toBe("Sở Ngoại vụ tỉnh Quảng Ngãi");

    const kindChange = await admin.post(
      `/admin/don-vi/${demoUnitId("HBT")}`,
      validUnit({ kind: "department", short_code: "HBT", identifier_code: "000.00.31.H48" }),
    );
    expect(kindChange.statusCode).toBe(422);
    expect(kindChange.body).toContain("Không thể đổi loại đơn vị");
  });

  it("moves a commune to another district, refusing cycles and impossible placements", async () => {
    const commune = demoUnitId("XBTH");
    const page = await admin.get(`/admin/don-vi/${commune}/chuyen`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(">Huyện Lý Sơn</option>");
    expect(page.body).not.toContain(">Sở Xây dựng</option>");

    const wrong = await admin.post(`/admin/don-vi/${commune}/chuyen`, { parent_id: demoUnitId("SXD") });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.body).toContain("Xã, phường, thị trấn chỉ đặt được dưới một huyện");

    const district = demoUnitId("HBT");
    const cycle = await admin.post(`/admin/don-vi/${district}/chuyen`, { parent_id: commune });
    expect(cycle.statusCode).toBe(422);
    expect(cycle.body).toContain("Không thể chuyển đơn vị vào chính nó hoặc vào đơn vị trực thuộc nó.");
    const self = await admin.post(`/admin/don-vi/${district}/chuyen`, { parent_id: district });
    expect(self.statusCode).toBe(422);

    const rootMove = await admin.post(`/admin/don-vi/${province}/chuyen`, { parent_id: district });
    expect(rootMove.statusCode).toBe(422);

    const ok = await admin.post(`/admin/don-vi/${commune}/chuyen`, { parent_id: demoUnitId("HLS") });
    expect(ok.statusCode).toBe(303);
    const row = await t.services.db
      .selectFrom("units")
      .select("parent_id")
      .where("id", "=", commune)
      .executeTakeFirstOrThrow();
    expect(row.parent_id).toBe(demoUnitId("HLS"));
    const audit = await auditRows(commune);
    expect(audit.at(-1)?.action).toBe("unit.move");
    expect(audit.at(-1)?.before).toEqual({ parent_id: district });
    expect(audit.at(-1)?.after).toEqual({ parent_id: demoUnitId("HLS") });
  });

  it("refuses to deactivate a unit with active sub-units or sites, naming them; deactivates and reactivates otherwise", async () => {
    const lySon = demoUnitId("HLS");
    const blocked = await admin.post(`/admin/don-vi/${lySon}/ngung-hoat-dong`, {});
    expect(blocked.statusCode).toBe(409);
    expect(blocked.body).toContain("Không thể ngừng hoạt động Huyện Lý Sơn");
    expect(blocked.body).toContain("Xã An Vĩnh");
    expect(blocked.body).toContain("Xã An Hải");
    expect(blocked.body).toContain("Trang thông tin điện tử huyện Lý Sơn");
    const still = await t.services.db
      .selectFrom("units")
      .select("active")
      .where("id", "=", lySon)
      .executeTakeFirstOrThrow();
    expect(still.active).toBe(true);

    const anHai = demoUnitId("XAH");
    const off = await admin.post(`/admin/don-vi/${anHai}/ngung-hoat-dong`, {});
    expect(off.statusCode).toBe(303);
    const row = await t.services.db
      .selectFrom("units")
      .select("active")
      .where("id", "=", anHai)
      .executeTakeFirstOrThrow();
    expect(row.active).toBe(false);
    expect((await auditRows(anHai)).map((a) => a.action)).toContain("unit.deactivate");
    const inactiveList = await admin.get("/admin/don-vi?active=0");
    expect(inactiveList.body).toContain(">Xã An Hải</a>");

    // A site of an active unit blocks it too.
    await t.services.db
      .updateTable("sites")
      .set({ active: false })
      .where("id", "=", demoSiteId("xa-an-vinh"))
      .execute();
    const anVinh = demoUnitId("XAV");
    expect((await admin.post(`/admin/don-vi/${anVinh}/ngung-hoat-dong`, {})).statusCode).toBe(303);

    const on = await admin.post(`/admin/don-vi/${anHai}/kich-hoat`, {});
    expect(on.statusCode).toBe(303);
    const back = await t.services.db
      .selectFrom("units")
      .select("active")
      .where("id", "=", anHai)
      .executeTakeFirstOrThrow();
    expect(back.active).toBe(true);
    expect((await auditRows(anHai)).map((a) => a.action)).toContain("unit.reactivate");
  });

  it("answers 404 to unknown and malformed ids, never 500", async () => {
    for (const url of [
      "/admin/don-vi/0190f0e4-7c3a-7b2d-9e4f-5a6b7c8d9e0f",
      "/admin/don-vi/khong-phai-uuid",
      "/admin/don-vi/1'%20or%201=1/chuyen",
    ]) {
      const res = await admin.get(url);
      expect(res.statusCode, url).toBe(404);
    }
    const post = await admin.post("/admin/don-vi/khong-phai-uuid/ngung-hoat-dong", {});
    expect(post.statusCode).toBe(404);
  });

  it("is for system admins only", async () => {
    const anonymous = await t.app.inject({ url: "/admin/don-vi" });
    expect([302, 303, 401]).toContain(anonymous.statusCode);
    const staff = await createStaff(t.services.db, {
      username: "qt-sxd",
      grants: [{ role: "site_admin", siteId: demoSiteId("so-xay-dung") }],
    });
    const siteAdmin = await signIn(t.app, staff);
    expect((await siteAdmin.get("/admin/don-vi")).statusCode).toBe(403);
    expect((await siteAdmin.post("/admin/don-vi", validUnit({ short_code: "X9" }))).statusCode).toBe(403);
  });
});
