import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/support/app.js";
import { createStaff, signIn, signInAsAdmin } from "../../../test/support/staff-session.js";

let t: TestApp;
let ip = 0;
const from = () => `127.0.5.${++ip}`;

beforeAll(async () => {
  t = await startTestApp({ seed: "none" });
});
afterAll(async () => {
  await t?.close();
});

async function sessionsOf(userId: string) {
  return t.services.db.selectFrom("sessions").select("id").where("user_id", "=", userId).execute();
}

async function actionsFor(userId: string) {
  const rows = await t.services.db
    .selectFrom("audit_log")
    .select(["action", "actor_id"])
    .where("entity_id", "=", userId)
    .orderBy("id")
    .execute();
  return rows;
}

describe("own account", () => {
  it("shows the previous sign-in and changes the password under the policy", async () => {
    const person = await createStaff(t.services.db, { username: "tu.doi", grants: [] });
    const first = await signIn(t.app, { ...person, remoteAddress: from() });
    const firstPage = await first.get("/admin/tai-khoan");
    expect(firstPage.statusCode).toBe(200);
    expect(firstPage.body).toContain("Lần đăng nhập trước");
    expect(firstPage.body).toContain("Chưa có");

    const s = await signIn(t.app, { ...person, remoteAddress: from() });
    const page = await s.get("/admin/tai-khoan");
    expect(page.body).toMatch(/Lần đăng nhập trước<\/dt><dd>\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);

    const short = await s.post("/admin/tai-khoan/mat-khau", {
      current_password: person.password,
      new_password: "ngan-qua",
      confirm_password: "ngan-qua",
    });
    expect(short.statusCode).toBe(422);
    expect(short.body).toContain("Mật khẩu mới phải có ít nhất 12 ký tự.");
    const sameAsName = await s.post("/admin/tai-khoan/mat-khau", {
      current_password: person.password,
      new_password: "TU.DOI",
      confirm_password: "TU.DOI",
    });
    expect(sameAsName.body).toContain("ít nhất 12 ký tự");
    const username12 = await createStaff(t.services.db, { username: "ten.dang.nhap.dai", grants: [] });
    const s12 = await signIn(t.app, { ...username12, remoteAddress: from() });
    const nameAsPassword = await s12.post("/admin/tai-khoan/mat-khau", {
      current_password: username12.password,
      new_password: "Ten.Dang.Nhap.Dai",
      confirm_password: "Ten.Dang.Nhap.Dai",
    });
    expect(nameAsPassword.statusCode).toBe(422);
    expect(nameAsPassword.body).toContain("không được trùng với tên đăng nhập");
    const mismatch = await s.post("/admin/tai-khoan/mat-khau", {
      current_password: person.password,
      new_password: "mot-cau-de-nho-2026",
      confirm_password: "mot-cau-khac-2026",
    });
    expect(mismatch.body).toContain("không khớp");
    const wrongCurrent = await s.post("/admin/tai-khoan/mat-khau", {
      current_password: "khong-dung-dau",
      new_password: "mot-cau-de-nho-2026",
      confirm_password: "mot-cau-de-nho-2026",
    });
    expect(wrongCurrent.statusCode).toBe(422);
    expect(wrongCurrent.body).toContain("Mật khẩu hiện tại không đúng.");

    const ok = await s.post("/admin/tai-khoan/mat-khau", {
      current_password: person.password,
      new_password: "mot-cau-de-nho-2026",
      confirm_password: "mot-cau-de-nho-2026",
    });
    expect(ok.statusCode).toBe(303);
    const newCookie = ok.cookies.find((c) => c.name === "congso_sid")?.value;
    expect(newCookie).toBeTruthy();
    // The other session (and the old id of this one) are gone; this browser goes on with its new session.
    expect((await first.get("/admin")).statusCode).toBe(303);
    const after = await t.app.inject({
      url: "/admin/tai-khoan",
      headers: { cookie: `congso_sid=${newCookie}` },
    });
    expect(after.statusCode).toBe(200);
    expect(after.body).toContain("Đã đổi mật khẩu.");
    expect(await sessionsOf(person.id)).toHaveLength(1);
    expect((await actionsFor(person.id)).map((a) => a.action)).toContain("auth.password_change");

    await expect(signIn(t.app, { ...person, remoteAddress: from() })).rejects.toThrow();
    const again = await signIn(t.app, { ...person, password: "mot-cau-de-nho-2026", remoteAddress: from() });
    expect((await again.get("/admin")).statusCode).toBe(200);
  });

  it("regenerates recovery codes after the current password, replacing the old ones", async () => {
    const person = await createStaff(t.services.db, { username: "ma.moi", grants: [] });
    const s = await signIn(t.app, { ...person, remoteAddress: from() });
    expect((await s.post("/admin/tai-khoan/ma-khoi-phuc", { recovery_password: "sai" })).statusCode).toBe(
      422,
    );
    const res = await s.post("/admin/tai-khoan/ma-khoi-phuc", { recovery_password: person.password });
    expect(res.statusCode).toBe(200);
    const codes = [...res.body.matchAll(/<li><code>([a-z0-9-]+)<\/code><\/li>/g)];
    expect(codes).toHaveLength(10);
    const row = await t.services.db
      .selectFrom("staff_users")
      .select("recovery_codes")
      .where("id", "=", person.id)
      .executeTakeFirstOrThrow();
    expect(row.recovery_codes).toHaveLength(10);
    expect((await actionsFor(person.id)).map((a) => a.action)).toContain("auth.recovery_codes_regenerate");
  });
});

