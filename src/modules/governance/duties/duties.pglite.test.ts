import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { activityDay, recordStaffActivity } from "../../../platform/activity/index.js";
import { demoSiteId } from "../../orgs/seed/demo-province.js";
import { listSiteLicences } from "../../portal/index.js";
import { listDutyBreaches } from "./store.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ database: "pglite" });
});
afterAll(async () => {
  await t?.close();
});

/** The upsert on an expression index (null site ids) and the demo seeds of the registry and duties on PGlite. */
it("records activity once per person, site and day on the embedded database", async () => {
  const staff = await t.services.db
    .selectFrom("staff_users")
    .select("id")
    .where("username", "=", "duyet.sxd")
    .executeTakeFirstOrThrow();
  const at = new Date("2026-03-05T02:00:00Z");
  const site = demoSiteId("so-xay-dung");
  await Promise.all([
    recordStaffActivity(t.services.db, { staffId: staff.id, activity: "sign_in", at }),
    recordStaffActivity(t.services.db, { staffId: staff.id, activity: "sign_in", at }),
    recordStaffActivity(t.services.db, { staffId: staff.id, activity: "site_review", siteId: site, at }),
    recordStaffActivity(t.services.db, {
      staffId: staff.id,
      activity: "site_review",
      siteId: "0190f0e4-7c3a-7b2d-9e4f-5a6b7c8d9e0f",
      at,
    }),
  ]);
  const rows = await t.services.db
    .selectFrom("staff_activity")
    .select(["activity", "site_id", "times"])
    .where("staff_id", "=", staff.id)
    .where("day", "=", activityDay(at))
    .orderBy("activity")
    .execute();
  expect(rows).toEqual([
    { activity: "sign_in", site_id: null, times: 2 },
    { activity: "site_review", site_id: site, times: 1 },
  ]);

  const today = activityDay(new Date());
  const licences = await listSiteLicences(t.services.db, today);
  expect(licences.filter((l) => l.state === "expired")).toHaveLength(1);
  const breaches = await listDutyBreaches(t.services.db, { from: "2020-01-01", to: today }, today);
  expect(breaches.length).toBeGreaterThan(0);
});
