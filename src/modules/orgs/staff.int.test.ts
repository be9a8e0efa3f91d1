import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/support/app.js";
import {
  createStaff,
  type StaffSession,
  signIn,
  signInAsAdmin,
} from "../../../test/support/staff-session.js";
import { STAFF_PAGE_SIZE } from "./staff-store.js";

let t: TestApp;
let admin: StaffSession;
let unitIds: Record<string, string>;
let siteIds: Record<string, string>;

beforeAll(async () => {
  t = await startTestApp();
  admin = await signInAsAdmin(t.app);
  const units = await t.services.db.selectFrom("units").select(["id", "short_code"]).execute();
  unitIds = Object.fromEntries(units.map((u) => [u.short_code, u.id]));
  const sites = await t.services.db.selectFrom("sites").select(["id", "slug"]).execute();
  siteIds = Object.fromEntries(sites.map((s) => [s.slug, s.id]));
});
afterAll(async () => {
  await t?.close();
});

async function audit(action: string, entityId: string) {
  return t.services.db
    .selectFrom("audit_log")
    .selectAll()
    .where("action", "=", action)
    .where("entity_id", "=", entityId)
    .execute();
}

function fieldError(html: string, field: string): string | undefined {
  const re = new RegExp(`<span class="field-error" id="f-${field}-error">([^<]+)</span>`);
  return re.exec(html)?.[1];
}

const validForm = {
  username: "nguyen.van.an",
  full_name: "Nguyễn Văn An",
  email: "an.nv@quangngai.gov.vn",
  phone: "0255 3822 158",
  unit_id: "",
  position: "Chuyên viên",
};

describe("staff list", () => {
  it("searches without diacritics, filters by unit and role, and sorts names the Vietnamese way", async () => {
    const sxd = unitIds.SXD!;
    await createStaff(t.services.db, {
      username: "dang.thi.e",
      fullName: "Đặng Thị Ê",
      unitId: sxd,
      grants: [],
    });
    await createStaff(t.services.db, {
      username: "dao.van.b",
      fullName: "Đào Văn B",
      unitId: sxd,
      grants: [],
    });
    await createStaff(t.services.db, { username: "an.thi.c", fullName: "Ân Thị C", unitId: sxd, grants: [] });
    await createStaff(t.services.db, {
      username: "duong.van.d",
      fullName: "Dương Văn D",
      unitId: sxd,
      grants: [],
    });
    await createStaff(t.services.db, { username: "an.van.g", fullName: "An Văn G", unitId: sxd, grants: [] });

    const search = await admin.get("/admin/can-bo?q=dang%20thi");
    expect(search.statusCode).toBe(200);
    expect(search.body).toContain("Đặng Thị Ê");
    expect(search.body).not.toContain("Đào Văn B");

    const byUnit = await admin.get(`/admin/can-bo?unit=${sxd}`);
    const names = [...byUnit.body.matchAll(/<a href="\/admin\/can-bo\/[0-9a-f-]{36}">([^<]+)<\/a>/g)].map(
      (m) => m[1],
    );
    expect(names).toContain("Đặng Thị Ê");
    expect(names).not.toContain("Quản trị hệ thống");
    // Vietnamese alphabet order: A < Â < B … D < Đ, and a < ă inside a word (Đào before Đặng).
    const order = (n: string) => names.indexOf(n);
    expect(order("An Văn G")).toBeLessThan(order("Ân Thị C"));
    expect(order("Ân Thị C")).toBeLessThan(order("Bùi Thanh Tùng"));
    expect(order("Dương Văn D")).toBeLessThan(order("Đào Văn B"));
    expect(order("Đào Văn B")).toBeLessThan(order("Đặng Thị Ê"));

    const editors = await admin.get("/admin/can-bo?role=editor");
    expect(editors.body).toContain("bientap.sxd");
    expect(editors.body).not.toContain("duyet.sxd");
    expect(editors.body).toContain("Biên tập viên");

    const junk = await admin.get("/admin/can-bo?unit=khong-phai-uuid&role=vua&page=-3&q=%25");
    expect(junk.statusCode).toBe(200);
  });

  it("pages through many accounts", async () => {
    const stp = unitIds.STP!;
    for (let i = 0; i < STAFF_PAGE_SIZE + 5; i++) {
      await t.services.db
        .insertInto("staff_users")
        .values({
          id: `0190dddd-0000-7000-8000-${String(i).padStart(12, "0")}`,
          username: `nhieu.${String(i).padStart(3, "0")}`,
          full_name: `Người Số ${String(i).padStart(3, "0")}`,
          unit_id: stp,
          password_hash: "x",
          recovery_codes: "[]",
        })
        .execute();
    }
    const first = await admin.get("/admin/can-bo?q=nguoi%20so");
    expect(first.body).toContain(`${STAFF_PAGE_SIZE + 5} tài khoản`);
    expect(first.body).toContain("Người Số 000");
    expect(first.body).not.toContain("Người Số 054");
    expect(first.body).toContain('href="/admin/can-bo?q=nguoi+so&amp;page=2"');
    const second = await admin.get("/admin/can-bo?q=nguoi+so&page=2");
    expect(second.body).toContain("Người Số 054");
    expect(second.body).not.toContain("Người Số 000");
  });
});

