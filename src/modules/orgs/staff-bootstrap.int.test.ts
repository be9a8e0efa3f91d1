import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestApp, type TestApp } from "../../../test/support/app.js";
import { signIn } from "../../../test/support/staff-session.js";
import { DEMO_STAFF_PASSWORD, demoStaffId, ensureSystemAdmin, seedDemoStaff } from "./staff-bootstrap.js";

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ fresh: true });
});
afterAll(async () => {
  await t?.close();
});

async function grantsOf(username: string) {
  return t.services.db
    .selectFrom("role_grants")
    .innerJoin("staff_users", "staff_users.id", "role_grants.user_id")
    .leftJoin("units", "units.id", "role_grants.unit_id")
    .leftJoin("sites", "sites.id", "role_grants.site_id")
    .select(["role_grants.role", "units.short_code", "sites.slug"])
    .where("staff_users.username", "=", username)
    .execute();
}

describe("demo staff", () => {
  it("has staff of every role on the right units and sites, with deterministic ids", async () => {
    expect(await grantsOf("bientap.sxd")).toEqual([
      { role: "editor", short_code: null, slug: "so-xay-dung" },
    ]);
    expect(await grantsOf("duyet.sxd")).toEqual([
      { role: "approver", short_code: null, slug: "so-xay-dung" },
    ]);
    expect(await grantsOf("quantri.sxd")).toEqual([
      { role: "site_admin", short_code: null, slug: "so-xay-dung" },
    ]);
    expect(await grantsOf("motcua.stp")).toEqual([
      { role: "one_stop_officer", short_code: "STP", slug: null },
    ]);
    expect(await grantsOf("chuyenvien.stp")).toEqual([{ role: "specialist", short_code: "STP", slug: null }]);
    expect(await grantsOf("lanhdao.stp")).toEqual([{ role: "leader", short_code: "STP", slug: null }]);
    expect(await grantsOf("thanhtra.stttt")).toEqual([
      { role: "inspector", short_code: "STTTT", slug: null },
    ]);
    expect(await grantsOf("bientap.cong")).toEqual([{ role: "editor", short_code: null, slug: "" }]);
    expect(await grantsOf("duyet.cong")).toEqual([{ role: "approver", short_code: null, slug: "" }]);
    const roles = await t.services.db.selectFrom("role_grants").select("role").distinct().execute();
    expect(roles.map((r) => r.role).sort()).toEqual(
      [
        "approver",
        "clerk",
        "editor",
        "inspector",
        "leader",
        "one_stop_officer",
        "site_admin",
        "specialist",
        "system_admin",
      ].sort(),
    );
    const row = await t.services.db
      .selectFrom("staff_users")
      .select(["id", "totp_enabled_at", "must_change_password"])
      .where("username", "=", "lanhdao.stp")
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      id: demoStaffId("lanhdao.stp"),
      totp_enabled_at: null,
      must_change_password: false,
    });
  });

  it("changes nothing when seeded twice", async () => {
    const before = await t.services.db.selectFrom("staff_users").select("id").execute();
    await seedDemoStaff(t.services.db);
    const after = await t.services.db.selectFrom("staff_users").select("id").execute();
    expect(after.length).toBe(before.length);
  });

  it("lets a demo person sign in with the documented password, enrolling TOTP first", async () => {
    const s = await signIn(t.app, { username: "duyet.sxd", password: DEMO_STAFF_PASSWORD });
    expect(s.recoveryCodes).toHaveLength(10);
    const home = await s.get("/admin");
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('href="/so-xay-dung"');
  });
});

describe("first system administrator", () => {
  it("belongs to the province unit", async () => {
    const row = await t.services.db
      .selectFrom("staff_users")
      .innerJoin("units", "units.id", "staff_users.unit_id")
      .select("units.kind")
      .where("staff_users.username", "=", "admin")
      .executeTakeFirstOrThrow();
    expect(row.kind).toBe("province");
  });

  it("is brought back with a random password printed once when no active system admin is left", async () => {
    const db = t.services.db;
    await db.updateTable("staff_users").set({ active: false }).where("username", "=", "admin").execute();
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      await ensureSystemAdmin(db, { password: undefined, quiet: false });
      await ensureSystemAdmin(db, { password: undefined, quiet: false });
      const printed = log.mock.calls.map((c) => String(c[0])).join("\n");
      const passwords = [...printed.matchAll(/Mật khẩu:\s+(\S+)/g)].map((m) => m[1] ?? "");
      expect(passwords).toHaveLength(1);
      expect(passwords[0]).toHaveLength(20);
      expect(printed).toContain("╔");
      expect(printed).toContain("chỉ hiển thị MỘT LẦN");
      const s = await signIn(t.app, { username: "admin", password: passwords[0]! });
      expect((await s.get("/admin/can-bo")).statusCode).toBe(200);
    } finally {
      log.mockRestore();
    }
  });
});
