import ExcelJS from "exceljs";
import JSZip from "jszip";
import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import {
  citizenBrowser,
  createTestCitizen,
  type TestCitizen,
} from "../../../../test/support/citizen-session.js";
import { quietJobLog } from "../../../../test/support/jobs.js";
import { countQueries } from "../../../../test/support/query-counter.js";
import { type StaffSession, signIn } from "../../../../test/support/staff-session.js";
import { addDays, viDate, vnDay, vnDayStart } from "../../../platform/calendar/vn-day.js";
import { createJobQueue } from "../../../platform/jobs/index.js";
import { DEMO_STAFF_PASSWORD } from "../../orgs/staff-bootstrap.js";
import { PARTICIPATION_PATHS as P } from "../paths.js";
import {
  CONSULTATION_CLOSING_QUEUE,
  ensureConsultationClosing,
  registerConsultationJobs,
} from "./closing.js";

const TEXT = `Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Nghị quyết này quy định mức hỗ trợ học phí.
Điều 2. Đối tượng áp dụng
1. Học sinh mầm non.
2. Học sinh phổ thông.
Điều 3. Hiệu lực thi hành
Nghị quyết có hiệu lực từ ngày ký.`;

describe("consultations on drafts: staff side", () => {
  let t: TestApp;
  let specialist: StaffSession;
  let leader: StaffSession;
  let otherUnit: StaffSession;
  let unitId: string;
  let id: string;
  const today = vnDay(new Date());
  const closes = addDays(today, 25);
  const citizens: TestCitizen[] = [];
  const commentIds: string[] = [];
  const db = () => t.services.db;

  const draftForm = (over: Record<string, string> = {}) => ({
    title: "Dự thảo Nghị quyết hỗ trợ học phí năm học 2026–2027",
    doc_type: "Nghị quyết",
    summary: "Căn cứ Luật Giáo dục năm 2019.",
    drafting_unit_id: unitId,
    opens_on: viDate(today),
    closes_on: viDate(closes),
    text: TEXT,
    ...over,
  });
  const row = () =>
    db().selectFrom("consultations").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const emailsTo = (to: string) =>
    db()
      .selectFrom("jobs")
      .select("payload")
      .where("queue", "=", "email")
      .where(sql<boolean>`payload->>'to' = ${to}`)
      .execute();

  beforeAll(async () => {
    t = await startTestApp();
    const unit = await db()
      .selectFrom("units")
      .select("id")
      .where("short_code", "=", "SKHDT")
      .executeTakeFirstOrThrow();
    unitId = unit.id;
    specialist = await signIn(t.app, { username: "chuyenvien.skhdt", password: DEMO_STAFF_PASSWORD });
    leader = await signIn(t.app, { username: "lanhdao.skhdt", password: DEMO_STAFF_PASSWORD });
    otherUnit = await signIn(t.app, { username: "chuyenvien.stp", password: DEMO_STAFF_PASSWORD });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it("refuses a text that does not parse with 422, keeping the input and writing nothing", async () => {
    const before = await db()
      .selectFrom("consultations")
      .select(sql<number>`count(*)::int`.as("n"))
      .executeTakeFirstOrThrow();
    const bad = "NGHỊ QUYẾT\nĐiều 1. A\nĐiều 1. B";
    const res = await specialist.post(
      `${P.adminConsultations}/moi`,
      draftForm({ text: bad, closes_on: "31/02/2026" }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain("Dòng 1: có nội dung trước Điều 1");
    expect(res.body).toContain("Dòng 3: Điều 1 bị trùng");
    expect(res.body).toContain("Nhập ngày dạng ngày/tháng/năm");
    expect(res.body).toContain("NGHỊ QUYẾT\nĐiều 1. A");
    const after = await db()
      .selectFrom("consultations")
      .select(sql<number>`count(*)::int`.as("n"))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it("creates a draft from its text with the clauses in reading order", async () => {
    expect((await specialist.get(`${P.adminConsultations}/moi`)).statusCode).toBe(200);
    const res = await specialist.post(`${P.adminConsultations}/moi`, draftForm());
    expect(res.statusCode).toBe(303);
    id = String(res.headers.location).split("/").pop() ?? "";
    const clauses = await db()
      .selectFrom("consultation_clauses")
      .select(["label", "heading", "body", "position"])
      .where("consultation_id", "=", id)
      .orderBy("position")
      .execute();
    expect(clauses.map((c) => c.label)).toEqual([
      "Điều 1",
      "Điều 2",
      "Khoản 1 Điều 2",
      "Khoản 2 Điều 2",
      "Điều 3",
    ]);
    expect(clauses[2]?.body).toBe("Học sinh mầm non.");
    expect((await row()).status).toBe("draft");
    const page = await specialist.get(P.adminConsultation(id));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Khoản 2 Điều 2");
  });

  it("lists the unit's drafts in a bounded number of queries", async () => {
    const { result, queries } = await countQueries(() => specialist.get(P.adminConsultations));
    expect(result.statusCode).toBe(200);
    expect(result.body).toContain("Dự thảo Nghị quyết hỗ trợ học phí");
    expect(queries).toBeLessThan(15);
    expect((await otherUnit.get(P.adminConsultations)).body).not.toContain("hỗ trợ học phí");
  });

  it("refuses another unit's staff (403), anonymous visitors and citizens", async () => {
    expect((await otherUnit.get(P.adminConsultation(id))).statusCode).toBe(403);
    expect((await otherUnit.get(P.adminConsultationXlsx(id))).statusCode).toBe(403);
    expect((await otherUnit.post(`${P.adminConsultation(id)}/cong-bo`, { version: "1" })).statusCode).toBe(
      403,
    );
    const anon = await t.app.inject({ url: P.adminConsultation(id) });
    expect(anon.statusCode).toBe(303);
    expect(String(anon.headers.location)).toContain("/admin/dang-nhap");
    const citizen = await createTestCitizen(db());
    const browser = await citizenBrowser(t.app, citizen.id);
    const asCitizen = await browser.get(P.adminConsultations);
    expect(asCitizen.statusCode).toBe(303);
    expect(String(asCitizen.headers.location)).toContain("/admin/dang-nhap");
  });

  it("refuses responses before the period has closed (409)", async () => {
    expect((await specialist.get(P.adminConsultationResponses(id))).statusCode).toBe(409);
  });

  it("publishes with a version check and enqueues the closing job for the day after closes_on", async () => {
    const stale = await specialist.post(`${P.adminConsultation(id)}/cong-bo`, { version: "0" });
    expect(stale.statusCode).toBe(409);
    const res = await specialist.post(`${P.adminConsultation(id)}/cong-bo`, { version: "1" });
    expect(res.statusCode).toBe(303);
    expect((await row()).status).toBe("published");
    const job = await db()
      .selectFrom("jobs")
      .select(["run_at", "payload"])
      .where("queue", "=", CONSULTATION_CLOSING_QUEUE)
      .where(sql<boolean>`payload->>'id' = ${id}`)
      .executeTakeFirstOrThrow();
    expect(new Date(job.run_at).toISOString()).toBe(vnDayStart(closes, 1).toISOString());
    expect((await specialist.post(`${P.adminConsultation(id)}/cong-bo`, { version: "2" })).statusCode).toBe(
      409,
    );
  });

  it("moderates comments one by one and in bulk, showing flagged words", async () => {
    const clauses = await db()
      .selectFrom("consultation_clauses")
      .select("id")
      .where("consultation_id", "=", id)
      .orderBy("position")
      .execute();
    for (const name of ["Trần Thị Bình", "Lê Văn Cường", "Phạm Thu Dung"])
      citizens.push(await createTestCitizen(db(), { fullName: name }));
    const rows = [
      {
        c: 0,
        clause: clauses[2]?.id ?? null,
        body: "Đề nghị bổ sung trẻ em khuyết tật.",
        flagged: [] as string[],
      },
      {
        c: 1,
        clause: clauses[2]?.id ?? null,
        body: "Nên mở rộng cho học sinh dân tộc thiểu số.",
        flagged: [],
      },
      { c: 0, clause: null, body: "Dự thảo cần nêu rõ nguồn kinh phí.", flagged: [] },
      { c: 2, clause: clauses[4]?.id ?? null, body: "Nội dung có từ tục tĩu.", flagged: ["tuc tiu"] },
    ];
    for (const [i, r] of rows.entries()) {
      const cid = uuidv7();
      commentIds.push(cid);
      const who = citizens[r.c] as TestCitizen;
      await db()
        .insertInto("consultation_comments")
        .values({
          id: cid,
          consultation_id: id,
          clause_id: r.clause,
          citizen_id: who.id,
          author_name: who.fullName,
          organisation: i === 1 ? "Hội Khuyến học" : null,
          body: r.body,
          flagged_words: JSON.stringify(r.flagged),
          created_at: new Date(Date.now() - (10 - i) * 60_000),
        })
        .execute();
    }
    const queue = await specialist.get(P.adminConsultationComments(id));
    expect(queue.statusCode).toBe(200);
    expect(queue.body).toContain("Có từ bị cấm: tuc tiu");
    expect(queue.body).not.toContain(citizens[0]?.email ?? "@");
    const none = await specialist.post(P.adminConsultationComments(id), { action: "approve" });
    expect(none.statusCode).toBe(422);
    const bulk = await specialist.post(P.adminConsultationComments(id), {
      action: "approve",
      ids: commentIds.slice(0, 3),
    });
    expect(bulk.statusCode).toBe(303);
    const one = await specialist.post(P.adminConsultationComments(id), {
      action: "reject",
      ids: commentIds[3] ?? "",
    });
    expect(one.statusCode).toBe(303);
    const statuses = await db()
      .selectFrom("consultation_comments")
      .select(["id", "status", "moderated_by"])
      .where("consultation_id", "=", id)
      .execute();
    expect(statuses.filter((s) => s.status === "approved")).toHaveLength(3);
    expect(statuses.find((s) => s.id === commentIds[3])?.status).toBe("rejected");
    const filtered = await specialist.get(`${P.adminConsultationComments(id)}?status=rejected`);
    expect(filtered.body).toContain("tục tĩu");
    expect(filtered.body).not.toContain("nguồn kinh phí");
    const audits = await db()
      .selectFrom("audit_log")
      .select("action")
      .where("action", "like", "consultation_comment.%")
      .execute();
    expect(audits).toHaveLength(4);
  });

  it("refuses to replace the text once comments point at its clauses (409)", async () => {
    const c = await row();
    const res = await specialist.post(
      P.adminConsultation(id),
      draftForm({ text: `${TEXT}\nĐiều 4. Tổ chức thực hiện`, version: String(c.version) }),
    );
    expect(res.statusCode).toBe(409);
    const sameText = await specialist.post(
      P.adminConsultation(id),
      draftForm({ title: "Dự thảo NQ học phí (sửa)", version: String(c.version) }),
    );
    expect(sameText.statusCode).toBe(303);
    expect((await row()).title).toBe("Dự thảo NQ học phí (sửa)");
  });

  it("closes the period with the job after closes_on, tells the unit's specialists once", async () => {
    const clock = { now: new Date(vnDayStart(closes, 1).getTime() + 3_600_000) };
    const queue = createJobQueue({ db: db(), log: quietJobLog, now: () => clock.now });
    registerConsultationJobs(t.services, { queue, now: () => clock.now });
    // The day before: nothing due yet.
    clock.now = new Date(vnDayStart(closes).getTime() + 3_600_000);
    await queue.runDueJobs();
    expect((await row()).status).toBe("published");
    clock.now = new Date(vnDayStart(closes, 1).getTime() + 3_600_000);
    expect(await queue.runDueJobs()).toBeGreaterThan(0);
    expect((await row()).status).toBe("closed");
    const mails = await emailsTo("chuyenvien.skhdt@quangngai.gov.vn");
    expect(mails).toHaveLength(1);
    expect(String((mails[0]?.payload as { subject?: string } | undefined)?.subject)).toContain(
      "Hết thời gian lấy ý kiến",
    );
    await ensureConsultationClosing(t.services, clock.now, queue);
    await queue.runDueJobs();
    expect(await emailsTo("chuyenvien.skhdt@quangngai.gov.vn")).toHaveLength(1);
  });

  it("groups comments, refuses to conclude with ungrouped ones, and the leader concludes", async () => {
    expect((await specialist.get(P.adminConsultationResponses(id))).statusCode).toBe(200);
    const empty = await specialist.post(`${P.adminConsultationResponses(id)}/nhom`, {
      summary: "",
      kind: "accept",
      response: "",
    });
    expect(empty.statusCode).toBe(422);
    const clause = await db()
      .selectFrom("consultation_clauses")
      .select("id")
      .where("consultation_id", "=", id)
      .where("label", "=", "Khoản 1 Điều 2")
      .executeTakeFirstOrThrow();
    const added = await specialist.post(`${P.adminConsultationResponses(id)}/nhom`, {
      clause_id: clause.id,
      summary: "Mở rộng đối tượng hỗ trợ",
      kind: "accept",
      response: "Bổ sung trẻ em khuyết tật vào khoản 1.",
    });
    expect(added.statusCode).toBe(303);
    const group = await db()
      .selectFrom("consultation_response_groups")
      .selectAll()
      .where("consultation_id", "=", id)
      .executeTakeFirstOrThrow();
    expect(group.response).toBe("Tiếp thu: Bổ sung trẻ em khuyết tật vào khoản 1.");
    await specialist.post(`${P.adminConsultationResponses(id)}/xep-nhom`, {
      ids: commentIds.slice(0, 2),
      group_id: group.id,
    });

    let c = await row();
    const bySpecialist = await specialist.post(`${P.adminConsultationResponses(id)}/bao-cao`, {
      action: "conclude",
      synthesis: "Báo cáo tổng hợp.",
      version: String(c.version),
    });
    expect(bySpecialist.statusCode).toBe(403);
    const ungrouped = await leader.post(`${P.adminConsultationResponses(id)}/bao-cao`, {
      action: "conclude",
      synthesis: "Báo cáo tổng hợp.",
      version: String(c.version),
    });
    expect(ungrouped.statusCode).toBe(422);
    expect(ungrouped.body).toContain("Còn 1 ý kiến đã duyệt chưa xếp nhóm: Trần Thị Bình (Toàn bộ dự thảo)");
    expect((await row()).status).toBe("closed");

    await specialist.post(`${P.adminConsultationResponses(id)}/xep-nhom`, {
      ids: commentIds[2] ?? "",
      group_id: group.id,
    });
    c = await row();
    const stale = await leader.post(`${P.adminConsultationResponses(id)}/bao-cao`, {
      action: "conclude",
      synthesis: "Báo cáo tổng hợp.",
      version: String(c.version - 1),
    });
    expect(stale.statusCode).toBe(409);
    const done = await leader.post(`${P.adminConsultationResponses(id)}/bao-cao`, {
      action: "conclude",
      synthesis: "Báo cáo tổng hợp: 4 ý kiến, tiếp thu 3.",
      version: String(c.version),
    });
    expect(done.statusCode).toBe(303);
    const concluded = await row();
    expect(concluded.status).toBe("concluded");
    expect(concluded.concluded_at).not.toBeNull();
    expect(concluded.synthesis).toBe("Báo cáo tổng hợp: 4 ý kiến, tiếp thu 3.");
    for (const who of citizens) {
      const mails = await emailsTo(who.email);
      expect(mails).toHaveLength(1);
      expect(String((mails[0]?.payload as { text?: string } | undefined)?.text)).toContain(
        P.consultation(concluded.slug),
      );
    }
  });

  it("exports every comment and the response as XLSX and DOCX, without emails or phones", async () => {
    const xlsx = await specialist.get(P.adminConsultationXlsx(id));
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const cells: string[] = [];
    ws?.eachRow((r) => {
      r.eachCell((cell) => {
        cells.push(String(cell.value));
      });
    });
    const all = cells.join("\n");
    for (const body of ["bổ sung trẻ em khuyết tật", "dân tộc thiểu số", "nguồn kinh phí", "tục tĩu"])
      expect(all).toContain(body);
    expect(all).toContain("Tiếp thu: Bổ sung trẻ em khuyết tật vào khoản 1.");
    expect(all).toContain("Lê Văn Cường (Hội Khuyến học)");
    expect(ws?.autoFilter).toBeTruthy();
    for (const who of citizens) {
      expect(all).not.toContain(who.email);
      expect(all).not.toContain(who.phone);
    }

    const docx = await specialist.get(P.adminConsultationDocx(id));
    expect(docx.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(docx.rawPayload);
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    for (const body of [
      "bổ sung trẻ em khuyết tật",
      "dân tộc thiểu số",
      "nguồn kinh phí",
      "tục tĩu",
      "Tiếp thu: Bổ sung",
    ])
      expect(xml).toContain(body);
    expect(xml).toContain("Khoản 1 Điều 2");
    const styles = (await zip.file("word/styles.xml")?.async("string")) ?? "";
    expect(styles).toContain("Times New Roman");
  });
});
