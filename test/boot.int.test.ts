import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "./support/app.js";

describe("app boot on PostgreSQL", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("answers /healthz and /readyz", async () => {
    const health = await t.app.inject({ url: "/healthz" });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: "ok" });
    const ready = await t.app.inject({ url: "/readyz" });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().checks.kind).toBe("postgres");
  });

  it("returns a Vietnamese 404 page", async () => {
    const res = await t.app.inject({ url: "/khong-co-trang-nay" });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain("Không tìm thấy trang");
  });
});
