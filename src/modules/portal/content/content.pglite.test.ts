import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { type StaffSession, signIn } from "../../../../test/support/staff-session.js";
import { formatVnDateTime } from "../../../platform/calendar/vn-datetime.js";
import { createJobQueue } from "../../../platform/jobs/index.js";
import { demoSiteId } from "../../orgs/seed/demo-province.js";
import { DEMO_STAFF_PASSWORD } from "../../orgs/staff-bootstrap.js";
import { errorSummary, idFromLocation } from "./content.test-support.js";
import { registerContentJobs } from "./jobs.js";

/**
 * The articles area on the embedded database: optimistic locking under concurrent saves (the PGlite driver serialises
 * transactions, see ARCHITECTURE), revisions, and a scheduled publication run by the durable queue.
 */
describe("articles on PGlite", () => {
  let t: TestApp;
  let editor: StaffSession;
  let approver: StaffSession;
  const sxd = demoSiteId("so-xay-dung");

  beforeAll(async () => {
    t = await startTestApp({ database: "pglite" });
    editor = await signIn(t.app, { username: "bientap.sxd", password: DEMO_STAFF_PASSWORD });
    approver = await signIn(t.app, { username: "duyet.sxd", password: DEMO_STAFF_PASSWORD });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("lets exactly one of ten simultaneous saves of the same version win; the others get 409", async () => {
    const created = await editor.post("/admin/noi-dung", {
      site_id: sxd,
      kind: "article",
      title: "Bài sửa đồng thời",
      body_html: "<p>Bản đầu.</p>",
    });
    expect(created.statusCode, errorSummary(created.body)).toBe(303);
    const id = idFromLocation(created.headers.location);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        editor.post(`/admin/noi-dung/${id}`, {
          kind: "article",
          title: `Bài sửa đồng thời ${i}`,
          slug: "bai-sua-dong-thoi",
          body_html: `<p>Bản ${i}.</p>`,
          version: "1",
        }),
      ),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 303)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(9);
    const row = await t.services.db
      .selectFrom("content_items")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row.version).toBe(2);
    const revisions = await t.services.db
      .selectFrom("content_revisions")
      .select("number")
      .where("content_id", "=", id)
      .orderBy("number")
      .execute();
    expect(revisions.map((r) => r.number)).toEqual([1, 2]);
  });

  it("publishes a scheduled article when the queue runs past its time", async () => {
    let clock = new Date();
    const queue = createJobQueue({
      db: t.services.db,
      now: () => clock,
      log: { info() {}, warn() {}, error() {} },
    });
    registerContentJobs(t.services, { queue, now: () => clock });
    const created = await editor.post("/admin/noi-dung", {
      site_id: sxd,
      kind: "article",
      title: "Bài hẹn giờ PGlite",
    });
    const id = idFromLocation(created.headers.location);
    expect(
      (await editor.post(`/admin/noi-dung/${id}/quy-trinh`, { action: "submit", version: "1" })).statusCode,
    ).toBe(303);
    const at = new Date(Math.ceil((Date.now() + 10 * 60_000) / 60_000) * 60_000);
    const scheduled = await approver.post(`/admin/noi-dung/${id}/quy-trinh`, {
      action: "schedule",
      version: "2",
      schedule_at: formatVnDateTime(at),
    });
    expect(scheduled.statusCode, errorSummary(scheduled.body)).toBe(303);
    clock = new Date(at.getTime() + 1000);
    expect(await queue.runDueJobs()).toBe(1);
    const row = await t.services.db
      .selectFrom("content_items")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("published");
    await queue.stop();
  });
});
