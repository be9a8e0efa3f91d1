import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { signInAsAdmin } from "../../../../test/support/staff-session.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});
it("smoke", async () => {
  const admin = await signInAsAdmin(t.app);
  for (const url of ["/admin/van-ban", "/admin/van-ban/moi", "/admin/van-ban/nhap", "/van-ban", "/en/documents", "/so-xay-dung/van-ban"]) {
    const res = url.startsWith("/admin") ? await admin.get(url) : await t.app.inject({ url });
    console.log(url, res.statusCode, res.statusCode >= 400 ? res.body.slice(0, 2000) : "");
    expect(res.statusCode).toBe(200);
  }
});