describe("creating and editing accounts", () => {
  it("refuses invalid input with 422, a message per field, and the input kept", async () => {
    const res = await admin.post("/admin/can-bo/them", {
      ...validForm,
      username: "Nguyễn Văn",
      full_name: "",
      email: "khong-phai-email",
      phone: "12ab",
      unit_id: "0190ffff-0000-7000-8000-000000000000",
    });
    expect(res.statusCode).toBe(422);
    expect(fieldError(res.body, "username")).toContain("Tên đăng nhập chỉ gồm chữ thường");
    expect(fieldError(res.body, "full_name")).toBe("Vui lòng nhập Họ và tên.");
    expect(fieldError(res.body, "email")).toContain("thư điện tử hợp lệ");
    expect(fieldError(res.body, "phone")).toContain("Số điện thoại");
    expect(res.body).toContain('class="error-summary"');
    expect(res.body).toContain('value="Nguyễn Văn"');

    const unknownUnit = await admin.post("/admin/can-bo/them", {
      ...validForm,
      unit_id: "0190ffff-0000-7000-8000-000000000000",
    });
    expect(unknownUnit.statusCode).toBe(422);
    expect(fieldError(unknownUnit.body, "unit_id")).toBe("Đơn vị không tồn tại.");

    const taken = await admin.post("/admin/can-bo/them", { ...validForm, username: "bientap.sxd" });
    expect(taken.statusCode).toBe(422);
    expect(fieldError(taken.body, "username")).toBe("Tên đăng nhập này đã có người dùng.");

    const huge = await admin.post("/admin/can-bo/them", { ...validForm, full_name: "x".repeat(1_000_000) });
    expect(huge.statusCode).toBeGreaterThanOrEqual(400);
    expect(huge.statusCode).toBeLessThan(500);
  });

  it("creates an account with a temporary password shown once, audited, that must be changed", async () => {
    const res = await admin.post("/admin/can-bo/them", { ...validForm, unit_id: unitIds.SKHDT! });
    expect(res.statusCode).toBe(200);
    const temporary = /<code class="temp-password">([^<]+)<\/code>/.exec(res.body)?.[1] ?? "";
    expect(temporary).not.toBe("");
    const row = await t.services.db
      .selectFrom("staff_users")
      .selectAll()
      .where("username", "=", "nguyen.van.an")
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      full_name: "Nguyễn Văn An",
      email: "an.nv@quangngai.gov.vn",
      unit_id: unitIds.SKHDT,
      must_change_password: true,
      totp_enabled_at: null,
    });
    const rows = await audit("staff.create", row.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.actor_name).toBe("Quản trị hệ thống");
    expect(JSON.stringify(rows[0])).not.toContain(temporary);

    // The new person signs in with it, enrols TOTP, and is made to choose a password.
    const s = await signIn(t.app, { username: "nguyen.van.an", password: temporary });
    expect(s.recoveryCodes).toHaveLength(10);
    expect((await s.get("/admin")).headers.location).toBe("/admin/tai-khoan/doi-mat-khau");
  });

  it("edits details with before/after in the audit log", async () => {
    const person = await createStaff(t.services.db, {
      username: "sua.thong.tin",
      fullName: "Lê Văn Cũ",
      grants: [],
    });
    const bad = await admin.post(`/admin/can-bo/${person.id}`, { ...validForm, full_name: " ", email: "x" });
    expect(bad.statusCode).toBe(422);
    expect(fieldError(bad.body, "full_name")).toBeTruthy();
    const ok = await admin.post(`/admin/can-bo/${person.id}`, {
      ...validForm,
      username: "bi.bo.qua",
      full_name: "Lê Văn Mới",
      unit_id: unitIds.STP!,
    });
    expect(ok.statusCode).toBe(303);
    const page = await admin.get(`/admin/can-bo/${person.id}`);
    expect(page.body).toContain("Đã lưu thông tin tài khoản.");
    expect(page.body).toContain("Lê Văn Mới");
    const row = await t.services.db
      .selectFrom("staff_users")
      .select(["username", "full_name", "unit_id"])
      .where("id", "=", person.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ username: "sua.thong.tin", full_name: "Lê Văn Mới", unit_id: unitIds.STP });
    const [entry] = await audit("staff.update", person.id);
    expect(entry?.before).toMatchObject({ full_name: "Lê Văn Cũ", unit_id: null });
    expect(entry?.after).toMatchObject({ full_name: "Lê Văn Mới", unit_id: unitIds.STP });
  });

  it("answers 404 for unknown or malformed ids", async () => {
    expect((await admin.get("/admin/can-bo/khong-phai-uuid")).statusCode).toBe(404);
    expect((await admin.get("/admin/can-bo/0190ffff-0000-7000-8000-000000000000")).statusCode).toBe(404);
    expect(
      (await admin.post("/admin/can-bo/0190ffff-0000-7000-8000-000000000000/kich-hoat", {})).statusCode,
    ).toBe(404);
  });
});

