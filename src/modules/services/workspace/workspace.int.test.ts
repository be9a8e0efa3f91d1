import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { countQueries } from "../../../../test/support/query-counter.js";
import { startSmtpServer, type TestSmtpServer } from "../../../../test/support/smtp-server.js";
import { createStaff, type StaffSession, signIn } from "../../../../test/support/staff-session.js";
import { waitFor } from "../../../../test/support/wait-for.js";
import { loadWorkingCalendar } from "../../../platform/calendar/index.js";
import { addDays, viDate, vnDay } from "../../../platform/calendar/vn-day.js";
import { createJobQueue, type JobQueue } from "../../../platform/jobs/index.js";
import { registerEmailJobs } from "../../../platform/notify/email-jobs.js";
import { SERVICES_PATHS } from "../paths.js";
import { DEADLINE_SWEEP_QUEUE, runDeadlineSweep } from "./deadline-warnings.js";
import { type DeadlineLimits, deadlineLimits, inQueue, QUEUES } from "./domain/queues.js";
import { queueCounts } from "./store.js";
import { insertTestDossier, insertTestProcedure, insertTestUnit } from "./test-factory.js";

/**
 * The one-stop workspace on PostgreSQL: scope by unit, queues and their counts, filters, sort, paging, the query
 * budget, bulk assign (all or nothing) and the daily deadline digest (one email per person per day).
 */
