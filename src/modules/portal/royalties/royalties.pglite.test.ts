import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { type StaffSession, signIn } from "../../../../test/support/staff-session.js";
import { demoSiteId } from "../../orgs/seed/demo-province.js";
import { DEMO_STAFF_PASSWORD } from "../../orgs/staff-bootstrap.js";
import { insertContent } from "../content/content.test-support.js";
import { formatMonth, monthOf } from "./domain/month.js";

/**
 * On the embedded database: the migration's array column and seed, the row lock taken on the class inside the
 * workflow's transaction, and the upsert that counts re-assessments.
 */
describe("royalties on PGlite", () => {
  let t: TestApp;
  let approver: StaffSession;
  const sxd = demoSiteId("so-xay-dung");

  beforeAll(async () => {
    t = await startTestApp({ database: "pglite" });
    approver = await signIn(t.app, { username: "duyet.sxd", password: DEMO_STAFF_PASSWORD });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("assesses at publication, re-assesses at republication, and prices the sheet", async () => {
    const db = t.services.db;
    expect(await db.selectFrom("royalty_assessments").select("content_id").execute()).not.toHaveLength(0);
    const row = await insertContent(db, {
      siteId: sxd,
      title: "Đường ven biển Dung Quất – Sa Huỳnh",
      status: "submitted",
    });
    const publish = (points: string) =>
      approver.post(`/admin/noi-dung/${row.id}/quy-trinh`, {
        action: "publish",
        royalty_form: "1",
        royalty_class: "TIN",
        royalty_points: points,
      });
    expect((await publish("3")).statusCode).toBe(303);
    expect(
      (await approver.post(`/admin/noi-dung/${row.id}/quy-trinh`, { action: "unpublish" })).statusCode,
    ).toBe(303);
    expect((await publish("11")).statusCode).toBe(422);
    expect((await publish("6")).statusCode).toBe(303);
    const a = await db
      .selectFrom("royalty_assessments")
      .selectAll()
      .where("content_id", "=", row.id)
      .executeTakeFirstOrThrow();
    expect(a).toMatchObject({ points: 6, revision: 2, point_value_vnd: 120_000 });
    const sheet = await approver.get(
      `/admin/nhuan-but?site=${sxd}&thang=${formatMonth(monthOf(new Date()))}`,
    );
    expect(sheet.statusCode).toBe(200);
    expect(sheet.body.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ")).toMatch(
      /Đường ven biển Dung Quất – Sa Huỳnh .*? Tin 6 120\.000 720\.000/,
    );
  });
});
