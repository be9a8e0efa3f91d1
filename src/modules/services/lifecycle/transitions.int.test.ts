import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { AppError } from "../../../platform/http/errors.js";
import { t } from "../../../platform/i18n/index.js";
import { demoStaffId } from "../../orgs/staff-bootstrap.js";
import { insertTestDossier, insertTestProcedure, unitIdByCode } from "./test-fixtures.js";
import { applyTransition, type TransitionRequest } from "./transitions.js";

let ta: TestApp;
let stp: string;
let skhdt: string;
let procedureId: string;
let simpleProcedureId: string;
const officer = { kind: "staff", staffId: demoStaffId("motcua.stp") } as const;
const specialist = { kind: "staff", staffId: demoStaffId("chuyenvien.stp") } as const;
const leader = { kind: "staff", staffId: demoStaffId("lanhdao.stp") } as const;
const vn = (day: string, hhmm = "09:00") => new Date(`${day}T${hhmm}:00+07:00`);

function run(req: TransitionRequest) {
  return inTransaction(ta.services.db, (tx) => applyTransition(ta.services, tx, req));
}

async function refusal(req: TransitionRequest): Promise<{ status: number; message: string; code: string }> {
  try {
    await run(req);
  } catch (err) {
    if (err instanceof AppError) {
      return { status: err.statusCode, code: err.code, message: t("vi", err.messageKey, err.params) };
    }
    throw err;
  }
  throw new Error("the transition was not refused");
}

async function eventsOf(id: string) {
  return ta.services.db
    .selectFrom("dossier_events")
    .selectAll()
    .where("dossier_id", "=", id)
    .orderBy("id")
    .execute();
}

beforeAll(async () => {
  ta = await startTestApp();
  stp = await unitIdByCode(ta.services.db, "STP");
  skhdt = await unitIdByCode(ta.services.db, "SKHDT");
  procedureId = await insertTestProcedure(ta.services.db, { unitId: stp, processingDays: 5 });
  simpleProcedureId = await insertTestProcedure(ta.services.db, { unitId: stp, leaderStep: false });
});
afterAll(async () => {
  await ta?.close();
});