describe("one-stop workspace", () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let queue: JobQueue;
  let clock = new Date();
  let limits: DeadlineLimits;
  const units = { a: "", a1: "", b: "", c: "" };
  const staff: Record<string, string> = {};
  const sessions: Record<string, StaffSession> = {};
  const procs = { a1: "", a2: "", b: "", c: "" };
  const codes: Record<string, string> = {};
  const ids: Record<string, string> = {};

  const codesIn = (html: string) => [...html.matchAll(/data-code="([^"]+)"/g)].map((m) => m[1]);
  const tabCount = (html: string, label: string) => {
    const m = new RegExp(`>${label} \\((\\d+)\\)<`).exec(html);
    return m ? Number(m[1]) : null;
  };
  const url = (query: Record<string, string>) =>
    `${SERVICES_PATHS.workspace}?${new URLSearchParams(query).toString()}`;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ seed: "none", env: { SMTP_URL: smtp.url } });
    const db = t.services.db;
    queue = createJobQueue({ db, now: () => clock, log: { info() {}, warn() {}, error() {} } });
    registerEmailJobs({ ...t.services, jobs: queue });

    const root = await insertTestUnit(db, { shortCode: "WSROOT", name: "Tỉnh thử nghiệm" });
    units.a = await insertTestUnit(db, { shortCode: "WSA", name: "Sở Thử nghiệm A", parentId: root });
    units.a1 = await insertTestUnit(db, { shortCode: "WSA1", name: "Phòng A1", parentId: units.a });
    units.b = await insertTestUnit(db, { shortCode: "WSB", name: "Sở Thử nghiệm B", parentId: root });
    units.c = await insertTestUnit(db, { shortCode: "WSC", name: "Sở Thử nghiệm C", parentId: root });
    const people: [string, string, string, string][] = [
      ["ws.motcua.a", "Ngô Thị Một Cửa", "one_stop_officer", units.a],
      ["ws.cv1.a", "Trương Văn Chuyên", "specialist", units.a],
      ["ws.cv2.a", "Lê Thị Xử Lý", "specialist", units.a],
      ["ws.lanhdao.a", "Đỗ Văn Lãnh Đạo", "leader", units.a],
      ["ws.motcua.b", "Phạm Thị Bê", "one_stop_officer", units.b],
      ["ws.cv.b", "Hồ Văn Bê", "specialist", units.b],
      ["ws.motcua.c", "Võ Thị Xê", "one_stop_officer", units.c],
    ];
    for (const [username, fullName, role, unitId] of people) {
      const s = await createStaff(db, {
        username,
        fullName,
        unitId,
        grants: [{ role: role as "specialist", unitId }],
      });
      staff[username] = s.id;
      await db
        .updateTable("staff_users")
        .set({ email: `${username}@quangngai.gov.vn` })
        .where("id", "=", s.id)
        .execute();
    }
    for (const [i, username] of [
      "ws.motcua.a",
      "ws.cv1.a",
      "ws.lanhdao.a",
      "ws.motcua.b",
      "ws.motcua.c",
    ].entries()) {
      sessions[username] = await signIn(t.app, {
        username,
        password: "Mat-khau-thu-nghiem-2026",
        remoteAddress: `10.0.0.${i + 1}`,
      });
    }

    procs.a1 = (
      await insertTestProcedure(db, {
        unitId: units.a,
        name: "Cấp bản sao trích lục hộ tịch",
        field: "Hộ tịch",
      })
    ).id;
    procs.a2 = (
      await insertTestProcedure(db, { unitId: units.a, name: "Chứng thực chữ ký", field: "Chứng thực" })
    ).id;
    procs.b = (
      await insertTestProcedure(db, { unitId: units.b, name: "Đăng ký doanh nghiệp", field: "Doanh nghiệp" })
    ).id;
    procs.c = (
      await insertTestProcedure(db, { unitId: units.c, name: "Thủ tục đơn vị C", field: "Khác" })
    ).id;

    const now = new Date();
    const year = Number(vnDay(now).slice(0, 4));
    limits = deadlineLimits(await loadWorkingCalendar(db, [year]), now);
    const today = limits.today;
    const later = addDays(limits.soonBefore, 7);
    const lastMonth = new Date(now.getTime() - 30 * 86_400_000);
    const add = async (key: string, o: Parameters<typeof insertTestDossier>[1]) => {
      const d = await insertTestDossier(db, { code: `WS-${key.toUpperCase()}`, ...o });
      codes[key] = d.code;
      ids[key] = d.id;
    };
    const A = { procedureId: procs.a1, unitId: units.a };
    await add("sub1", { ...A, state: "submitted", applicantName: "Nguyễn Văn An", receivedAt: null });
    await add("sub2", {
      ...A,
      procedureId: procs.a2,
      state: "submitted",
      applicantName: "Trần Thị Bình",
      channel: "post",
      receivedAt: null,
    });
    await add("suba1", {
      ...A,
      currentUnitId: units.a1,
      state: "submitted",
      applicantName: "Lê Đức Cường",
      receivedAt: null,
    });
    await add("rec1", { ...A, state: "received", dueOn: later, applicantName: "Phạm Quốc Dũng" });
    await add("rec2", { ...A, state: "received", dueOn: today, applicantName: "Hoàng Thị Én" });
    await add("rec3", {
      ...A,
      procedureId: procs.a2,
      state: "received",
      dueOn: later,
      receivedAt: lastMonth,
      channel: "counter",
    });
    await add("proc1", {
      ...A,
      state: "processing",
      dueOn: addDays(today, -5),
      assigneeId: staff["ws.cv1.a"],
    });
    await add("proc2", {
      ...A,
      state: "processing",
      dueOn: addDays(today, -3),
      apologyDueOn: later,
      assigneeId: staff["ws.cv2.a"],
    });
    await add("proc3", { ...A, state: "processing", dueOn: later, assigneeId: staff["ws.cv1.a"] });
    await add("sup1", { ...A, state: "supplement_requested", pausedDaysLeft: 3, dueOn: null });
    await add("appr1", { ...A, state: "awaiting_approval", dueOn: today, assigneeId: staff["ws.cv1.a"] });
    await add("res1", { ...A, state: "result_ready", dueOn: addDays(today, -10) });
    await add("done1", { ...A, state: "returned", dueOn: addDays(today, -20) });
    await add("done2", { ...A, state: "withdrawn", dueOn: null });
    const B = { procedureId: procs.b, unitId: units.b };
    await add("bsub1", { ...B, state: "submitted", applicantName: "Nguyễn Văn An", receivedAt: null });
    await add("brec1", { ...B, state: "received", dueOn: later });
    await add("bproc1", { ...B, state: "processing", dueOn: addDays(today, -2) });
    // Unit C: 120 received dossiers for paging and the query budget, two submitted ones.
    for (let i = 0; i < 120; i++) {
      await add(`c${String(i).padStart(3, "0")}`, {
        procedureId: procs.c,
        unitId: units.c,
        state: "received",
        dueOn: addDays(today, 30 + (i % 7)),
      });
    }
    await add("csub1", { procedureId: procs.c, unitId: units.c, state: "submitted", receivedAt: null });
    await add("csub2", { procedureId: procs.c, unitId: units.c, state: "submitted", receivedAt: null });
  });

  afterAll(async () => {
    await queue?.stop();
    await t?.close();
    await smtp?.close();
  });

  it("shows an officer their unit's dossiers (sub-units included) and never another unit's", async () => {
    const a = await sessions["ws.motcua.a"]?.get(url({ tab: "submitted" }));
    expect(a?.statusCode).toBe(200);
    expect(codesIn(a?.body ?? "").sort()).toEqual([codes.sub1, codes.sub2, codes.suba1].sort());
    const b = await sessions["ws.motcua.b"]?.get(url({ tab: "submitted" }));
    expect(codesIn(b?.body ?? "")).toEqual([codes.bsub1]);
    // Searching for a name both units have still finds only one's own.
    const search = await sessions["ws.motcua.b"]?.get(url({ tab: "submitted", q: "Nguyen Van An" }));
    expect(codesIn(search?.body ?? "")).toEqual([codes.bsub1]);
    // The officer lands on the counter's queue; the links lead to the dossier pages.
    const landing = await sessions["ws.motcua.a"]?.get(SERVICES_PATHS.workspace);
    expect(landing?.body).toContain('aria-current="page">Chờ tiếp nhận (3)<');
    expect(landing?.body).toContain(`href="${SERVICES_PATHS.dossier(ids.sub1 ?? "")}"`);
  });

  it("refuses the workspace to people without a one-stop role and to visitors", async () => {
    const anon = await t.app.inject({ url: SERVICES_PATHS.workspace });
    expect([302, 303, 401]).toContain(anon.statusCode);
    await createStaff(t.services.db, {
      username: "ws.bientap",
      grants: [{ role: "clerk", unitId: units.a }],
    });
    const clerk = await signIn(t.app, {
      username: "ws.bientap",
      password: "Mat-khau-thu-nghiem-2026",
      remoteAddress: "10.0.1.1",
    });
    expect((await clerk.get(SERVICES_PATHS.workspace)).statusCode).toBe(403);
  });

  it("counts every queue as the pure predicates do, and words the banner", async () => {
    const db = t.services.db;
    const counts = await queueCounts(
      db,
      [units.a],
      { queue: undefined, page: 1 },
      staff["ws.motcua.a"] ?? "",
      limits,
    );
    const rows = await db
      .selectFrom("dossiers")
      .select(["state", "due_on", "apology_due_on"])
      .where("current_unit_id", "in", [units.a, units.a1])
      .execute();
    for (const q of QUEUES) {
      expect(counts[q], q).toBe(rows.filter((r) => inQueue(q, r, limits)).length);
    }
    expect(counts).toMatchObject({
      submitted: 3,
      received: 3,
      processing: 3,
      supplement: 1,
      approval: 1,
      result: 1,
      soon: 2,
      overdue: 2,
      done: 2,
      bannerSoon: 2,
      bannerOverdue: 1,
    });
    const page = await sessions["ws.motcua.a"]?.get(url({ tab: "overdue" }));
    expect(page?.body).toContain("2 hồ sơ sắp đến hạn, 1 hồ sơ quá hạn chưa có phiếu xin lỗi");
    expect(codesIn(page?.body ?? "")).toEqual([codes.proc1, codes.proc2]);
    // Only the dossier without an apology slip is marked.
    expect(page?.body.match(/data-no-apology/g)).toHaveLength(1);
    expect(page?.body).toMatch(/Quá hạn \d+ ngày làm việc/);
  });

  it("sorts by due date (none last) then code, and shows dates as dd/mm/yyyy", async () => {
    const received = await sessions["ws.motcua.a"]?.get(url({ tab: "received" }));
    // rec2 is due today; rec1 and rec3 share a later due date and go by code.
    expect(codesIn(received?.body ?? "")).toEqual([codes.rec2, codes.rec1, codes.rec3]);
    expect(received?.body).toContain(viDate(limits.today));
    expect(received?.body).toContain("Hết hạn hôm nay");
    const done = await sessions["ws.motcua.a"]?.get(url({ tab: "done" }));
    expect(codesIn(done?.body ?? "")).toEqual([codes.done1, codes.done2]);
  });

  it("filters by procedure, field, channel, assignee, received dates and words without diacritics", async () => {
    const s = sessions["ws.motcua.a"] as StaffSession;
    const get = async (q: Record<string, string>) => codesIn((await s.get(url(q))).body);
    expect(await get({ tab: "received", procedure: procs.a2 })).toEqual([codes.rec3]);
    expect(await get({ tab: "submitted", field: "Chứng thực" })).toEqual([codes.sub2]);
    expect(await get({ tab: "submitted", channel: "post" })).toEqual([codes.sub2]);
    expect(await get({ tab: "processing", assignee: staff["ws.cv1.a"] ?? "" })).toEqual([
      codes.proc1,
      codes.proc3,
    ]);
    expect(await get({ tab: "received", assignee: "none" })).toEqual([codes.rec2, codes.rec1, codes.rec3]);
    const monthAgo = viDate(vnDay(new Date(Date.now() - 31 * 86_400_000)));
    const weekAgo = viDate(vnDay(new Date(Date.now() - 7 * 86_400_000)));
    expect(await get({ tab: "received", from: monthAgo, to: weekAgo })).toEqual([codes.rec3]);
    expect(await get({ tab: "received", from: viDate(limits.today) })).toEqual([codes.rec2, codes.rec1]);
    expect(await get({ tab: "submitted", q: "tran thi binh" })).toEqual([codes.sub2]);
    expect(await get({ tab: "submitted", q: "TRẦN thị" })).toEqual([codes.sub2]);
    expect(await get({ tab: "submitted", q: "ws-sub" })).toEqual(
      [codes.sub1, codes.sub2, codes.suba1].sort(),
    );
    expect(await get({ tab: "submitted", q: "%" })).toEqual([]);
    // The counts follow the filters.
    const filtered = await s.get(url({ tab: "submitted", channel: "post" }));
    expect(tabCount(filtered.body, "Chờ tiếp nhận")).toBe(1);
    expect(tabCount(filtered.body, "Chờ phân công")).toBe(0);
  });

  it("answers a bad filter with 422 and the typed values kept", async () => {
    const res = await sessions["ws.motcua.a"]?.get(url({ tab: "received", from: "31/02/2026", q: "abc" }));
    expect(res?.statusCode).toBe(422);
    expect(res?.body).toContain("Tiếp nhận từ ngày phải là một ngày có thật");
    expect(res?.body).toContain('value="31/02/2026"');
    expect(res?.body).toContain('value="abc"');
    const tab = await sessions["ws.motcua.a"]?.get(url({ tab: "khong-co" }));
    expect(tab?.statusCode).toBe(422);
  });

  it("lands a specialist on their own processing dossiers and a leader on approvals", async () => {
    const spec = await sessions["ws.cv1.a"]?.get(SERVICES_PATHS.workspace);
    expect(spec?.statusCode).toBe(200);
    expect(codesIn(spec?.body ?? "")).toEqual([codes.proc1, codes.proc3]);
    expect(spec?.body).toContain('<option value="me" selected');
    // A specialist cannot assign: no checkboxes.
    expect(spec?.body).not.toContain('name="dossier"');
    const leader = await sessions["ws.lanhdao.a"]?.get(SERVICES_PATHS.workspace);
    expect(codesIn(leader?.body ?? "")).toEqual([codes.appr1]);
  });

  it("pages 50 at a time", async () => {
    const s = sessions["ws.motcua.c"] as StaffSession;
    const p1 = await s.get(url({ tab: "received" }));
    const p3 = await s.get(url({ tab: "received", page: "3" }));
    const first = codesIn(p1.body);
    const third = codesIn(p3.body);
    expect(first).toHaveLength(50);
    expect(third).toHaveLength(20);
    expect(p1.body).toContain("Trang 1/3");
    expect(p1.body).toContain('rel="next"');
    expect(p3.body).toContain('rel="prev"');
    expect(p3.body).not.toContain('rel="next"');
    const p2 = codesIn((await s.get(url({ tab: "received", page: "2" }))).body);
    expect(new Set([...first, ...p2, ...third]).size).toBe(120);
  });

  it("runs the same number of queries for a page of 2 rows and a page of 50", async () => {
    const s = sessions["ws.motcua.c"] as StaffSession;
    const small = url({ tab: "submitted" });
    const full = url({ tab: "received" });
    await s.get(small);
    await s.get(full);
    const a = await countQueries(() => s.get(small));
    const b = await countQueries(() => s.get(full));
    expect(codesIn(a.result.body)).toHaveLength(2);
    expect(codesIn(b.result.body)).toHaveLength(50);
    expect(b.queries).toBe(a.queries);
    expect(b.queries).toBeLessThanOrEqual(12);
  });

  describe("bulk assign", () => {
    const assigneeOf = async (id: string | undefined) =>
      t.services.db
        .selectFrom("dossiers")
        .select(["state", "assignee_id"])
        .where("id", "=", id ?? "")
        .executeTakeFirstOrThrow();

    it("assigns every chosen dossier in one go, through the lifecycle", async () => {
      const s = sessions["ws.motcua.a"] as StaffSession;
      const page = await s.get(url({ tab: "received" }));
      expect(page.body).toContain(`value="${ids.rec1}"`);
      expect(page.body).toContain('name="to_assignee"');
      const res = await s.post(SERVICES_PATHS.workspace, {
        dossier: [ids.rec1 ?? "", ids.rec3 ?? ""],
        to_assignee: staff["ws.cv2.a"] ?? "",
        back: "tab=received",
      });
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe(`${SERVICES_PATHS.workspace}?tab=received`);
      for (const k of ["rec1", "rec3"]) {
        expect(await assigneeOf(ids[k])).toEqual({ state: "processing", assignee_id: staff["ws.cv2.a"] });
      }
      const events = await t.services.db
        .selectFrom("dossier_events")
        .select(["action", "to_assignee_id", "actor_staff_id"])
        .where("dossier_id", "=", ids.rec1 ?? "")
        .execute();
      expect(events).toContainEqual({
        action: "assign",
        to_assignee_id: staff["ws.cv2.a"],
        actor_staff_id: staff["ws.motcua.a"],
      });
      const audit = await t.services.db
        .selectFrom("audit_log")
        .select(["action", "actor_id"])
        .where("action", "in", ["dossier.bulk_assign", "dossier.assign"])
        .execute();
      expect(audit.filter((a) => a.action === "dossier.bulk_assign")).toHaveLength(1);
      expect(audit.filter((a) => a.action === "dossier.assign")).toHaveLength(2);
      const after = await s.get(url({ tab: "received" }));
      expect(after.body).toContain("Đã phân công 2 hồ sơ cho Lê Thị Xử Lý.");
    });

    it("assigns nothing when one dossier is another unit's, naming it", async () => {
      const s = sessions["ws.motcua.a"] as StaffSession;
      const res = await s.post(SERVICES_PATHS.workspace, {
        dossier: [ids.rec2 ?? "", ids.brec1 ?? ""],
        to_assignee: staff["ws.cv1.a"] ?? "",
        back: "tab=received",
      });
      expect(res.statusCode).toBe(403);
      expect(res.body).toContain(`Hồ sơ ${codes.brec1} không thuộc đơn vị của bạn`);
      expect(await assigneeOf(ids.rec2)).toEqual({ state: "received", assignee_id: null });
      expect(await assigneeOf(ids.brec1)).toEqual({ state: "received", assignee_id: null });
      // The selection and the chosen specialist are kept.
      expect(res.body).toMatch(new RegExp(`value="${ids.rec2}"[^>]*checked`));
    });

    it("rolls back the ones already assigned when a later one is in the wrong state", async () => {
      const s = sessions["ws.motcua.a"] as StaffSession;
      // Codes sort WS-REC2 before WS-SUB1: rec2 is assigned first inside the transaction, then sub1 is refused.
      const res = await s.post(SERVICES_PATHS.workspace, {
        dossier: [ids.rec2 ?? "", ids.sub1 ?? ""],
        to_assignee: staff["ws.cv1.a"] ?? "",
        back: "tab=received",
      });
      expect(res.statusCode).toBe(409);
      expect(res.body).toContain(`Không phân công được hồ sơ ${codes.sub1}:`);
      expect(res.body).toContain("Không hồ sơ nào được phân công.");
      expect(await assigneeOf(ids.rec2)).toEqual({ state: "received", assignee_id: null });
      expect(await assigneeOf(ids.sub1)).toEqual({ state: "submitted", assignee_id: null });
    });

    it("checks the form: a dossier and a specialist of the unit are needed, and the role", async () => {
      const s = sessions["ws.motcua.a"] as StaffSession;
      const none = await s.post(SERVICES_PATHS.workspace, {
        to_assignee: staff["ws.cv1.a"] ?? "",
        back: "tab=received",
      });
      expect(none.statusCode).toBe(422);
      expect(none.body).toContain("Vui lòng chọn ít nhất một hồ sơ.");
      const noOne = await s.post(SERVICES_PATHS.workspace, { dossier: ids.rec2 ?? "", back: "tab=received" });
      expect(noOne.statusCode).toBe(422);
      expect(noOne.body).toContain("Vui lòng chọn chuyên viên được giao.");
      const otherUnits = await s.post(SERVICES_PATHS.workspace, {
        dossier: ids.rec2 ?? "",
        to_assignee: staff["ws.cv.b"] ?? "",
        back: "tab=received",
      });
      expect(otherUnits.statusCode).toBe(422);
      expect(otherUnits.body).toContain(`không thuộc đơn vị đang giữ hồ sơ ${codes.rec2}`);
      const spec = await sessions["ws.cv1.a"]?.post(SERVICES_PATHS.workspace, {
        dossier: ids.rec2 ?? "",
        to_assignee: staff["ws.cv1.a"] ?? "",
      });
      expect(spec?.statusCode).toBe(403);
      const forged = await t.app.inject({
        method: "POST",
        url: SERVICES_PATHS.workspace,
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: s.cookie },
        payload: `_csrf=wrong&dossier=${ids.rec2}&to_assignee=${staff["ws.cv1.a"]}`,
      });
      expect(forged.statusCode).toBe(403);
      expect(await assigneeOf(ids.rec2)).toEqual({ state: "received", assignee_id: null });
    });
  });

  describe("deadline digest", () => {
    it("emails each person one digest per day, however often the sweep runs", async () => {
      const db = t.services.db;
      // The sweep runs at 08:00 on the next working day after the data was made (so the run is on a working day).
      const cal = await loadWorkingCalendar(db, [Number(limits.today.slice(0, 4))]);
      let day = addDays(limits.today, 1);
      while (!cal.isWorkingDay(day)) day = addDays(day, 1);
      clock = new Date(`${day}T08:00:00+07:00`);
      const sweepLimits = deadlineLimits(cal, clock);
      // A dossier of cv1 due on the sweep day, and an unassigned overdue one for the counter of unit B.
      await insertTestDossier(db, {
        code: "WS-DIGEST-1",
        procedureId: procs.a1,
        unitId: units.a,
        state: "processing",
        dueOn: sweepLimits.today,
        assigneeId: staff["ws.cv1.a"],
      });

      const first = await runDeadlineSweep(t.services, queue, clock);
      const second = await runDeadlineSweep(t.services, queue, clock);
      expect(first).toBeGreaterThan(0);
      expect(second).toBe(0);
      await queue.runDueJobs();
      await queue.runDueJobs();
      const mailTo = (who: string) => smtp.messages.filter((m) => m.to.includes(`${who}@quangngai.gov.vn`));
      await waitFor(() => mailTo("ws.cv1.a").length >= 1 && mailTo("ws.motcua.b").length >= 1, {
        what: "the digests",
      });
      expect(smtp.messages).toHaveLength(first);
      const cv1 = mailTo("ws.cv1.a")[0];
      expect(cv1?.subject).toContain(`Nhắc hạn hồ sơ ngày ${viDate(day)}`);
      expect(cv1?.text).toContain("WS-DIGEST-1");
      expect(cv1?.text).toContain(codes.proc1);
      // proc2 has an apology slip, proc3 is not due yet: neither is named.
      expect(cv1?.text).not.toContain(codes.proc3);
      expect(mailTo("ws.cv2.a").some((m) => m.text.includes(codes.proc2 ?? "-"))).toBe(false);
      expect(mailTo("ws.motcua.b")[0]?.text).toContain(codes.bproc1);
      // Unassigned ones go to the counter of the unit holding them.
      await waitFor(() => mailTo("ws.motcua.a").length >= 1, { what: "the counter's digest" });
      expect(mailTo("ws.motcua.a")[0]?.text).toContain(codes.rec2);
      expect(mailTo("ws.motcua.a")[0]?.text).not.toContain(codes.proc1);

      // A third run and the queue's retries later that day change nothing.
      await runDeadlineSweep(t.services, queue, new Date(clock.getTime() + 3_600_000));
      await queue.runDueJobs();
      for (const who of ["ws.cv1.a", "ws.motcua.a", "ws.motcua.b"]) expect(mailTo(who)).toHaveLength(1);
      expect(smtp.messages).toHaveLength(first);
      const claimed = await db
        .selectFrom("dossier_deadline_digests")
        .select(["staff_id"])
        .where("day", "=", day)
        .execute();
      expect(claimed).toHaveLength(first);
      const next = await db
        .selectFrom("jobs")
        .select(["run_at", "status"])
        .where("queue", "=", DEADLINE_SWEEP_QUEUE)
        .where("dedupe_key", "=", `${DEADLINE_SWEEP_QUEUE}:${addDays(day, 1)}`)
        .executeTakeFirst();
      expect(next?.status).toBe("pending");
      expect(next?.run_at.getTime()).toBe(new Date(`${addDays(day, 1)}T07:00:00+07:00`).getTime());
    });
  });
});
