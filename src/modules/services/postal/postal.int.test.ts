import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { createStaff, type StaffSession, signIn } from "../../../../test/support/staff-session.js";
import {
  ensureMainSite,
  insertDossier,
  insertProcedure,
  insertUnit,
} from "../notifications/test-fixtures.js";
import { SERVICES_PATHS } from "../paths.js";
import type { Dossier } from "../tables.js";

let t: TestApp;
let officer: StaffSession;
let otherOfficer: StaffSession;
let specialist: StaffSession;
let unitId: string;
let procedureId: string;

async function session(username: string, unit: string, role: "one_stop_officer" | "specialist", ip: string) {
  const s = await createStaff(t.services.db, { username, unitId: unit, grants: [{ role, unitId: unit }] });
  return signIn(t.app, { username, password: s.password, totpSecret: s.totpSecret, remoteAddress: ip });
}

beforeAll(async () => {
  t = await startTestApp({ seed: "none" });
  const db = t.services.db;
  unitId = await insertUnit(db, { name: "Sở Tư pháp thử nghiệm" });
  const otherUnit = await insertUnit(db, { name: "Sở Xây dựng thử nghiệm" });
  await ensureMainSite(db);
  procedureId = await insertProcedure(db, { unitId });
  officer = await session("motcua.buuchinh", unitId, "one_stop_officer", "10.2.0.1");
  otherOfficer = await session("motcua.khac", otherUnit, "one_stop_officer", "10.2.0.2");
  specialist = await session("chuyenvien.buuchinh", unitId, "specialist", "10.2.0.3");
});
afterAll(async () => {
  await t?.close();
});

const validForm = {
  direction: "return",
  recipientName: "Nguyễn Thị Hồng",
  recipientPhone: "0905 123 456",
  street: "12 Hùng Vương",
  commune: "Phường Trần Phú",
  district: "TP. Quảng Ngãi",
  province: "Quảng Ngãi",
  postalService: "vnpost",
  trackingNumber: "",
};

async function shipmentsOf(d: Dossier) {
  return t.services.db.selectFrom("dossier_shipments").selectAll().where("dossier_id", "=", d.id).execute();
}

async function jobsOf(d: Dossier) {
  return t.services.db
    .selectFrom("jobs")
    .select(["queue", "payload", "dedupe_key"])
    .where("dedupe_key", "like", `%:${d.id}:postal:%`)
    .orderBy("id")
    .execute();
}

async function audits(d: Dossier) {
  return t.services.db
    .selectFrom("audit_log")
    .select(["action", "entity_id"])
    .where("entity_id", "=", d.id)
    .where("action", "like", "dossier_shipment.%")
    .execute();
}

describe("postal page: who may use it", () => {
  it("the one-stop officer of the dossier's unit sees it, prefilled from the applicant", async () => {
    const d = await insertDossier(t.services.db, { procedureId, unitId, address: "45 Lê Lợi" });
    const res = await officer.get(SERVICES_PATHS.dossierPostal(d.id));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`Bưu chính — hồ sơ ${d.code}`);
    expect(res.body).toContain('value="Nguyễn Thị Hồng"');
    expect(res.body).toContain('value="0905 123 456"');
    expect(res.body).toContain('value="45 Lê Lợi"');
  });

  it("an officer of another unit and a specialist get 403; an unknown dossier 404", async () => {
    const d = await insertDossier(t.services.db, { procedureId, unitId });
    expect((await otherOfficer.get(SERVICES_PATHS.dossierPostal(d.id))).statusCode).toBe(403);
    expect((await otherOfficer.post(SERVICES_PATHS.dossierPostal(d.id), validForm)).statusCode).toBe(403);
    expect((await specialist.get(SERVICES_PATHS.dossierPostal(d.id))).statusCode).toBe(403);
    expect(
      (await officer.get(SERVICES_PATHS.dossierPostal("01900000-0000-7000-8000-00000000dead"))).statusCode,
    ).toBe(404);
    expect(await shipmentsOf(d)).toHaveLength(0);
  });

  it("an anonymous visitor does not get the page", async () => {
    const d = await insertDossier(t.services.db, { procedureId, unitId });
    const res = await t.app.inject({ url: SERVICES_PATHS.dossierPostal(d.id) });
    expect(res.statusCode).not.toBe(200);
  });
});

