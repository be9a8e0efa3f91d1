import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { countQueries } from "../../../../test/support/query-counter.js";
import { startSmtpServer, type TestSmtpServer } from "../../../../test/support/smtp-server.js";
import {
  csrfFromHtml,
  formBody,
  type StaffSession,
  signIn,
  signInAsAdmin,
} from "../../../../test/support/staff-session.js";
import { waitFor } from "../../../../test/support/wait-for.js";
import { createJobQueue, type JobQueue } from "../../../platform/jobs/index.js";
import { registerEmailJobs } from "../../../platform/notify/email-jobs.js";
import { demoSiteId } from "../../orgs/seed/demo-province.js";
import { DEMO_STAFF_PASSWORD } from "../../orgs/staff-bootstrap.js";
import { addDays, viDate, vnDay, vnDayAt } from "./domain/days.js";
import { DUTY_SWEEP_QUEUE, registerDutyJobs, runDutySweep } from "./reminders.js";
import { countOverdueDuties, listDutyBreaches } from "./store.js";
import { BREACHES_CSV_PATH, BREACHES_PATH, DUTIES_PATH } from "./views/duty-pages.js";
import { MY_DUTIES_PATH } from "./views/my-duties.js";

const SXD = demoSiteId("so-xay-dung");

describe("duty tracking (SPEC §F3)", () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let queue: JobQueue;
  let clock = new Date();
  let admin: StaffSession;
  const today = vnDay(new Date());

  const staffId = async (username: string) =>
    (
      await t.services.db
        .selectFrom("staff_users")
        .select("id")
        .where("username", "=", username)
        .executeTakeFirstOrThrow()
    ).id;
  const activityRows = async (id: string, activity: string) =>
    t.services.db
      .selectFrom("staff_activity")
      .select(["site_id", sql<string>`to_char(day, 'YYYY-MM-DD')`.as("day"), "times"])
      .where("staff_id", "=", id)
      .where("activity", "=", activity as "sign_in")
      .where("day", "=", today)
      .execute();

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ env: { SMTP_URL: smtp.url } });
    queue = createJobQueue({
      db: t.services.db,
      now: () => clock,
      log: { info() {}, warn() {}, error() {} },
    });
    registerDutyJobs(t.services, { queue, now: () => clock });
    registerEmailJobs({ ...t.services, jobs: queue });
    admin = await signInAsAdmin(t.app);
  });
  afterAll(async () => {
    await queue?.stop();
    await t?.close();
    await smtp?.close();
  });

  it("records a successful sign-in once per day, and not a failed one", async () => {
    const id = await staffId("bientap.sxd");
    const page = await t.app.inject({ url: "/admin/dang-nhap" });
    const anon = page.cookies.find((c) => c.name === "congso_csrf")?.value ?? "";
    const failed = await t.app.inject({
      method: "POST",
      url: "/admin/dang-nhap",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: `congso_csrf=${anon}` },
      payload: formBody({
        _csrf: csrfFromHtml(page.body) ?? "",
        username: "bientap.sxd",
        password: "sai-mat-khau",
      }),
    });
    expect(failed.statusCode).toBe(422);
    expect(await activityRows(id, "sign_in")).toHaveLength(0);
    await signIn(t.app, { username: "bientap.sxd", password: DEMO_STAFF_PASSWORD });
    await signIn(t.app, { username: "bientap.sxd", password: DEMO_STAFF_PASSWORD });
    const rows = await activityRows(id, "sign_in");
    expect(rows).toHaveLength(1);
    expect(rows[0]?.site_id).toBeNull();
    expect(rows[0]?.times).toBe(2);
  });

  it("records a site review when staff open a site's admin pages, never for public pages", async () => {
    const id = await staffId("quantri.sxd");
    const siteAdmin = await signIn(t.app, { username: "quantri.sxd", password: DEMO_STAFF_PASSWORD });
    expect((await siteAdmin.get("/so-xay-dung")).statusCode).toBeLessThan(400);
    expect((await siteAdmin.get("/admin")).statusCode).toBe(200);
    expect(await activityRows(id, "site_review")).toHaveLength(0);
    expect((await siteAdmin.get(`/admin/thong-ke?site=${SXD}`)).statusCode).toBe(200);
    const rows = await waitFor(async () => {
      const r = await activityRows(id, "site_review");
      return r.length > 0 ? r : undefined;
    });
    expect(rows.map((r) => r.site_id)).toEqual([SXD]);
    // A refused page (another site) is no review.
    const other = demoSiteId("so-giao-thong-van-tai");
    expect((await siteAdmin.get(`/admin/trang/${other}`)).statusCode).toBe(403);
    expect((await siteAdmin.get(`/admin/trang/${SXD}`)).statusCode).toBe(200);
    const after = await activityRows(id, "site_review");
    expect(after.map((r) => r.site_id)).toEqual([SXD]);
    // An editor opening one of the site's articles reviews that site too.
    const editorId = await staffId("bientap.sxd");
    const item = await t.services.db
      .selectFrom("content_items")
      .select("id")
      .where("site_id", "=", SXD)
      .limit(1)
      .executeTakeFirstOrThrow();
    const editor = await signIn(t.app, { username: "bientap.sxd", password: DEMO_STAFF_PASSWORD });
    expect((await editor.get(`/admin/noi-dung/${item.id}`)).statusCode).toBe(200);
    const reviewed = await waitFor(async () => {
      const r = await activityRows(editorId, "site_review");
      return r.length > 0 ? r : undefined;
    });
    expect(reviewed.map((r) => r.site_id)).toEqual([SXD]);
  });

  it("gives a unit leader their duties and a review page for their unit's site only", async () => {
    const id = await staffId("lanhdao.stp");
    const stp = demoSiteId("so-tu-phap");
    const leader = await signIn(t.app, { username: "lanhdao.stp", password: DEMO_STAFF_PASSWORD });
    const mine = await leader.get(MY_DUTIES_PATH);
    expect(mine.statusCode).toBe(200);
    expect(mine.body).toContain("Lãnh đạo đơn vị kiểm tra trang thông tin điện tử thành phần");
    expect(mine.body).toContain(`${MY_DUTIES_PATH}/trang/${stp}`);
    expect((await leader.get(`${MY_DUTIES_PATH}/trang/${SXD}`)).statusCode).toBe(403);
    await t.services.db
      .deleteFrom("staff_activity")
      .where("staff_id", "=", id)
      .where("day", "=", today)
      .execute();
    const review = await leader.get(`${MY_DUTIES_PATH}/trang/${stp}`);
    expect(review.statusCode).toBe(200);
    expect(review.body).toContain("Sở Tư pháp");
    const rows = await waitFor(async () => {
      const r = await activityRows(id, "site_review");
      return r.length > 0 ? r : undefined;
    });
    expect(rows.map((r) => r.site_id)).toEqual([stp]);
  });

  it("is for the system administrator only", async () => {
    const siteAdmin = await signIn(t.app, { username: "quantri.sxd", password: DEMO_STAFF_PASSWORD });
    for (const url of [DUTIES_PATH, `${DUTIES_PATH}/moi`, BREACHES_PATH, BREACHES_CSV_PATH]) {
      expect((await siteAdmin.get(url)).statusCode, url).toBe(403);
    }
    const post = await siteAdmin.post(DUTIES_PATH, { title: "x" });
    expect(post.statusCode).toBe(403);
    const list = await admin.get(DUTIES_PATH);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(
      "Phó Trưởng Ban biên tập đăng nhập Cổng thông tin điện tử ít nhất 10 ngày một lần",
    );
  });

  it("creates and edits rules with validation and audit", async () => {
    const bad = await admin.post(DUTIES_PATH, {
      title: "",
      subject: "staff",
      staff_id: "",
      activity: "site_review",
      max_gap_days: "0",
      remind_days_before: "1",
      starts_on: "31/02/2026",
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain("Vui lòng nhập Tên nhiệm vụ.");
    expect(bad.body).toContain("Vui lòng chọn cán bộ thực hiện nhiệm vụ.");
    expect(bad.body).toContain("Áp dụng từ ngày phải là một ngày có thật");
    expect(await t.services.db.selectFrom("duty_rules").select("id").execute()).toHaveLength(2);

    const motcua = await staffId("motcua.stp");
    const created = await admin.post(DUTIES_PATH, {
      title: "Cán bộ một cửa đăng nhập hằng tuần",
      subject: "staff",
      staff_id: motcua,
      site_id: "",
      activity: "sign_in",
      max_gap_days: "5",
      remind_days_before: "0",
      starts_on: viDate(addDays(today, -20)),
      active: "on",
    });
    expect(created.statusCode).toBe(303);
    const rule = await t.services.db
      .selectFrom("duty_rules")
      .selectAll()
      .where("title", "=", "Cán bộ một cửa đăng nhập hằng tuần")
      .executeTakeFirstOrThrow();
    const edit = await admin.get(`${DUTIES_PATH}/${rule.id}`);
    expect(edit.statusCode).toBe(200);
    expect(edit.body).toContain(viDate(addDays(today, -20)));
    const saved = await admin.post(`${DUTIES_PATH}/${rule.id}`, {
      title: rule.title,
      subject: "staff",
      staff_id: motcua,
      site_id: "",
      activity: "sign_in",
      max_gap_days: "6",
      remind_days_before: "0",
      starts_on: viDate(addDays(today, -20)),
      active: "on",
    });
    expect(saved.statusCode).toBe(303);
    const audits = await t.services.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", rule.id)
      .orderBy("id")
      .execute();
    expect(audits.map((a) => a.action)).toEqual(["duty_rule.create", "duty_rule.update"]);

    // Never signed in since the rule started: in breach from the start, still open.
    const breaches = await listDutyBreaches(t.services.db, { from: addDays(today, -30), to: today }, today);
    const mine = breaches.filter((b) => b.ruleId === rule.id);
    expect(mine).toEqual([
      expect.objectContaining({
        staffId: motcua,
        lastActivity: null,
        dueOn: addDays(today, -14),
        resumedOn: null,
        daysOverdue: 14,
      }),
    ]);
  });

  it("lists the demo data's breaches per period, on the page and as CSV, in a bounded number of queries", async () => {
    const from = addDays(today, -41);
    const breaches = await listDutyBreaches(t.services.db, { from, to: today }, today);
    expect(breaches.filter((b) => b.resumedOn !== null).length).toBeGreaterThan(0);
    expect(await countOverdueDuties(t.services.db, new Date())).toBeGreaterThan(0);
    const url = `${BREACHES_PATH}?from=${viDate(from)}&to=${viDate(today)}`;
    const { result: page, queries } = await countQueries(() => admin.get(url));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`${breaches.length} lần vi phạm`);
    expect(page.body).toContain(breaches[0]?.staffName ?? "?");
    expect(queries).toBeLessThan(12);
    const csv = await admin.get(`${BREACHES_CSV_PATH}?from=${viDate(from)}&to=${viDate(today)}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body.startsWith("\uFEFFCán bộ,Nhiệm vụ")).toBe(true);
    expect(csv.body.trim().split("\r\n")).toHaveLength(breaches.length + 1);
    const badPeriod = await admin.get(`${BREACHES_PATH}?from=32/13/2026&to=01/01/2026`);
    expect(badPeriod.statusCode).toBe(422);
    expect(badPeriod.body).toContain("Vui lòng nhập ngày dạng ngày/tháng/năm");
    expect(badPeriod.body).toContain('value="32/13/2026"');
    expect((await admin.get(`${BREACHES_CSV_PATH}?from=x`)).statusCode).toBe(400);
  });

  it("reminds before the breach exactly once per person and due date, and keeps the daily sweep going", async () => {
    const person = await staffId("chuyenvien.stp");
    const title = "Chuyên viên pháp chế kiểm tra Cổng";
    const res = await admin.post(DUTIES_PATH, {
      title,
      subject: "staff",
      staff_id: person,
      site_id: "",
      activity: "sign_in",
      max_gap_days: "5",
      remind_days_before: "2",
      starts_on: viDate(addDays(today, -3)),
      active: "on",
    });
    expect(res.statusCode).toBe(303);
    const mine = () => smtp.messages.filter((m) => m.subject.includes(title));
    clock = new Date();
    expect(await runDutySweep(t.services, queue, clock)).toBeGreaterThan(0);
    await queue.runDueJobs();
    await waitFor(() => mine().length >= 1, { what: "the reminder" });
    expect(mine()[0]?.to).toEqual(["chuyenvien.stp@quangngai.gov.vn"]);
    expect(mine()[0]?.subject).toContain(`hạn ${viDate(addDays(today, 2))}`);

    await runDutySweep(t.services, queue, clock);
    const tomorrowSweep = await t.services.db
      .selectFrom("jobs")
      .select("run_at")
      .where("queue", "=", DUTY_SWEEP_QUEUE)
      .where("dedupe_key", "=", `duties.sweep:${addDays(today, 1)}`)
      .executeTakeFirst();
    expect(tomorrowSweep?.run_at.getTime()).toBe(vnDayAt(addDays(today, 1), 7).getTime());
    clock = vnDayAt(addDays(today, 1), 7.5);
    await queue.runDueJobs();
    await queue.runDueJobs();
    await queue.runDueJobs();
    expect(mine()).toHaveLength(1);
    const next = await t.services.db
      .selectFrom("jobs")
      .select("status")
      .where("dedupe_key", "=", `duties.sweep:${addDays(today, 2)}`)
      .executeTakeFirst();
    expect(next?.status).toBe("pending");
  });
});
