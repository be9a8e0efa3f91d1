import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { startMessageGateway, type TestMessageGateway } from "../../../../test/support/message-gateway.js";
import { createStaff } from "../../../../test/support/staff-session.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { createJobQueue, type JobLogger } from "../../../platform/jobs/index.js";
import { registerMessageJobs } from "../../../platform/notify/gateways.js";
import { applyTransition } from "../lifecycle/transitions.js";
import type { Dossier, DossierEvent } from "../tables.js";
import { notifyDossierChange } from "./dossier-notify.js";
import { insertDossier, insertProcedure, insertUnit } from "./test-fixtures.js";

const quiet: JobLogger = { info() {}, warn() {}, error() {} };

let gw: TestMessageGateway;
let t: TestApp;
let unitId: string;
let procedureId: string;

beforeAll(async () => {
  gw = await startMessageGateway();
  t = await startTestApp({
    seed: "none",
    env: { ...gw.env, PUBLIC_URL: "https://dichvucong.quangngai.gov.vn" },
  });
  unitId = await insertUnit(t.services.db, { name: "Sở Tư pháp thử nghiệm" });
  procedureId = await insertProcedure(t.services.db, { unitId });
});
afterAll(async () => {
  await t?.close();
  await gw?.close();
});

type Ev = Pick<DossierEvent, "action" | "from_state" | "to_state" | "note" | "due_on">;

async function notify(d: Dossier, event: Ev) {
  await inTransaction(t.services.db, (tx) => notifyDossierChange(t.services, tx, d, event));
}

async function jobsOf(d: Dossier) {
  const rows = await t.services.db
    .selectFrom("jobs")
    .select(["queue", "payload", "dedupe_key"])
    .where("dedupe_key", "like", `%:${d.id}:%`)
    .orderBy("id")
    .execute();
  return rows.map((r) => ({ ...r, payload: r.payload as Record<string, string> }));
}

