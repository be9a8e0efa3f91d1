import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { type StaffSession, signIn } from "../../../../test/support/staff-session.js";
import { parseIso } from "../../../platform/calendar/domain/civil-date.js";
import { formatViDate, loadWorkingCalendar } from "../../../platform/calendar/index.js";
import { DEMO_STAFF_PASSWORD, demoStaffId } from "../../orgs/staff-bootstrap.js";
import { SERVICES_PATHS } from "../paths.js";
import { vnIsoDay } from "./domain/clock.js";
import { LIFECYCLE_PATHS } from "./paths.js";
import { insertTestDossier, insertTestProcedure, unitIdByCode } from "./test-fixtures.js";

let ta: TestApp;
let stp: string;
let procedureId: string;
let officer: StaffSession;
let specialist: StaffSession;
let leader: StaffSession;
let otherUnit: StaffSession;
let inspector: StaffSession;

const session = (username: string, n: number) =>
  signIn(ta.app, { username, password: DEMO_STAFF_PASSWORD, remoteAddress: `10.9.0.${n}` });

async function dossierRow(id: string) {
  return ta.services.db.selectFrom("dossiers").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

/** A day n days from today (Vietnamese time), as yyyy-mm-dd. */
function dayFromToday(n: number): string {
  return vnIsoDay(new Date(Date.now() + n * 86_400_000));
}

beforeAll(async () => {
  ta = await startTestApp();
  stp = await unitIdByCode(ta.services.db, "STP");
  procedureId = await insertTestProcedure(ta.services.db, { unitId: stp, processingDays: 5 });
  officer = await session("motcua.stp", 1);
  specialist = await session("chuyenvien.stp", 2);
  leader = await session("lanhdao.stp", 3);
  otherUnit = await session("chuyenvien.skhdt", 4);
  inspector = await session("thanhtra.stttt", 5);
});
afterAll(async () => {
  await ta?.close();
});

describe("the dossier page", () => {
  it("shows the dossier to its unit's staff, with the forms each may use, and 403 to others", async () => {
    const d = await insertTestDossier(ta.services.db, { procedureId, unitId: stp });
    const page = await officer.get(SERVICES_PATHS.dossier(d.id));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(d.code);
    expect(page.body).toContain("Chờ tiếp nhận");
    expect(page.body).toContain("Nguyễn Văn An");
    expect(page.body).toContain(`action="${LIFECYCLE_PATHS.action(d.id, "receive")}"`);
    expect(page.body).toContain(`action="${LIFECYCLE_PATHS.action(d.id, "reject")}"`);
    // The specialist sees it, but the receive form is not theirs.
    const sp = await specialist.get(SERVICES_PATHS.dossier(d.id));
    expect(sp.statusCode).toBe(200);
    expect(sp.body).not.toContain(LIFECYCLE_PATHS.action(d.id, "receive"));
    expect((await otherUnit.get(SERVICES_PATHS.dossier(d.id))).statusCode).toBe(403);
    expect((await inspector.get(SERVICES_PATHS.dossier(d.id))).statusCode).toBe(403);
    expect(
      (await officer.get(SERVICES_PATHS.dossier("00000000-0000-7000-8000-000000000000"))).statusCode,
    ).toBe(404);
    expect((await officer.get(SERVICES_PATHS.dossier("not-a-uuid"))).statusCode).toBe(404);
    const anon = await ta.app.inject({ url: SERVICES_PATHS.dossier(d.id) });
    expect([302, 303, 401]).toContain(anon.statusCode);
  });

  it("runs the actions from the page: receive, assign, supplement request, with audit rows", async () => {
    const d = await insertTestDossier(ta.services.db, { procedureId, unitId: stp });
    const res = await officer.post(LIFECYCLE_PATHS.action(d.id, "receive"), {
      expectedVersion: String(d.version),
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(SERVICES_PATHS.dossier(d.id));
    let row = await dossierRow(d.id);
    expect(row.state).toBe("received");
    expect(row.due_on).not.toBeNull();
    const flash = await officer.get(SERVICES_PATHS.dossier(d.id));
    expect(flash.body).toContain(`Đã tiếp nhận hồ sơ ${d.code}`);
    // The assign form lists the unit's specialists and leaders.
    expect(flash.body).toContain(`value="${demoStaffId("chuyenvien.stp")}"`);

    const assign = await officer.post(LIFECYCLE_PATHS.action(d.id, "assign"), {
      expectedVersion: String(row.version),
      toAssigneeId: demoStaffId("chuyenvien.stp"),
    });
    expect(assign.statusCode).toBe(303);
    row = await dossierRow(d.id);
    expect(row).toMatchObject({ state: "processing", assignee_id: demoStaffId("chuyenvien.stp") });

    const supp = await specialist.post(LIFECYCLE_PATHS.action(d.id, "request_supplement"), {
      expectedVersion: String(row.version),
      note: "Bổ sung bản sao giấy khai sinh",
    });
    expect(supp.statusCode).toBe(303);
    row = await dossierRow(d.id);
    expect(row.state).toBe("supplement_requested");
    const paused = await specialist.get(SERVICES_PATHS.dossier(d.id));
    expect(paused.body).toContain('data-paused="true"');
    expect(paused.body).toContain("tạm dừng");
    expect(paused.body).toContain("Bổ sung bản sao giấy khai sinh");

    const audit = await ta.services.db
      .selectFrom("audit_log")
      .select(["action", "actor_id", "ip"])
      .where("entity_id", "=", d.id)
      .orderBy("id")
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      "dossier.receive",
      "dossier.assign",
      "dossier.request_supplement",
    ]);
    expect(audit[2]?.actor_id).toBe(demoStaffId("chuyenvien.stp"));
    expect(audit[0]?.ip).toBeTruthy();
  });

  it("refuses other units, wrong roles, illegal transitions and stale versions without writing", async () => {
    const d = await insertTestDossier(ta.services.db, { procedureId, unitId: stp });
    const v = String(d.version);
    expect(
      (await otherUnit.post(LIFECYCLE_PATHS.action(d.id, "reject"), { expectedVersion: v, note: "x" }))
        .statusCode,
    ).toBe(403);
    expect(
      (await specialist.post(LIFECYCLE_PATHS.action(d.id, "receive"), { expectedVersion: v })).statusCode,
    ).toBe(403);
    const illegal = await leader.post(LIFECYCLE_PATHS.action(d.id, "approve"), { expectedVersion: v });
    expect(illegal.statusCode).toBe(409);
    expect(illegal.body).toContain("Không thể phê duyệt: hồ sơ đang ở trạng thái 'Chờ tiếp nhận'");
    const stale = await officer.post(LIFECYCLE_PATHS.action(d.id, "receive"), {
      expectedVersion: String(d.version + 3),
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain("Hồ sơ vừa được người khác cập nhật");
    expect((await officer.post(LIFECYCLE_PATHS.action(d.id, "fly"), { expectedVersion: v })).statusCode).toBe(
      404,
    );
    expect((await officer.post(LIFECYCLE_PATHS.action(d.id, "receive"), {})).statusCode).toBe(400);
    const row = await dossierRow(d.id);
    expect(row.version).toBe(d.version);
    expect(row.state).toBe("submitted");
    const events = await ta.services.db
      .selectFrom("dossier_events")
      .select("id")
      .where("dossier_id", "=", d.id)
      .execute();
    expect(events).toEqual([]);
  });

  it("re-renders a form with its errors and what was typed (422)", async () => {
    const d = await insertTestDossier(ta.services.db, { procedureId, unitId: stp });
    const res = await officer.post(LIFECYCLE_PATHS.action(d.id, "reject"), {
      expectedVersion: String(d.version),
      note: "",
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain("Hãy ghi rõ lý do");
    expect(res.body).toContain('href="#f-reject-note"');
    expect(res.body).toContain('id="f-reject-note"');
    await officer.post(LIFECYCLE_PATHS.action(d.id, "receive"), { expectedVersion: String(d.version) });
    const row = await dossierRow(d.id);
    const wrong = await officer.post(LIFECYCLE_PATHS.action(d.id, "assign"), {
      expectedVersion: String(row.version),
      toAssigneeId: demoStaffId("chuyenvien.skhdt"),
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.body).toContain("không phải chuyên viên hoặc lãnh đạo");
    await officer.post(LIFECYCLE_PATHS.action(d.id, "assign"), {
      expectedVersion: String(row.version),
      toAssigneeId: demoStaffId("chuyenvien.stp"),
    });
    const r2 = await dossierRow(d.id);
    const transfer = await specialist.post(LIFECYCLE_PATHS.action(d.id, "transfer"), {
      expectedVersion: String(r2.version),
      toUnitId: "khong-phai-don-vi",
      note: "Ghi chú được giữ lại",
    });
    expect(transfer.statusCode).toBe(422);
    expect(transfer.body).toContain("Ghi chú được giữ lại");
    expect(transfer.body).toContain("Đơn vị được chọn không tồn tại");
  });

  it("serves the control slip as a PDF with a row per hand-over", async () => {
    const d = await insertTestDossier(ta.services.db, { procedureId, unitId: stp });
    await officer.post(LIFECYCLE_PATHS.action(d.id, "receive"), { expectedVersion: String(d.version) });
    const res = await officer.get(SERVICES_PATHS.dossierControlSlipPdf(d.id));
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("application/pdf");
    expect(res.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const pdf = await PDFDocument.load(res.rawPayload);
    expect(pdf.getTitle()).toBe(`Phiếu kiểm soát quá trình giải quyết hồ sơ ${d.code}`);
    expect((await otherUnit.get(SERVICES_PATHS.dossierControlSlipPdf(d.id))).statusCode).toBe(403);
    const page = await officer.get(SERVICES_PATHS.dossier(d.id));
    expect(page.body).toContain('data-action="receive"');
  });

  it("lets staff download the dossier's files, not other units", async () => {
    const d = await insertTestDossier(ta.services.db, { procedureId, unitId: stp });
    const bytes = Buffer.from("%PDF-1.4\n% tờ khai\n");
    const stored = await ta.services.files.put(bytes);
    const fileId = crypto.randomUUID();
    await ta.services.db
      .insertInto("dossier_files")
      .values({
        id: fileId,
        dossier_id: d.id,
        document_key: "to-khai",
        kind: "submission",
        sha256: stored.sha256,
        filename: "Tờ khai.pdf",
        mime_type: "application/pdf",
        size_bytes: bytes.length,
      })
      .execute();
    const page = await officer.get(SERVICES_PATHS.dossier(d.id));
    expect(page.body).toContain(LIFECYCLE_PATHS.file(d.id, fileId));
    const res = await officer.get(LIFECYCLE_PATHS.file(d.id, fileId));
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(bytes)).toBe(true);
    expect(res.headers["content-disposition"]).toContain("attachment");
    expect((await otherUnit.get(LIFECYCLE_PATHS.file(d.id, fileId))).statusCode).toBe(403);
    expect((await officer.get(LIFECYCLE_PATHS.file(d.id, crypto.randomUUID()))).statusCode).toBe(404);
  });
});

function multipart(file: { name: string; type: string; bytes: Buffer }) {
  const boundary = "----congso-lifecycle-test";
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="resultFile"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), file.bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

describe("the result file", () => {
  it("uploads a sniffed result file, refuses a disguised one, and only while the result is prepared", async () => {
    const d = await insertTestDossier(ta.services.db, {
      procedureId,
      unitId: stp,
      state: "processing",
      assigneeId: demoStaffId("chuyenvien.stp"),
      receivedAt: new Date(),
      dueOn: dayFromToday(20),
    });
    const page = await specialist.get(SERVICES_PATHS.dossier(d.id));
    expect(page.body).toContain('name="resultFile"');
    const send = (s: StaffSession, file: { name: string; type: string; bytes: Buffer }) => {
      const body = multipart(file);
      return ta.app.inject({
        method: "POST",
        url: `${LIFECYCLE_PATHS.resultFile(d.id)}?_csrf=${encodeURIComponent(s.csrf)}`,
        headers: { cookie: s.cookie, "content-type": body.contentType },
        payload: body.payload,
      });
    };
    const fake = await send(specialist, {
      name: "ket-qua.pdf",
      type: "application/pdf",
      bytes: Buffer.from("chỉ là chữ"),
    });
    expect(fake.statusCode).toBe(422);
    const pdfBytes = Buffer.from(await (await PDFDocument.create()).save());
    expect(
      (await send(otherUnit, { name: "ket-qua.pdf", type: "application/pdf", bytes: pdfBytes })).statusCode,
    ).toBe(403);
    const ok = await send(specialist, { name: "Quyết định.pdf", type: "application/pdf", bytes: pdfBytes });
    expect(ok.statusCode).toBe(303);
    const files = await ta.services.db
      .selectFrom("dossier_files")
      .selectAll()
      .where("dossier_id", "=", d.id)
      .execute();
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({
      kind: "result",
      filename: "Quyết định.pdf",
      uploaded_by_staff: demoStaffId("chuyenvien.stp"),
    });
    const audit = await ta.services.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", d.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["dossier.result_file"]);
    await ta.services.db.updateTable("dossiers").set({ state: "returned" }).where("id", "=", d.id).execute();
    expect(
      (await send(specialist, { name: "a.pdf", type: "application/pdf", bytes: pdfBytes })).statusCode,
    ).toBe(409);
  });
});

describe("late dossiers and the apology slip", () => {
  async function lateDossier(state: "processing" | "result_ready" = "processing") {
    const due = dayFromToday(-10);
    return insertTestDossier(ta.services.db, {
      procedureId,
      unitId: stp,
      state,
      assigneeId: demoStaffId("chuyenvien.stp"),
      receivedAt: new Date(Date.now() - 20 * 86_400_000),
      dueOn: due,
      resolvedAt: state === "result_ready" ? new Date(Date.now() - 86_400_000) : null,
    });
  }

  async function nextWorkingDay(afterDays: number): Promise<string> {
    const now = new Date();
    const cal = await loadWorkingCalendar(ta.services.db, [now.getUTCFullYear(), now.getUTCFullYear() + 1]);
    for (let n = afterDays; ; n++) {
      const day = dayFromToday(n);
      if (cal.isWorkingDay(day)) return day;
    }
  }

  const vi = (iso: string) => formatViDate(parseIso(iso) as number);

  it("shows an overdue dossier in red with the apology form, and validates it", async () => {
    const d = await lateDossier();
    const page = await specialist.get(SERVICES_PATHS.dossier(d.id));
    expect(page.body).toContain('data-lateness="overdue"');
    expect(page.body).toContain("quá hạn");
    expect(page.body).toContain(`action="${LIFECYCLE_PATHS.apology(d.id)}"`);

    const empty = await specialist.post(LIFECYCLE_PATHS.apology(d.id), { reason: "", newDate: "" });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain("Hãy ghi lý do chậm trễ");
    expect(empty.body).toContain("Hãy nhập ngày hẹn trả mới");
    const bad = await specialist.post(LIFECYCLE_PATHS.apology(d.id), {
      reason: "Chờ xác minh",
      newDate: "31/02/2026",
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain("Ngày hẹn trả không hợp lệ");
    expect(bad.body).toContain("Chờ xác minh");
    const past = await specialist.post(LIFECYCLE_PATHS.apology(d.id), {
      reason: "Chờ xác minh",
      newDate: vi(dayFromToday(-1)),
    });
    expect(past.statusCode).toBe(422);
    expect(past.body).toContain("phải sau ngày hôm nay");
    // A Sunday is not a working day.
    let sunday = 2;
    while (new Date(`${dayFromToday(sunday)}T00:00:00Z`).getUTCDay() !== 0) sunday++;
    const weekend = await specialist.post(LIFECYCLE_PATHS.apology(d.id), {
      reason: "Chờ xác minh",
      newDate: vi(dayFromToday(sunday)),
    });
    expect(weekend.statusCode).toBe(422);
    expect(weekend.body).toContain("phải là ngày làm việc");
    expect(
      await ta.services.db
        .selectFrom("dossier_apologies")
        .select("id")
        .where("dossier_id", "=", d.id)
        .execute(),
    ).toEqual([]);
    expect(
      (await otherUnit.post(LIFECYCLE_PATHS.apology(d.id), { reason: "x", newDate: "01/01/2030" }))
        .statusCode,
    ).toBe(403);
  });

  it("issues the slip, then lets the desk return the late result", async () => {
    const d = await lateDossier("result_ready");
    const blocked = await officer.post(LIFECYCLE_PATHS.action(d.id, "return_result"), {
      expectedVersion: String(d.version),
    });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.body).toContain("Phiếu xin lỗi và hẹn lại ngày trả kết quả");

    const newDay = await nextWorkingDay(2);
    const res = await officer.post(LIFECYCLE_PATHS.apology(d.id), {
      reason: "Cần lấy ý kiến cơ quan phối hợp",
      newDate: vi(newDay),
    });
    expect(res.statusCode).toBe(303);
    const row = await dossierRow(d.id);
    expect(row.apology_due_on).toBe(newDay);
    expect(row.version).toBe(d.version + 1);
    const apology = await ta.services.db
      .selectFrom("dossier_apologies")
      .selectAll()
      .where("dossier_id", "=", d.id)
      .executeTakeFirstOrThrow();
    expect(apology).toMatchObject({
      previous_due_on: d.due_on,
      new_due_on: newDay,
      reason: "Cần lấy ý kiến cơ quan phối hợp",
      issued_by: demoStaffId("motcua.stp"),
    });
    const event = await ta.services.db
      .selectFrom("dossier_events")
      .selectAll()
      .where("dossier_id", "=", d.id)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ action: "apology", from_state: "result_ready", to_state: "result_ready" });
    const audit = await ta.services.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", d.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["dossier.apology"]);

    const pdf = await officer.get(SERVICES_PATHS.dossierApologyPdf(d.id, apology.id));
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toContain("application/pdf");
    expect((await PDFDocument.load(pdf.rawPayload)).getTitle()).toBe(
      `Phiếu xin lỗi và hẹn lại ngày trả kết quả ${d.code}`,
    );
    expect((await officer.get(SERVICES_PATHS.dossierApologyPdf(d.id, crypto.randomUUID()))).statusCode).toBe(
      404,
    );

    const returned = await officer.post(LIFECYCLE_PATHS.action(d.id, "return_result"), {
      expectedVersion: String(row.version),
    });
    expect(returned.statusCode).toBe(303);
    expect((await dossierRow(d.id)).state).toBe("returned");
  });

  it("refuses a slip for a dossier that is not late", async () => {
    const d = await insertTestDossier(ta.services.db, {
      procedureId,
      unitId: stp,
      state: "processing",
      receivedAt: new Date(),
      dueOn: dayFromToday(30),
    });
    const page = await officer.get(SERVICES_PATHS.dossier(d.id));
    expect(page.body).not.toContain(LIFECYCLE_PATHS.apology(d.id));
    const res = await officer.post(LIFECYCLE_PATHS.apology(d.id), {
      reason: "x",
      newDate: vi(dayFromToday(40)),
    });
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain("chưa cần phiếu xin lỗi");
  });
});
