import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/support/app.js";
import { createStaff, signIn, signInAsAdmin } from "../../../test/support/staff-session.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ database: "pglite", seed: "none" });
});
afterAll(async () => {
  await t?.close();
});

it("signs in on the embedded database: enrolment, sessions, access and the diacritics-free staff search", async () => {
  const admin = await signInAsAdmin(t.app);
  expect(admin.recoveryCodes).toHaveLength(10);
  const sessions = await t.services.db.selectFrom("sessions").select("user_id").execute();
  expect(sessions.length).toBeGreaterThan(0);

  const person = await createStaff(t.services.db, {
    username: "pglite.user",
    fullName: "Trương Thị Ánh",
    grants: [],
  });
  const list = await admin.get("/admin/can-bo?q=truong%20anh");
  expect(list.statusCode).toBe(200);
  expect(list.body).toContain("Trương Thị Ánh");
  const s = await signIn(t.app, person);
  expect((await s.get("/admin")).statusCode).toBe(200);
  expect((await s.get("/admin/can-bo")).statusCode).toBe(403);
});