describe("deactivation", () => {
  it("deactivates (closing every session) and reactivates, never the last system admin or oneself", async () => {
    const person = await createStaff(t.services.db, { username: "sap.nghi", grants: [] });
    const theirs = await signIn(t.app, person);
    expect((await admin.post(`/admin/can-bo/${person.id}/ngung-hoat-dong`, {})).statusCode).toBe(303);
    expect((await theirs.get("/admin")).statusCode).toBe(303);
    expect(
      await t.services.db.selectFrom("sessions").select("id").where("user_id", "=", person.id).execute(),
    ).toEqual([]);
    await expect(signIn(t.app, person)).rejects.toThrow();
    expect(await audit("staff.deactivate", person.id)).toHaveLength(1);

    expect((await admin.post(`/admin/can-bo/${person.id}/kich-hoat`, {})).statusCode).toBe(303);
    expect(await audit("staff.reactivate", person.id)).toHaveLength(1);
    expect((await (await signIn(t.app, person)).get("/admin")).statusCode).toBe(200);

    const adminId = (
      await t.services.db
        .selectFrom("staff_users")
        .select("id")
        .where("username", "=", "admin")
        .executeTakeFirstOrThrow()
    ).id;
    const self = await admin.post(`/admin/can-bo/${adminId}/ngung-hoat-dong`, {});
    expect(self.statusCode).toBe(422);
    expect(self.body).toContain("Bạn không thể tự ngừng hoạt động tài khoản của mình.");
  });
});