describe("creating a shipment", () => {
  it("refuses bad input with field messages (422), keeps what was typed, writes nothing", async () => {
    const d = await insertDossier(t.services.db, { procedureId, unitId });
    const res = await officer.post(SERVICES_PATHS.dossierPostal(d.id), {
      ...validForm,
      commune: "",
      recipientPhone: "12345",
      trackingNumber: "EL123456789VN",
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain("Nhập xã/phường/thị trấn.");
    expect(res.body).toContain("Số điện thoại không hợp lệ.");
    expect(res.body).toContain("sai chữ số kiểm tra");
    expect(res.body).toContain('value="EL123456789VN"');
    expect(await shipmentsOf(d)).toHaveLength(0);
  });

  it("creates it with its first history row and an audit row; a second open one in the same direction is refused", async () => {
    const d = await insertDossier(t.services.db, { procedureId, unitId });
    const res = await officer.post(SERVICES_PATHS.dossierPostal(d.id), validForm);
    expect(res.statusCode).toBe(303);
    const [s] = await shipmentsOf(d);
    expect(s).toMatchObject({
      direction: "return",
      status: "created",
      tracking_number: null,
      commune: "Phường Trần Phú",
    });
    const events = await t.services.db
      .selectFrom("dossier_shipment_events")
      .selectAll()
      .where("shipment_id", "=", s?.id ?? "")
      .execute();
    expect(events.map((e) => e.status)).toEqual(["created"]);
    expect((await audits(d)).map((a) => a.action)).toEqual(["dossier_shipment.create"]);

    const again = await officer.post(SERVICES_PATHS.dossierPostal(d.id), validForm);
    expect(again.statusCode).toBe(422);
    expect(again.body).toContain("đã có một bưu gửi cùng chiều đang xử lý");
    expect(await shipmentsOf(d)).toHaveLength(1);
  });
});

describe("shipment statuses", () => {
  it("follows the flow, needs the tracking number to hand over, keeps a history, notifies the applicant of a return", async () => {
    const d = await insertDossier(t.services.db, { procedureId, unitId });
    await officer.post(SERVICES_PATHS.dossierPostal(d.id), validForm);
    const [s] = await shipmentsOf(d);
    const url = `${SERVICES_PATHS.dossierPostal(d.id)}/${s?.id}`;

    const skip = await officer.post(url, {
      status: "in_transit",
      from: "created",
      trackingNumber: "",
      note: "",
    });
    expect(skip.statusCode).toBe(422);
    expect(skip.body).toContain("Không thể chuyển bưu gửi từ trạng thái “Đã tạo” sang “Đang vận chuyển”");

    const noTracking = await officer.post(url, {
      status: "handed_over",
      from: "created",
      trackingNumber: "",
      note: "",
    });
    expect(noTracking.statusCode).toBe(422);
    expect(noTracking.body).toContain("Nhập số hiệu bưu gửi trước khi bàn giao");

    const handed = await officer.post(url, {
      status: "handed_over",
      from: "created",
      trackingNumber: "el 123 456 785 vn",
      note: "Bàn giao cho bưu tá Trần Văn Nam",
    });
    expect(handed.statusCode).toBe(303);
    let row = (await shipmentsOf(d))[0];
    expect(row).toMatchObject({ status: "handed_over", tracking_number: "EL123456785VN" });
    let jobs = await jobsOf(d);
    expect(jobs.map((j) => j.queue).sort()).toEqual(["email", "sms", "zalo"]);
    const sms = jobs.find((j) => j.queue === "sms");
    expect(sms?.dedupe_key).toBe(`sms:${d.id}:postal:${s?.id}:handed_over`);
    expect((sms?.payload as { text?: string } | undefined)?.text).toContain("EL123456785VN");

    // A stale form (the status changed since the page was shown) is refused.
    const stale = await officer.post(url, {
      status: "handed_over",
      from: "created",
      trackingNumber: "",
      note: "",
    });
    expect(stale.statusCode).toBe(422);
    expect(stale.body).toContain("vừa được người khác cập nhật");

    expect(
      (await officer.post(url, { status: "in_transit", from: "handed_over", trackingNumber: "", note: "" }))
        .statusCode,
    ).toBe(303);
    expect((await jobsOf(d)).length).toBe(3);
    expect(
      (await officer.post(url, { status: "delivered", from: "in_transit", trackingNumber: "", note: "" }))
        .statusCode,
    ).toBe(303);
    jobs = await jobsOf(d);
    expect(jobs.length).toBe(6);
    expect(jobs.some((j) => (j.payload as { text: string }).text.includes("da duoc phat thanh cong"))).toBe(
      true,
    );

    const final = await officer.post(url, {
      status: "in_transit",
      from: "delivered",
      trackingNumber: "",
      note: "",
    });
    expect(final.statusCode).toBe(422);
    expect(final.body).toContain("Bưu gửi đã kết thúc");

    row = (await shipmentsOf(d))[0];
    expect(row?.status).toBe("delivered");
    const history = await t.services.db
      .selectFrom("dossier_shipment_events")
      .select(["status", "note", "staff_id"])
      .where("shipment_id", "=", s?.id ?? "")
      .orderBy("id")
      .execute();
    expect(history.map((h) => h.status)).toEqual(["created", "handed_over", "in_transit", "delivered"]);
    expect(history[1]?.note).toBe("Bàn giao cho bưu tá Trần Văn Nam");
    expect(history.every((h) => h.staff_id !== null)).toBe(true);
    expect((await audits(d)).map((a) => a.action)).toEqual([
      "dossier_shipment.create",
      "dossier_shipment.status",
      "dossier_shipment.status",
      "dossier_shipment.status",
    ]);

    const page = await officer.get(SERVICES_PATHS.dossierPostal(d.id));
    expect(page.body).toContain("Bàn giao cho bưu tá Trần Văn Nam");
    expect(page.body).toContain("Đã phát thành công");
  });

  it("a receipt shipment's statuses notify nobody; a tracking number already used is refused", async () => {
    const d = await insertDossier(t.services.db, { procedureId, unitId });
    const create = await officer.post(SERVICES_PATHS.dossierPostal(d.id), {
      ...validForm,
      direction: "receipt",
      trackingNumber: "RR473124829VN",
    });
    expect(create.statusCode).toBe(303);
    const [s] = await shipmentsOf(d);
    const res = await officer.post(`${SERVICES_PATHS.dossierPostal(d.id)}/${s?.id}`, {
      status: "handed_over",
      from: "created",
      trackingNumber: "",
      note: "",
    });
    expect(res.statusCode).toBe(303);
    expect(await jobsOf(d)).toEqual([]);

    const d2 = await insertDossier(t.services.db, { procedureId, unitId });
    const dup = await officer.post(SERVICES_PATHS.dossierPostal(d2.id), {
      ...validForm,
      trackingNumber: "RR473124829VN",
    });
    expect(dup.statusCode).toBe(422);
    expect(dup.body).toContain("đã được dùng cho bưu gửi khác");
  });
});