describe("admin reset", () => {
  it("resets a password: temporary password shown once, sessions closed, change forced at next sign-in", async () => {
    const admin = await signInAsAdmin(t.app);
    const person = await createStaff(t.services.db, { username: "quen.mat.khau", grants: [] });
    const theirs = await signIn(t.app, { ...person, remoteAddress: from() });

    const res = await admin.post(`/admin/can-bo/${person.id}/dat-lai-mat-khau`, {});
    expect(res.statusCode).toBe(200);
    const temporary = /<code class="temp-password">([^<]+)<\/code>/.exec(res.body)?.[1] ?? "";
    expect(temporary).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    expect(await sessionsOf(person.id)).toEqual([]);
    expect((await theirs.get("/admin")).statusCode).toBe(303);
    const adminRow = await t.services.db
      .selectFrom("staff_users")
      .select("id")
      .where("username", "=", "admin")
      .executeTakeFirstOrThrow();
    expect(await actionsFor(person.id)).toContainEqual({
      action: "staff.password_reset",
      actor_id: adminRow.id,
    });
    const audit = await t.services.db
      .selectFrom("audit_log")
      .select(["before", "after"])
      .where("action", "=", "staff.password_reset")
      .where("entity_id", "=", person.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit)).not.toContain(temporary);

    await expect(signIn(t.app, { ...person, remoteAddress: from() })).rejects.toThrow();
    const s = await signIn(t.app, { ...person, password: temporary, remoteAddress: from() });
    // Every page leads to the forced change until it is done.
    const home = await s.get("/admin");
    expect(home.statusCode).toBe(303);
    expect(home.headers.location).toBe("/admin/tai-khoan/doi-mat-khau");
    expect((await s.get("/admin/tai-khoan/doi-mat-khau")).body).toContain("mật khẩu tạm");
    const change = await s.post("/admin/tai-khoan/doi-mat-khau", {
      current_password: temporary,
      new_password: "mat-khau-rieng-cua-toi",
      confirm_password: "mat-khau-rieng-cua-toi",
    });
    expect(change.statusCode).toBe(303);
    expect(change.headers.location).toBe("/admin");
    const cookie = `congso_sid=${change.cookies.find((c) => c.name === "congso_sid")?.value}`;
    expect((await t.app.inject({ url: "/admin", headers: { cookie } })).statusCode).toBe(200);
    const row = await t.services.db
      .selectFrom("staff_users")
      .select("must_change_password")
      .where("id", "=", person.id)
      .executeTakeFirstOrThrow();
    expect(row.must_change_password).toBe(false);
  });

  it("resets TOTP: the person enrols again at the next sign-in", async () => {
    const admin = await signInAsAdmin(t.app);
    const person = await createStaff(t.services.db, { username: "mat.dien.thoai", grants: [] });
    await signIn(t.app, { ...person, remoteAddress: from() });
    const res = await admin.post(`/admin/can-bo/${person.id}/dat-lai-xac-thuc`, {});
    expect(res.statusCode).toBe(303);
    expect(await sessionsOf(person.id)).toEqual([]);
    const row = await t.services.db
      .selectFrom("staff_users")
      .select(["totp_secret", "totp_enabled_at", "recovery_codes"])
      .where("id", "=", person.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ totp_secret: null, totp_enabled_at: null, recovery_codes: [] });
    const again = await signIn(t.app, {
      username: person.username,
      password: person.password,
      remoteAddress: from(),
    });
    expect(again.recoveryCodes).toHaveLength(10);
    expect(again.totpSecret).not.toBe(person.totpSecret);
    expect((await actionsFor(person.id)).map((a) => a.action)).toEqual(
      expect.arrayContaining(["staff.totp_reset", "auth.totp_enrol"]),
    );
  });
});