describe("role grants", () => {
  it("adds grants with the scope each role needs and removes them, audited", async () => {
    const person = await createStaff(t.services.db, { username: "nhan.vai.tro", grants: [] });
    const base = `/admin/can-bo/${person.id}`;

    const noSite = await admin.post(`${base}/vai-tro`, {
      role: "editor",
      grant_unit_id: unitIds.SXD!,
      site_id: "",
    });
    expect(noSite.statusCode).toBe(422);
    expect(fieldError(noSite.body, "site_id")).toContain("vui lòng chọn trang");
    const noUnit = await admin.post(`${base}/vai-tro`, { role: "leader", site_id: siteIds["so-xay-dung"]! });
    expect(noUnit.statusCode).toBe(422);
    expect(fieldError(noUnit.body, "grant_unit_id")).toContain("vui lòng chọn đơn vị");
    const badRole = await admin.post(`${base}/vai-tro`, { role: "vua" });
    expect(badRole.statusCode).toBe(422);
    expect(fieldError(badRole.body, "role")).toBeTruthy();
    const unknownSite = await admin.post(`${base}/vai-tro`, {
      role: "editor",
      site_id: "0190ffff-0000-7000-8000-000000000000",
    });
    expect(fieldError(unknownSite.body, "site_id")).toBe("Trang thông tin không tồn tại.");

    const added = await admin.post(`${base}/vai-tro`, {
      role: "editor",
      site_id: siteIds["so-xay-dung"]!,
      grant_unit_id: unitIds.SXD!,
    });
    expect(added.statusCode).toBe(303);
    expect(
      (await admin.post(`${base}/vai-tro`, { role: "leader", grant_unit_id: unitIds.SXD! })).statusCode,
    ).toBe(303);
    expect((await admin.get(base)).body).toContain("Đã giao vai trò Lãnh đạo.");
    const duplicate = await admin.post(`${base}/vai-tro`, {
      role: "editor",
      site_id: siteIds["so-xay-dung"]!,
    });
    expect(duplicate.statusCode).toBe(422);
    expect(fieldError(duplicate.body, "role")).toBe("Người này đã có vai trò này trong phạm vi đó.");

    const grants = await t.services.db
      .selectFrom("role_grants")
      .select(["id", "role", "unit_id", "site_id"])
      .where("user_id", "=", person.id)
      .orderBy("created_at")
      .execute();
    expect(grants.map(({ role, unit_id, site_id }) => ({ role, unit_id, site_id }))).toEqual([
      { role: "editor", unit_id: null, site_id: siteIds["so-xay-dung"] },
      { role: "leader", unit_id: unitIds.SXD, site_id: null },
    ]);
    const page = await admin.get(base);
    expect(page.body).toContain("Biên tập viên");
    expect(page.body).toContain("Lãnh đạo");
    expect(await audit("staff.grant_add", person.id)).toHaveLength(2);

    // The new editor sees their site on the admin home, and nothing of another.
    const s = await signIn(t.app, person);
    const home = await s.get("/admin");
    expect(home.body).toContain("Trang thông tin bạn được làm việc");
    expect(home.body).toContain('href="/so-xay-dung"');
    expect(home.body).not.toContain('href="/so-tu-phap"');

    const removed = await admin.post(`${base}/vai-tro/${grants[0]!.id}/thu-hoi`, {});
    expect(removed.statusCode).toBe(303);
    expect(await audit("staff.grant_remove", person.id)).toHaveLength(1);
    expect((await admin.post(`${base}/vai-tro/${grants[0]!.id}/thu-hoi`, {})).statusCode).toBe(404);
    // The grant goes at once: the next request of that person no longer has it.
    expect((await s.get("/admin")).body).not.toContain('href="/so-xay-dung"');
  });

  it("keeps at least one active system admin", async () => {
    const adminId = (
      await t.services.db
        .selectFrom("staff_users")
        .select("id")
        .where("username", "=", "admin")
        .executeTakeFirstOrThrow()
    ).id;
    const grant = await t.services.db
      .selectFrom("role_grants")
      .select("id")
      .where("user_id", "=", adminId)
      .where("role", "=", "system_admin")
      .executeTakeFirstOrThrow();
    const res = await admin.post(`/admin/can-bo/${adminId}/vai-tro/${grant.id}/thu-hoi`, {});
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain("quản trị hệ thống cuối cùng");
  });

  it("shows the menu entry to system admins only", async () => {
    expect((await admin.get("/admin")).body).toContain('<a href="/admin/can-bo">Tài khoản cán bộ</a>');
    const editor = await signIn(t.app, { username: "bientap.sxd", password: "CongSo@2026!" });
    expect((await editor.get("/admin")).body).not.toContain("/admin/can-bo");
    expect((await editor.get("/admin/can-bo")).statusCode).toBe(403);
  });
});