describe("notifyDossierChange", () => {
  it("on receipt enqueues an SMS, a Zalo message and an email with the code, due date and lookup link", async () => {
    const d = await insertDossier(t.services.db, {
      procedureId,
      unitId,
      state: "received",
      dueOn: "2026-03-16",
      version: 2,
    });
    await notify(d, {
      action: "receive",
      from_state: "submitted",
      to_state: "received",
      note: null,
      due_on: "2026-03-16",
    });
    const jobs = await jobsOf(d);
    expect(jobs.map((j) => j.queue).sort()).toEqual(["email", "sms", "zalo"]);
    const sms = jobs.find((j) => j.queue === "sms");
    expect(sms?.dedupe_key).toBe(`sms:${d.id}:receive:2`);
    expect(sms?.payload.to).toBe("84905123456");
    expect(sms?.payload.text).toContain(d.code);
    expect(sms?.payload.text).toContain("16/03/2026");
    expect(sms?.payload.text).toContain("https://dichvucong.quangngai.gov.vn/dich-vu-cong/tra-cuu");
    expect(sms?.payload.text).toMatch(/^[\x20-\x7e]*$/);
    const zalo = jobs.find((j) => j.queue === "zalo");
    expect(zalo?.payload.text).toContain("Sở Tư pháp thử nghiệm");
    expect(zalo?.payload.text).toContain(`ma=${encodeURIComponent(d.code)}`);
    const email = jobs.find((j) => j.queue === "email");
    expect(email?.payload.to).toBe("nguyen.thi.hong@example.vn");
    expect(email?.payload.subject).toBe(`Hồ sơ ${d.code} đã được tiếp nhận`);
  });

  it("enqueues each message once even when the same change is notified twice", async () => {
    const d = await insertDossier(t.services.db, { procedureId, unitId, state: "rejected", version: 3 });
    const ev: Ev = {
      action: "reject",
      from_state: "received",
      to_state: "rejected",
      note: "Không thuộc thẩm quyền",
      due_on: null,
    };
    await notify(d, ev);
    await notify(d, ev);
    const jobs = await jobsOf(d);
    expect(jobs).toHaveLength(3);
    expect(jobs.find((j) => j.queue === "sms")?.payload.text).toContain("Ly do: Khong thuoc tham quyen");
  });

  it("sends nothing for internal hand-overs, nor for a counter submission (the receipt notice follows)", async () => {
    const d = await insertDossier(t.services.db, {
      procedureId,
      unitId,
      state: "processing",
      receiptChannel: "counter",
    });
    for (const action of ["assign", "transfer", "submit_for_approval", "send_back"] as const) {
      await notify(d, {
        action,
        from_state: "processing",
        to_state: "processing",
        note: "nội bộ",
        due_on: null,
      });
    }
    await notify(d, { action: "submit", from_state: null, to_state: "submitted", note: null, due_on: null });
    expect(await jobsOf(d)).toEqual([]);
  });

  it("uses only the channels the applicant can be reached on", async () => {
    const landline = await insertDossier(t.services.db, { procedureId, unitId, phone: "0255 3822 158" });
    await notify(landline, {
      action: "submit",
      from_state: null,
      to_state: "submitted",
      note: null,
      due_on: null,
    });
    expect((await jobsOf(landline)).map((j) => j.queue)).toEqual(["email"]);

    const phoneOnly = await insertDossier(t.services.db, { procedureId, unitId, email: null });
    await notify(phoneOnly, {
      action: "submit",
      from_state: null,
      to_state: "submitted",
      note: null,
      due_on: null,
    });
    expect((await jobsOf(phoneOnly)).map((j) => j.queue).sort()).toEqual(["sms", "zalo"]);

    const none = await insertDossier(t.services.db, { procedureId, unitId, email: null, phone: null });
    await notify(none, {
      action: "submit",
      from_state: null,
      to_state: "submitted",
      note: null,
      due_on: null,
    });
    expect(await jobsOf(none)).toEqual([]);
  });

  it("says whether a result is early, on time or late, from the Vietnamese day of the result", async () => {
    const cases = [
      { resolvedAt: new Date("2026-03-13T03:00:00Z"), word: "truoc han" },
      // 16/03 23:30 in Vietnam is still the due day.
      { resolvedAt: new Date("2026-03-16T16:30:00Z"), word: "dung han" },
      { resolvedAt: new Date("2026-03-16T17:30:00Z"), word: "qua han" },
    ];
    for (const c of cases) {
      const d = await insertDossier(t.services.db, {
        procedureId,
        unitId,
        state: "result_ready",
        dueOn: "2026-03-16",
        resolvedAt: c.resolvedAt,
      });
      await notify(d, {
        action: "approve",
        from_state: "awaiting_approval",
        to_state: "result_ready",
        note: null,
        due_on: "2026-03-16",
      });
      const sms = (await jobsOf(d)).find((j) => j.queue === "sms");
      expect(sms?.payload.text).toContain(`co ket qua ${c.word}`);
    }
  });

  it("a supplement request carries the note and the supplement link with the receipt's token", async () => {
    const d = await insertDossier(t.services.db, {
      procedureId,
      unitId,
      state: "supplement_requested",
      version: 4,
    });
    await notify(d, {
      action: "request_supplement",
      from_state: "received",
      to_state: "supplement_requested",
      note: "Thiếu bản sao giấy khai sinh",
      due_on: null,
    });
    const jobs = await jobsOf(d);
    const link = `https://dichvucong.quangngai.gov.vn/dich-vu-cong/ho-so/${encodeURIComponent(d.code)}/bo-sung?k=${d.lookup_token}`;
    expect(jobs.find((j) => j.queue === "sms")?.payload.text).toContain("Thieu ban sao giay khai sinh");
    expect(jobs.find((j) => j.queue === "zalo")?.payload.text).toContain(link);
    expect(jobs.find((j) => j.queue === "email")?.payload.text).toContain("Thiếu bản sao giấy khai sinh");
  });

  it("an apology gives the new date", async () => {
    const d = await insertDossier(t.services.db, {
      procedureId,
      unitId,
      state: "processing",
      dueOn: "2026-03-16",
      apologyDueOn: "2026-03-20",
    });
    await notify(d, {
      action: "apology",
      from_state: "processing",
      to_state: "processing",
      note: "Cần xác minh",
      due_on: "2026-03-20",
    });
    const jobs = await jobsOf(d);
    expect(jobs.find((j) => j.queue === "sms")?.payload.text).toContain("20/03/2026");
    expect(jobs.find((j) => j.queue === "sms")?.dedupe_key).toBe(`sms:${d.id}:apology:1-2026-03-20`);
  });
});

describe("through applyTransition and the gateways", () => {
  it("a receipt by an officer reaches the applicant's phone by SMS and Zalo; a rolled-back one sends nothing", async () => {
    const officer = await createStaff(t.services.db, {
      username: "motcua.thu",
      unitId,
      grants: [{ role: "one_stop_officer", unitId }],
    });
    const queue = createJobQueue({ db: t.services.db, log: quiet, concurrency: 16 });
    registerMessageJobs({ ...t.services, jobs: queue });
    const services = { ...t.services, jobs: queue };

    const rolledBack = await insertDossier(t.services.db, { procedureId, unitId });
    await expect(
      inTransaction(t.services.db, async (tx) => {
        await applyTransition(services, tx, {
          dossierId: rolledBack.id,
          action: "receive",
          actor: { kind: "staff", staffId: officer.id },
        });
        throw new Error("the caller failed afterwards");
      }),
    ).rejects.toThrow("the caller failed afterwards");
    expect(await jobsOf(rolledBack)).toEqual([]);

    const d = await insertDossier(t.services.db, { procedureId, unitId, phone: "+84 912 345 678" });
    const before = gw.messages.length;
    const updated = await inTransaction(t.services.db, (tx) =>
      applyTransition(services, tx, {
        dossierId: d.id,
        action: "receive",
        actor: { kind: "staff", staffId: officer.id },
      }),
    );
    expect(updated.state).toBe("received");
    // Earlier tests left jobs on the queues too: run rounds until none is due.
    while ((await queue.runDueJobs()) > 0) {}
    const arrived = gw.messages.slice(before).filter((m) => m.to === "84912345678");
    expect(arrived.map((m) => m.channel).sort()).toEqual(["sms", "zalo"]);
    expect(arrived.every((m) => m.text.includes(d.code))).toBe(true);
    await queue.stop();
  });
});
