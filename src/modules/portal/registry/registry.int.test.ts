import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { countQueries } from "../../../../test/support/query-counter.js";
import { startSmtpServer, type TestSmtpServer } from "../../../../test/support/smtp-server.js";
import { type StaffSession, signIn, signInAsAdmin } from "../../../../test/support/staff-session.js";
import { waitFor } from "../../../../test/support/wait-for.js";
import { addDays, vnDay, vnDayStart } from "../../../platform/calendar/vn-day.js";
import { createJobQueue, type JobQueue } from "../../../platform/jobs/index.js";
import { registerEmailJobs } from "../../../platform/notify/email-jobs.js";
import { demoSiteId } from "../../orgs/seed/demo-province.js";
import { DEMO_STAFF_PASSWORD } from "../../orgs/staff-bootstrap.js";
import { listSiteLicences } from "../index.js";
import { LICENCE_REMINDER_QUEUE, registerRegistryJobs } from "./reminders.js";
import { REGISTRY_PATH } from "./views/registry-pages.js";

const SXD = demoSiteId("so-xay-dung");
const SGTVT = demoSiteId("so-giao-thong-van-tai");

function viDate(day: string): string {
  const [y, m, d] = day.split("-");
  return `${d}/${m}/${y}`;
}

describe("site registry (SPEC §A12)", () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let queue: JobQueue;
  let clock = new Date();
  let admin: StaffSession;
  let siteAdmin: StaffSession;
  const today = vnDay(new Date());

  const form = (over: Record<string, string> = {}) => ({
    licence_number: "27/GP-STTTT",
    issuing_body: "Sở Thông tin và Truyền thông tỉnh Quảng Ngãi",
    issued_on: viDate(addDays(today, -1800)),
    expires_on: viDate(addDays(today, 40)),
    domains: "sxd.quangngai.gov.vn",
    hosting_provider: "Trung tâm Tích hợp dữ liệu tỉnh",
    hosting_location: "Quảng Ngãi",
    contact_name: "Bùi Thanh Tùng",
    contact_phone: "0905 123 456",
    contact_email: "attt.sxd@quangngai.gov.vn",
    notes: "",
    ...over,
  });

  const sxdMails = () => smtp.messages.filter((m) => m.subject.includes("Sở Xây dựng"));

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ env: { SMTP_URL: smtp.url } });
    queue = createJobQueue({
      db: t.services.db,
      now: () => clock,
      log: { info() {}, warn() {}, error() {} },
    });
    registerRegistryJobs(t.services, { queue, now: () => clock });
    registerEmailJobs({ ...t.services, jobs: queue });
    admin = await signInAsAdmin(t.app);
    siteAdmin = await signIn(t.app, { username: "quantri.sxd", password: DEMO_STAFF_PASSWORD });
  });
  afterAll(async () => {
    await queue?.stop();
    await t?.close();
    await smtp?.close();
  });

  it("lists every demo site with a licence: one expired, two expiring, the rest valid (dashboard function)", async () => {
    const rows = await listSiteLicences(t.services.db, today);
    const sites = await t.services.db.selectFrom("sites").select("id").where("active", "=", true).execute();
    expect(rows).toHaveLength(sites.length);
    expect(rows.filter((r) => r.state === "expired")).toHaveLength(1);
    expect(
      rows
        .filter((r) => r.state === "expiring")
        .map((r) => r.daysLeft)
        .sort(),
    ).toEqual([24, 6]);
    expect(rows.filter((r) => r.state === "missing")).toHaveLength(0);
    const expired = rows.find((r) => r.state === "expired");
    expect(expired?.daysLeft).toBe(-12);
    expect(expired?.expiresOn).toBe(addDays(today, -12));
  });

  it("shows the system admin every site, in a bounded number of queries", async () => {
    const { result: res, queries } = await countQueries(() => admin.get(REGISTRY_PATH));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("Đã hết hạn");
    expect(res.body).toContain("Sắp hết hạn");
    expect(res.body).toContain(`${REGISTRY_PATH}/${SGTVT}`);
    expect(queries).toBeLessThan(12);
  });

  it("lets a site admin see and edit only their own site", async () => {
    const list = await siteAdmin.get(REGISTRY_PATH);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`${REGISTRY_PATH}/${SXD}`);
    expect(list.body).not.toContain(`${REGISTRY_PATH}/${SGTVT}`);
    expect((await siteAdmin.get(`${REGISTRY_PATH}/${SGTVT}`)).statusCode).toBe(403);
    const before = await t.services.db
      .selectFrom("site_licences")
      .selectAll()
      .where("site_id", "=", SGTVT)
      .executeTakeFirst();
    const post = await siteAdmin.post(`${REGISTRY_PATH}/${SGTVT}`, form({ licence_number: "99/GP-X" }));
    expect(post.statusCode).toBe(403);
    const after = await t.services.db
      .selectFrom("site_licences")
      .selectAll()
      .where("site_id", "=", SGTVT)
      .executeTakeFirst();
    expect(after?.licence_number).toBe(before?.licence_number);
    const editor = await signIn(t.app, { username: "bientap.sxd", password: DEMO_STAFF_PASSWORD });
    expect((await editor.get(REGISTRY_PATH)).statusCode).toBe(403);
    expect((await siteAdmin.get(`${REGISTRY_PATH}/khong-phai-uuid`)).statusCode).toBe(404);
  });

  it("refuses bad input with Vietnamese messages, keeps it, and writes nothing", async () => {
    const audits = async () =>
      Number(
        (
          await t.services.db
            .selectFrom("audit_log")
            .select((e) => e.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const n = await audits();
    const res = await siteAdmin.post(
      `${REGISTRY_PATH}/${SXD}`,
      form({
        issued_on: "2024-03-01",
        expires_on: "01/01/2020",
        contact_phone: "123",
        contact_email: "tung@",
      }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain("Ngày cấp phải là một ngày có thật, dạng ngày/tháng/năm");
    expect(res.body).toContain("Số điện thoại không đúng dạng");
    expect(res.body).toContain("Thư điện tử không đúng dạng");
    expect(res.body).toContain('value="2024-03-01"');
    const order = await siteAdmin.post(
      `${REGISTRY_PATH}/${SXD}`,
      form({ expires_on: viDate(addDays(today, -1900)) }),
    );
    expect(order.statusCode).toBe(422);
    expect(order.body).toContain("Ngày hết hạn phải sau ngày cấp");
    expect(await audits()).toBe(n);
  });

  it("saves with an audit row and sends the 30- and 7-day reminders exactly once each", async () => {
    const res = await siteAdmin.post(`${REGISTRY_PATH}/${SXD}`, form());
    expect(res.statusCode).toBe(303);
    const saved = await t.services.db
      .selectFrom("site_licences")
      .selectAll()
      .where("site_id", "=", SXD)
      .executeTakeFirstOrThrow();
    expect(saved.expires_on).toBe(addDays(today, 40));
    expect(saved.contact_phone).toBe("0905 123 456");
    const audit = await t.services.db
      .selectFrom("audit_log")
      .select(["action", "actor_name"])
      .where("entity_id", "=", SXD)
      .where("action", "like", "site_licence.%")
      .execute();
    expect(audit.map((a) => a.action)).toContain("site_licence.update");

    // Saving the same form again schedules nothing new.
    expect((await siteAdmin.post(`${REGISTRY_PATH}/${SXD}`, form())).statusCode).toBe(303);
    const jobs = await t.services.db
      .selectFrom("jobs")
      .select(["payload", "run_at"])
      .where("queue", "=", LICENCE_REMINDER_QUEUE)
      .where("dedupe_key", "like", `licence:${SXD}:${addDays(today, 40)}:%`)
      .execute();
    expect(jobs).toHaveLength(2);

    const before = sxdMails().length;
    clock = new Date(vnDayStart(addDays(today, 10)).getTime() + 9 * 3_600_000);
    await queue.runDueJobs();
    await queue.runDueJobs();
    await waitFor(() => sxdMails().length >= before + 2, { what: "the 30-day reminders" });
    const first = sxdMails().slice(before);
    expect(first.map((m) => m.to[0]).sort()).toEqual([
      "attt.sxd@quangngai.gov.vn",
      "quantri.sxd@quangngai.gov.vn",
    ]);
    expect(first[0]?.subject).toContain("còn 30 ngày");
    expect(first[0]?.text).toContain("27/GP-STTTT");

    // A restart of the worker, or a second run, sends nothing more for the same threshold.
    await queue.runDueJobs();
    clock = new Date(clock.getTime() + 24 * 3_600_000);
    await queue.runDueJobs();
    expect(sxdMails().length).toBe(before + 2);

    clock = new Date(vnDayStart(addDays(today, 33)).getTime() + 9 * 3_600_000);
    await queue.runDueJobs();
    await queue.runDueJobs();
    await waitFor(() => sxdMails().length >= before + 4, { what: "the 7-day reminders" });
    const second = sxdMails().slice(before + 2);
    expect(second).toHaveLength(2);
    expect(second[0]?.subject).toContain("còn 7 ngày");
    await queue.runDueJobs();
    expect(sxdMails().length).toBe(before + 4);
  });

  it("reschedules when the expiry changes: the old date's reminders do nothing", async () => {
    clock = new Date();
    const newExpiry = addDays(today, 100);
    expect(
      (await siteAdmin.post(`${REGISTRY_PATH}/${SXD}`, form({ expires_on: viDate(newExpiry) }))).statusCode,
    ).toBe(303);
    const keys = await t.services.db
      .selectFrom("jobs")
      .select("dedupe_key")
      .where("dedupe_key", "like", `licence:${SXD}:${newExpiry}:%`)
      .execute();
    expect(keys.map((k) => k.dedupe_key).sort()).toEqual([
      `licence:${SXD}:${newExpiry}:30`,
      `licence:${SXD}:${newExpiry}:7`,
    ]);
    // The first save's reminders were already sent; a job for the old date now finds the licence changed.
    const before = sxdMails().length;
    await queue.enqueue(t.services.db, LICENCE_REMINDER_QUEUE, {
      siteId: SXD,
      expiresOn: addDays(today, 40),
      thresholdDays: 7,
    });
    await queue.runDueJobs();
    await queue.runDueJobs();
    expect(sxdMails().length).toBe(before);
    clock = new Date(vnDayStart(addDays(newExpiry, -30)).getTime() + 9 * 3_600_000);
    await queue.runDueJobs();
    await queue.runDueJobs();
    await waitFor(() => sxdMails().length >= before + 2, { what: "the new date's reminders" });
    expect(
      sxdMails()
        .slice(before)
        .every((m) => m.subject.includes(viDate(newExpiry))),
    ).toBe(true);
  });
});
