import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/support/app.js";
import { countQueries } from "../../../test/support/query-counter.js";
import {
  createStaff,
  type StaffSession,
  signIn,
  signInAsAdmin,
} from "../../../test/support/staff-session.js";
import { CalendarRangeError, loadWorkingCalendar } from "./index.js";
import { seedCalendarChanges } from "./seed.js";

const PAGE = "/admin/lich-lam-viec";
const vn = (local: string) => new Date(`${local}:00+07:00`);

/** The rows of one table of the page, as their data-day values. */
function tableDays(html: string, table: string): string[] {
  const body = new RegExp(`data-table="${table}"[\\s\\S]*?</table>`).exec(html)?.[0] ?? "";
  return [...body.matchAll(/<tr[^>]*data-day="([^"]+)"/g)].map((m) => m[1] as string);
}

describe("working calendar admin /admin/lich-lam-viec", () => {
  let t: TestApp;
  let admin: StaffSession;

  const overrideRows = () =>
    t.services.db.selectFrom("calendar_overrides").selectAll().orderBy("day").execute();
  const auditRows = (action: string) =>
    t.services.db.selectFrom("audit_log").selectAll().where("action", "=", action).orderBy("id").execute();

  beforeAll(async () => {
    t = await startTestApp({ seed: "none" });
    admin = await signInAsAdmin(t.app);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("shows the computed holidays of 2026 with Vietnamese weekdays, lunar dates and the compensatory day", async () => {
    const res = await admin.get(`${PAGE}?nam=2026`);
    expect(res.statusCode).toBe(200);
    expect(tableDays(res.body, "holidays")).toEqual([
      "01/01/2026",
      "16/02/2026",
      "17/02/2026",
      "18/02/2026",
      "19/02/2026",
      "20/02/2026",
      "26/04/2026",
      "30/04/2026",
      "01/05/2026",
      "01/09/2026",
      "02/09/2026",
    ]);
    expect(res.body).toMatch(/17\/02\/2026<\/time><\/td><td>Thứ Ba<\/td><td>01\/01<\/td><td>Tết Nguyên đán/);
    expect(res.body).toMatch(
      /26\/04\/2026<\/time><\/td><td>Chủ nhật<\/td><td>10\/03<\/td><td>Giỗ Tổ Hùng Vương/,
    );
    expect(tableDays(res.body, "compensations")).toEqual(["27/04/2026"]);
    expect(res.body).toContain("<caption>");
    expect(res.body).toContain("Năm 2026 có 250 ngày làm việc");
    expect(res.body).toContain("hồ sơ tiếp nhận từ 16:00");
  });

  it("refuses a year it cannot show with a message, showing the current year instead", async () => {
    const res = await admin.get(`${PAGE}?nam=abc`);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Năm phải là số từ 1900 đến 2199");
    expect((await admin.get(`${PAGE}?nam=2300`)).statusCode).toBe(400);
  });

  it("adds the 2025 swap (02/05 off, Saturday 26/04 worked), audited, and deadlines follow", async () => {
    const before = await loadWorkingCalendar(t.services.db, [2025]);
    expect(before.addWorkingDays(vn("2025-04-24T09:00"), 3)).toBe("2025-04-29");

    const off = await admin.post(`${PAGE}/dieu-chinh`, {
      date: "02/05/2025",
      kind: "day_off",
      reason: "  Hoán đổi ngày làm việc\ndịp nghỉ lễ 30/4 – 1/5  ",
      legal_basis: "Thông báo của Bộ Nội vụ",
    });
    expect(off.statusCode).toBe(303);
    expect(off.headers.location).toBe(`${PAGE}?nam=2025#dieu-chinh`);
    const work = await admin.post(`${PAGE}/dieu-chinh`, {
      date: "26/4/2025",
      kind: "working_day",
      reason: "Làm bù cho ngày 02/05/2025",
      legal_basis: "",
    });
    expect(work.statusCode).toBe(303);

    const rows = await overrideRows();
    expect(rows.map((r) => [r.day, r.kind, r.reason, r.legal_basis])).toEqual([
      ["2025-04-26", "working_day", "Làm bù cho ngày 02/05/2025", null],
      ["2025-05-02", "day_off", "Hoán đổi ngày làm việc dịp nghỉ lễ 30/4 – 1/5", "Thông báo của Bộ Nội vụ"],
    ]);
    const audits = await auditRows("calendar.override.create");
    expect(audits).toHaveLength(2);
    expect(audits[0]?.actor_name).toBeTruthy();
    expect(audits[0]?.entity_type).toBe("calendar_override");

    const page = await admin.get(`${PAGE}?nam=2025`);
    expect(page.body).toContain("Đã thêm điều chỉnh ngày 26/04/2025.");
    expect(tableDays(page.body, "overrides")).toEqual(["26/04/2025", "02/05/2025"]);
    expect(page.body).toMatch(/02\/05\/2025<\/time><\/td><td>Thứ Sáu<\/td><td>Ngày nghỉ/);

    // The edit cleared this process's cache: the next load sees the swap.
    const after = await loadWorkingCalendar(t.services.db, [2025]);
    expect(after).not.toBe(before);
    expect(after.addWorkingDays(vn("2025-04-24T09:00"), 3)).toBe("2025-04-28");
    expect(after.addWorkingDays(vn("2025-04-28T09:00"), 2)).toBe("2025-05-05");
  });

  it("refuses bad input with messages beside the fields, keeps the input and writes nothing", async () => {
    const count = (await overrideRows()).length;
    const audits = (await auditRows("calendar.override.create")).length;
    const cases: [Record<string, string>, string][] = [
      [{ date: "31/02/2025", kind: "day_off", reason: "Nghỉ bù theo thông báo" }, "là ngày có thật"],
      [{ date: "", kind: "day_off", reason: "Nghỉ bù theo thông báo" }, "Vui lòng nhập ngày."],
      [{ date: "03/05/2025", kind: "day_off", reason: "Nghỉ bù theo thông báo" }, "vốn đã là ngày nghỉ"],
      [{ date: "30/04/2025", kind: "day_off", reason: "Nghỉ bù theo thông báo" }, "đã là ngày nghỉ lễ, Tết"],
      [{ date: "06/05/2025", kind: "working_day", reason: "Làm bù theo thông báo" }, "đã là ngày làm việc"],
      [
        { date: "02/05/2025", kind: "day_off", reason: "Trùng ngày đã nhập" },
        "Ngày này đã có một điều chỉnh",
      ],
      [{ date: "07/05/2025", kind: "holiday", reason: "Nghỉ bù theo thông báo" }, "chọn loại điều chỉnh"],
      [{ date: "07/05/2025", kind: "day_off", reason: "" }, "Vui lòng nhập lý do."],
      [{ date: "07/05/2025", kind: "day_off", reason: "x".repeat(501) }, "không được quá 500 ký tự"],
    ];
    for (const [form, message] of cases) {
      const res = await admin.post(`${PAGE}/dieu-chinh`, form);
      expect(res.statusCode, JSON.stringify(form)).toBe(422);
      expect(res.body).toContain("Có lỗi trong biểu mẫu");
      expect(res.body).toContain(message);
      if (form.date) expect(res.body).toContain(`value="${form.date}"`);
    }
    // A day that already has a change: the day is a day off now only through that change, so it is a duplicate.
    const dup = await admin.post(`${PAGE}/dieu-chinh`, {
      date: "26/04/2025",
      kind: "working_day",
      reason: "Nhập trùng",
    });
    expect(dup.statusCode).toBe(422);
    expect(dup.body).toContain("Ngày này đã có một điều chỉnh");
    expect((await overrideRows()).length).toBe(count);
    expect((await auditRows("calendar.override.create")).length).toBe(audits);
  });

  it("removes a change, audited, and says so when it is already gone", async () => {
    const row = (await overrideRows()).find((r) => r.day === "2025-04-26");
    expect(row).toBeDefined();
    const res = await admin.post(`${PAGE}/dieu-chinh/${row?.id}/xoa`, {});
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${PAGE}?nam=2025#dieu-chinh`);
    expect((await overrideRows()).map((r) => r.day)).toEqual(["2025-05-02"]);
    const audit = await auditRows("calendar.override.delete");
    expect(audit).toHaveLength(1);
    expect(audit[0]?.before).toMatchObject({ day: "2025-04-26", kind: "working_day" });
    const cal = await loadWorkingCalendar(t.services.db, [2025]);
    expect(cal.isWorkingDay("2025-04-26")).toBe(false);

    const again = await admin.post(`${PAGE}/dieu-chinh/${row?.id}/xoa`, {});
    expect(again.statusCode).toBe(303);
    expect((await admin.get(again.headers.location as string)).body).toContain("đã được xoá trước đó");
    expect(await auditRows("calendar.override.delete")).toHaveLength(1);
  });

  it("sets the cut-off hour (validated, audited) and due dates use it", async () => {
    const bad = await admin.post(`${PAGE}/gio-tiep-nhan`, { cutoff: "25:00", nam: "2026" });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain("Giờ tiếp nhận phải có dạng hh:mm");
    expect(bad.body).toContain('value="25:00"');

    const ok = await admin.post(`${PAGE}/gio-tiep-nhan`, { cutoff: "15h30", nam: "2026" });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe(`${PAGE}?nam=2026#gio-tiep-nhan`);
    const audit = await auditRows("calendar.settings.update");
    expect(audit).toHaveLength(1);
    expect(audit[0]?.before).toEqual({ cutoff: "16:00" });
    expect(audit[0]?.after).toEqual({ cutoff: "15:30" });
    const cal = await loadWorkingCalendar(t.services.db, [2026]);
    expect(cal.settings.cutoffMinutes).toBe(930);
    expect(cal.receiptDay(vn("2026-02-13T15:45"))).toBe("2026-02-23");

    expect((await admin.post(`${PAGE}/gio-tiep-nhan`, { cutoff: "" })).statusCode).toBe(303);
    expect((await loadWorkingCalendar(t.services.db, [2026])).settings.cutoffMinutes).toBeNull();
  });

  it("loads once per process and refuses days outside the loaded years", async () => {
    const first = await loadWorkingCalendar(t.services.db, [2026]);
    const { result: second, queries } = await countQueries(() => loadWorkingCalendar(t.services.db, [2026]));
    expect(second).toBe(first);
    expect(queries).toBe(0);
    // The year after the last one asked for is loaded too, for deadlines that run into January.
    expect(first.addWorkingDays(vn("2026-12-30T09:00"), 3)).toBe("2027-01-05");
    expect(() => first.isWorkingDay("2028-03-01")).toThrow(CalendarRangeError);
    expect(() => first.isWorkingDay("2025-03-03")).toThrow(CalendarRangeError);
  });

  it("runs a bounded number of queries whatever the number of changes", async () => {
    const one = await countQueries(() => admin.get(`${PAGE}?nam=2025`));
    for (const [date, kind] of [
      ["05/05/2025", "day_off"],
      ["06/05/2025", "day_off"],
      ["10/05/2025", "working_day"],
      ["11/05/2025", "working_day"],
    ] as const) {
      expect(
        (await admin.post(`${PAGE}/dieu-chinh`, { date, kind, reason: "Kiểm tra số truy vấn" })).statusCode,
      ).toBe(303);
    }
    const many = await countQueries(() => admin.get(`${PAGE}?nam=2025`));
    expect(tableDays(many.result.body, "overrides")).toHaveLength(5);
    expect(many.queries).toBe(one.queries);
  });

  it("is refused to staff who are not system administrators, and to forms without the CSRF token", async () => {
    const editor = await createStaff(t.services.db, {
      username: "bien-tap-lich",
      grants: [{ role: "editor" }],
    });
    const officer = await createStaff(t.services.db, {
      username: "mot-cua-lich",
      grants: [{ role: "one_stop_officer" }],
    });
    const count = (await overrideRows()).length;
    for (const person of [editor, officer]) {
      const session = await signIn(t.app, person);
      expect((await session.get(`${PAGE}?nam=2026`)).statusCode).toBe(403);
      const post = await session.post(`${PAGE}/dieu-chinh`, {
        date: "07/05/2025",
        kind: "day_off",
        reason: "Không được phép",
      });
      expect(post.statusCode).toBe(403);
      expect((await session.post(`${PAGE}/gio-tiep-nhan`, { cutoff: "08:00" })).statusCode).toBe(403);
    }
    const anonymous = await t.app.inject({ method: "GET", url: PAGE });
    expect([302, 303, 401]).toContain(anonymous.statusCode);
    const noCsrf = await t.app.inject({
      method: "POST",
      url: `${PAGE}/dieu-chinh`,
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: admin.cookie },
      payload: "date=07%2F05%2F2025&kind=day_off&reason=Thi%E1%BA%BFu+m%C3%A3",
    });
    expect(noCsrf.statusCode).toBe(403);
    expect((await overrideRows()).length).toBe(count);
  });

  it("seeds the demo's 2025 swap once, leaving days already entered alone", async () => {
    await seedCalendarChanges(t.services.db);
    await seedCalendarChanges(t.services.db);
    const rows = (await overrideRows()).filter((r) => r.day === "2025-04-26" || r.day === "2025-05-02");
    expect(rows.map((r) => [r.day, r.kind])).toEqual([
      ["2025-04-26", "working_day"],
      ["2025-05-02", "day_off"],
    ]);
    // 02/05 was entered by the admin above: kept as entered.
    expect(rows[1]?.created_by_name).not.toBe("Dữ liệu mẫu");
  });
});
