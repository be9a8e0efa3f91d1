import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { type StaffSession, signInAsAdmin } from "../../../../test/support/staff-session.js";
import { demoSiteId } from "../../orgs/seed/demo-province.js";
import { multipartBody, sampleJpeg, sampleMp3 } from "./test-fixtures.js";

/** Upload and delivery on the embedded database (PGlite), as `npm start` runs without DATABASE_URL. */
describe("media library on PGlite", () => {
  let t: TestApp;
  let admin: StaffSession;
  const site = demoSiteId("so-xay-dung");

  beforeAll(async () => {
    t = await startTestApp({ database: "pglite" });
    admin = await signInAsAdmin(t.app);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function upload(fields: Record<string, string>, filename: string, data: Buffer) {
    const { payload, contentType } = multipartBody(fields, { filename, data });
    const res = await t.app.inject({
      method: "POST",
      url: `/admin/thu-vien?_csrf=${encodeURIComponent(admin.csrf)}`,
      headers: { cookie: admin.cookie, "content-type": contentType, accept: "application/json" },
      payload,
    });
    return {
      status: res.statusCode,
      body: res.json() as { media: { id: string; sha256: string }; existing: boolean },
    };
  }

  it("uploads an image with its sizes and serves it with caching headers", async () => {
    const jpeg = await sampleJpeg(800, 600);
    const res = await upload({ site, alt: "Đập dâng Thạch Nham" }, "thach-nham.jpg", jpeg);
    expect(res.status).toBe(201);
    const row = await t.services.db
      .selectFrom("media")
      .selectAll()
      .where("id", "=", res.body.media.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: "image", width: 800, height: 600, alt: "Đập dâng Thạch Nham" });
    expect(row.variants.map((v) => `${v.width}.${v.format}`).sort()).toEqual([
      "320.jpeg",
      "320.webp",
      "640.jpeg",
      "640.webp",
    ]);

    const file = await t.app.inject({ url: `/tep/${row.sha256}` });
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("image/jpeg");
    expect(file.headers.etag).toBe(`"${row.sha256}"`);
    expect(createHash("sha256").update(file.rawPayload).digest("hex")).toBe(row.sha256);
    const cached = await t.app.inject({
      url: `/tep/${row.sha256}/w320.webp`,
      headers: {
        "if-none-match": `"${row.variants.find((v) => v.width === 320 && v.format === "webp")?.sha256}"`,
      },
    });
    expect(cached.statusCode).toBe(304);

    const found = await admin.get("/admin/thu-vien?q=dap+dang+thach+nham");
    expect(found.body).toContain("1 tệp");
  });

  it("keeps one row for the same bytes uploaded at once, and serves byte ranges", async () => {
    const mp3 = sampleMp3(20_000);
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => upload({ site }, `ban-tin-${i}.mp3`, mp3)),
    );
    expect(new Set(results.map((r) => r.body.media.id)).size).toBe(1);
    const sha = results[0]?.body.media.sha256 ?? "";
    const part = await t.app.inject({ url: `/tep/${sha}`, headers: { range: "bytes=10-19" } });
    expect(part.statusCode).toBe(206);
    expect(part.headers["content-range"]).toBe("bytes 10-19/20000");
    expect(part.rawPayload.equals(mp3.subarray(10, 20))).toBe(true);
  });
});