describe("applyTransition", () => {
  it("takes a dossier through the whole path with its clock, events and audit rows", async () => {
    const d = await insertTestDossier(ta.services.db, {
      procedureId,
      unitId: stp,
      submittedAt: vn("2026-04-24"),
    });
    // Mon 27/4/2026 is the day off for Hùng Kings' day: the receipt counts from 28/4 → 29, 4, 5, 6, 7 → due 7/5.
    const received = await run({ dossierId: d.id, action: "receive", actor: officer, at: vn("2026-04-27") });
    expect(received.state).toBe("received");
    expect(received.due_on).toBe("2026-05-07");
    expect(received.received_at).toEqual(vn("2026-04-27"));
    expect(received.version).toBe(d.version + 1);

    const assigned = await run({
      dossierId: d.id,
      action: "assign",
      actor: officer,
      toAssigneeId: specialist.staffId,
      expectedVersion: received.version,
      at: vn("2026-04-28"),
    });
    expect(assigned.state).toBe("processing");
    expect(assigned.assignee_id).toBe(specialist.staffId);

    // Paused on 29/4 with 4, 5, 6, 7 May left; resumed on Mon 11/5 → 12, 13, 14, 15.
    const paused = await run({
      dossierId: d.id,
      action: "request_supplement",
      actor: specialist,
      note: "Thiếu bản sao giấy khai sinh",
      at: vn("2026-04-29"),
    });
    expect(paused.state).toBe("supplement_requested");
    expect(paused.paused_days_left).toBe(4);
    expect(paused.paused_at).toEqual(vn("2026-04-29"));
    const resumed = await run({
      dossierId: d.id,
      action: "supplement",
      actor: { kind: "citizen", citizenId: null },
      at: vn("2026-05-11"),
    });
    expect(resumed.state).toBe("processing");
    expect(resumed.due_on).toBe("2026-05-15");
    expect(resumed.paused_at).toBeNull();
    expect(resumed.paused_days_left).toBeNull();

    await run({ dossierId: d.id, action: "submit_for_approval", actor: specialist, at: vn("2026-05-12") });
    await run({
      dossierId: d.id,
      action: "send_back",
      actor: leader,
      note: "Bổ sung ý kiến",
      at: vn("2026-05-12"),
    });
    await run({ dossierId: d.id, action: "submit_for_approval", actor: specialist, at: vn("2026-05-13") });
    const approved = await run({ dossierId: d.id, action: "approve", actor: leader, at: vn("2026-05-14") });
    expect(approved.state).toBe("result_ready");
    expect(approved.resolved_at).toEqual(vn("2026-05-14"));
    const returned = await run({
      dossierId: d.id,
      action: "return_result",
      actor: officer,
      at: vn("2026-05-18"),
    });
    expect(returned.state).toBe("returned");
    expect(returned.returned_at).toEqual(vn("2026-05-18"));

    const events = await eventsOf(d.id);
    expect(events.map((e) => e.action)).toEqual([
      "receive",
      "assign",
      "request_supplement",
      "supplement",
      "submit_for_approval",
      "send_back",
      "submit_for_approval",
      "approve",
      "return_result",
    ]);
    expect(events[1]).toMatchObject({
      from_state: "received",
      to_state: "processing",
      from_unit_id: stp,
      to_unit_id: stp,
      from_assignee_id: null,
      to_assignee_id: specialist.staffId,
      actor_staff_id: officer.staffId,
    });
    expect(events[2]?.note).toBe("Thiếu bản sao giấy khai sinh");
    expect(events[3]).toMatchObject({ actor_staff_id: null, actor_citizen_id: null, due_on: "2026-05-15" });

    const audit = await ta.services.db
      .selectFrom("audit_log")
      .selectAll()
      .where("entity_type", "=", "dossier")
      .where("entity_id", "=", d.id)
      .orderBy("id")
      .execute();
    // Every staff action is audited; the citizen's supplement is not a staff write.
    expect(audit.map((a) => a.action)).toEqual([
      "dossier.receive",
      "dossier.assign",
      "dossier.request_supplement",
      "dossier.submit_for_approval",
      "dossier.send_back",
      "dossier.submit_for_approval",
      "dossier.approve",
      "dossier.return_result",
    ]);
    expect(audit[0]?.actor_id).toBe(officer.staffId);
    expect(audit[0]?.before).toMatchObject({ state: "submitted" });
    expect(audit[0]?.after).toMatchObject({ state: "received", due_on: "2026-05-07" });
  });

  it("refuses an illegal transition with a clear message and writes nothing", async () => {
    const d = await insertTestDossier(ta.services.db, {
      procedureId,
      unitId: stp,
      state: "supplement_requested",
    });
    const r = await refusal({ dossierId: d.id, action: "return_result", actor: officer });
    expect(r).toEqual({
      status: 409,
      code: "illegal_transition",
      message: "Không thể trả kết quả: hồ sơ đang ở trạng thái 'Chờ bổ sung'",
    });
    const after = await ta.services.db
      .selectFrom("dossiers")
      .selectAll()
      .where("id", "=", d.id)
      .executeTakeFirst();
    expect(after?.version).toBe(d.version);
    expect(after?.state).toBe("supplement_requested");
    expect(await eventsOf(d.id)).toEqual([]);
    // A procedure with a leader step cannot skip the leader.
    const p = await insertTestDossier(ta.services.db, {
      procedureId,
      unitId: stp,
      state: "processing",
      assigneeId: specialist.staffId,
    });
    expect((await refusal({ dossierId: p.id, action: "result_ready", actor: specialist })).message).toContain(
      "cần lãnh đạo phê duyệt",
    );
    const s = await insertTestDossier(ta.services.db, {
      procedureId: simpleProcedureId,
      unitId: stp,
      state: "processing",
      receivedAt: vn("2026-04-20"),
      dueOn: "2026-04-27",
    });
    const ready = await run({
      dossierId: s.id,
      action: "result_ready",
      actor: specialist,
      at: vn("2026-04-24"),
    });
    expect(ready.state).toBe("result_ready");
    // "submit" only happens at creation.
    expect((await refusal({ dossierId: s.id, action: "submit", actor: officer })).status).toBe(409);
  });

  it("refuses on a stale version", async () => {
    const d = await insertTestDossier(ta.services.db, { procedureId, unitId: stp });
    const r = await refusal({
      dossierId: d.id,
      action: "receive",
      actor: officer,
      expectedVersion: d.version + 5,
    });
    expect(r.status).toBe(409);
    expect(r.message).toContain("Hồ sơ vừa được người khác cập nhật");
    expect(await eventsOf(d.id)).toEqual([]);
  });

  it("checks the role and the unit of each action", async () => {
    const d = await insertTestDossier(ta.services.db, { procedureId, unitId: stp });
    // A specialist does not receive; another unit's staff do nothing here.
    expect((await refusal({ dossierId: d.id, action: "receive", actor: specialist })).status).toBe(403);
    const other = { kind: "staff", staffId: demoStaffId("chuyenvien.skhdt") } as const;
    expect((await refusal({ dossierId: d.id, action: "reject", actor: other, note: "x" })).status).toBe(403);
    // Citizens may only supplement or withdraw.
    expect(
      (await refusal({ dossierId: d.id, action: "receive", actor: { kind: "citizen", citizenId: null } }))
        .status,
    ).toBe(403);
    await run({ dossierId: d.id, action: "receive", actor: officer, at: vn("2026-04-20") });
    // Only a leader approves.
    await run({ dossierId: d.id, action: "assign", actor: officer, toAssigneeId: specialist.staffId });
    await run({ dossierId: d.id, action: "submit_for_approval", actor: specialist });
    expect((await refusal({ dossierId: d.id, action: "approve", actor: specialist })).status).toBe(403);
    expect((await refusal({ dossierId: d.id, action: "approve", actor: officer })).status).toBe(403);
    // The system administrator may do everything.
    const admin = await ta.services.db
      .selectFrom("role_grants")
      .select("user_id")
      .where("role", "=", "system_admin")
      .executeTakeFirstOrThrow();
    const done = await run({
      dossierId: d.id,
      action: "approve",
      actor: { kind: "staff", staffId: admin.user_id },
    });
    expect(done.state).toBe("result_ready");
  });

  it("checks the inputs an action needs", async () => {
    const d = await insertTestDossier(ta.services.db, { procedureId, unitId: stp });
    const noNote = await refusal({ dossierId: d.id, action: "reject", actor: officer, note: "  " });
    expect(noNote.status).toBe(422);
    expect(noNote.message).toContain("Hãy ghi rõ lý do");
    await run({ dossierId: d.id, action: "receive", actor: officer, at: vn("2026-04-20") });
    // The officer is not a specialist: a dossier cannot be assigned to them, nor to another unit's specialist.
    const wrong = await refusal({
      dossierId: d.id,
      action: "assign",
      actor: officer,
      toAssigneeId: officer.staffId,
    });
    expect(wrong.status).toBe(422);
    const skhdtSpecialist = demoStaffId("chuyenvien.skhdt");
    expect(
      (await refusal({ dossierId: d.id, action: "assign", actor: officer, toAssigneeId: skhdtSpecialist }))
        .status,
    ).toBe(422);
    const rejected = await run({
      dossierId: d.id,
      action: "reject",
      actor: officer,
      note: "Không thuộc thẩm quyền",
      at: vn("2026-04-21"),
    });
    expect(rejected).toMatchObject({
      state: "rejected",
      end_kind: "rejected",
      end_reason: "Không thuộc thẩm quyền",
    });
    expect(rejected.ended_at).toEqual(vn("2026-04-21"));
  });

  it("transfers between units and lets the receiving desk return the result", async () => {
    const d = await insertTestDossier(ta.services.db, { procedureId, unitId: stp });
    await run({ dossierId: d.id, action: "receive", actor: officer, at: vn("2026-06-01") });
    await run({ dossierId: d.id, action: "assign", actor: officer, toAssigneeId: specialist.staffId });
    expect(
      (await refusal({ dossierId: d.id, action: "transfer", actor: specialist, toUnitId: stp })).message,
    ).toContain("đang ở đơn vị này");
    const moved = await run({
      dossierId: d.id,
      action: "transfer",
      actor: specialist,
      toUnitId: skhdt,
      toAssigneeId: demoStaffId("chuyenvien.skhdt"),
      note: "Lấy ý kiến Sở Kế hoạch và Đầu tư",
      at: vn("2026-06-02"),
    });
    expect(moved).toMatchObject({ state: "processing", current_unit_id: skhdt });
    expect(moved.assignee_id).toBe(demoStaffId("chuyenvien.skhdt"));
    // STP's specialist no longer holds it.
    expect(
      (await refusal({ dossierId: d.id, action: "submit_for_approval", actor: specialist })).status,
    ).toBe(403);
    await run({
      dossierId: d.id,
      action: "submit_for_approval",
      actor: { kind: "staff", staffId: demoStaffId("chuyenvien.skhdt") },
    });
    await run({
      dossierId: d.id,
      action: "approve",
      actor: { kind: "staff", staffId: demoStaffId("lanhdao.skhdt") },
      at: vn("2026-06-03"),
    });
    const returned = await run({
      dossierId: d.id,
      action: "return_result",
      actor: officer,
      at: vn("2026-06-04"),
    });
    expect(returned.state).toBe("returned");
    const events = await eventsOf(d.id);
    const transfer = events.find((e) => e.action === "transfer");
    expect(transfer).toMatchObject({
      from_unit_id: stp,
      to_unit_id: skhdt,
      from_assignee_id: specialist.staffId,
      to_assignee_id: demoStaffId("chuyenvien.skhdt"),
    });
  });

  it("requires an apology slip before returning a late result", async () => {
    const d = await insertTestDossier(ta.services.db, {
      procedureId,
      unitId: stp,
      state: "result_ready",
      receivedAt: vn("2026-04-01"),
      dueOn: "2026-04-08",
      resolvedAt: vn("2026-04-10"),
    });
    const r = await refusal({
      dossierId: d.id,
      action: "return_result",
      actor: officer,
      at: vn("2026-04-13"),
    });
    expect(r.status).toBe(409);
    expect(r.code).toBe("apology_required");
    expect(r.message).toContain("Phiếu xin lỗi và hẹn lại ngày trả kết quả");
    expect(r.message).toContain("08/04/2026");
    await ta.services.db
      .insertInto("dossier_apologies")
      .values({
        id: crypto.randomUUID(),
        dossier_id: d.id,
        previous_due_on: "2026-04-08",
        new_due_on: "2026-04-14",
        reason: "Cần xác minh thêm",
        issued_by: officer.staffId,
      })
      .execute();
    const ok = await run({ dossierId: d.id, action: "return_result", actor: officer, at: vn("2026-04-13") });
    expect(ok.state).toBe("returned");
  });

  it("lets the applicant withdraw, and not another citizen", async () => {
    const citizen = await ta.services.db.selectFrom("citizens").select("id").executeTakeFirst();
    const d = await insertTestDossier(ta.services.db, {
      procedureId,
      unitId: stp,
      citizenId: citizen?.id ?? null,
    });
    if (citizen) {
      const stranger = { kind: "citizen", citizenId: "00000000-0000-7000-8000-000000000000" } as const;
      expect(
        (await refusal({ dossierId: d.id, action: "withdraw", actor: stranger, note: "x" })).status,
      ).toBe(403);
    }
    const w = await run({
      dossierId: d.id,
      action: "withdraw",
      actor: { kind: "citizen", citizenId: citizen?.id ?? null },
      note: "Không còn nhu cầu",
    });
    expect(w).toMatchObject({ state: "withdrawn", end_kind: "withdrawn", end_reason: "Không còn nhu cầu" });
  });
});
