import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { countQueries } from "../../../../test/support/query-counter.js";
import {
  createStaff,
  type StaffSession,
  signIn,
  signInAsAdmin,
} from "../../../../test/support/staff-session.js";
import { vnDay } from "../../../platform/calendar/vn-day.js";
import { demoUnitId } from "../../orgs/seed/demo-province.js";
import { SERVICES_PATHS } from "../paths.js";
import { seedDemoDossiers } from "../seed/demo-dossiers.js";
import { ensureTestProcedures } from "../seed/test-procedures.js";
import {
  COUNT_KEYS,
  computeStats,
  emptyCounts,
  type StatsCounts,
  type StatsGroupBy,
  totalsOf,
} from "./domain/dossier-stats.js";
import { presetPeriod } from "./domain/period.js";
import { shareText } from "./domain/share.js";
import { statsByGroup, statsDossiers } from "./store.js";

/** Issue 6 item 10: dossier statistics per unit, procedure and field; SQL and the domain rules agree. */

const STP = demoUnitId("STP");
const SYT = demoUnitId("SYT");
const QUIET = "7d7f2f4e-3b0a-4c51-9e8e-2a1c0b9d6e55";
const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** The cells of the page's row named `name` (numbers as shown, dots for thousands). */
function rowCells(html: string, name: string): string[] | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const cell = '<td class="num">(?:<strong>)?[^<]*(?:</strong>)?</td>';
  const m = new RegExp(`<th scope="row">${escaped}</th>((?:${cell})+)</tr>`).exec(html);
  return m
    ? [...(m[1] ?? "").matchAll(/<td class="num">(?:<strong>)?([^<]*)(?:<\/strong>)?<\/td>/g)].map(
        (x) => x[1] ?? "",
      )
    : undefined;
}

describe("dossier statistics", () => {
  let t: TestApp;
  let admin: StaffSession;
  let officer: StaffSession;
  let inspector: StaffSession;
  let specialist: StaffSession;
  const today = vnDay(new Date());
  const year = presetPeriod("year", today);
  const lastYear = presetPeriod("lastYear", today);
  const whole = { from: lastYear.from, to: today };

  beforeAll(async () => {
    t = await startTestApp();
    const db = t.services.db;
    await ensureTestProcedures(db);
    // A unit with no procedures at all: its row must still be there, with zeros.
    await db
      .insertInto("units")
      .values({
        id: QUIET,
        parent_id: demoUnitId("UBND"),
        kind: "department",
        name_vi: "Ban Thử nghiệm Thống kê",
        name_en: "Statistics Test Board",
        short_code: "BTNTK",
        identifier_code: "000.00.99.H48",
        leaders: JSON.stringify([]),
      })
      .execute();
    await seedDemoDossiers(t.services);
    const made = [
      await createStaff(db, { username: "motcua.tk", grants: [{ role: "one_stop_officer", unitId: STP }] }),
      await createStaff(db, {
        username: "thanhtra.tk",
        grants: [{ role: "inspector", unitId: demoUnitId("STTTT") }],
      }),
      await createStaff(db, { username: "chuyenvien.tk", grants: [{ role: "specialist", unitId: STP }] }),
    ];
    officer = await signIn(t.app, {
      username: "motcua.tk",
      password: made[0]?.password ?? "",
      remoteAddress: "10.7.0.1",
    });
    inspector = await signIn(t.app, {
      username: "thanhtra.tk",
      password: made[1]?.password ?? "",
      remoteAddress: "10.7.0.2",
    });
    specialist = await signIn(t.app, {
      username: "chuyenvien.tk",
      password: made[2]?.password ?? "",
      remoteAddress: "10.7.0.3",
    });
    admin = await signInAsAdmin(t.app);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("computes in PostgreSQL exactly what the domain rules compute, for every grouping and several periods", async () => {
    const db = t.services.db;
    const rows = await statsDossiers(db, "all");
    expect(rows.length).toBeGreaterThan(1000);
    const month = presetPeriod("month", today);
    const periods = [
      year,
      lastYear,
      month,
      whole,
      { from: today, to: today },
      { from: "2000-01-01", to: "2000-12-31" },
    ];
    for (const period of periods) {
      for (const by of ["unit", "procedure", "field"] as StatsGroupBy[]) {
        const sqlGroups = await statsByGroup(db, period, by, "all");
        const pure = computeStats(rows, period, by);
        expect(Object.fromEntries(sqlGroups), `${by} ${period.from}–${period.to}`).toEqual(
          Object.fromEntries(pure.groups),
        );
      }
    }
    // Scoped to one unit: only its dossiers.
    const scoped = await statsByGroup(db, whole, "unit", [STP]);
    expect([...scoped.keys()]).toEqual([STP]);
    const pure = computeStats(await statsDossiers(db, [STP]), whole, "unit");
    expect(scoped.get(STP)).toEqual(pure.groups.get(STP));
    // The invariant holds on the demo data, and something happened in every column over the two years.
    const total = computeStats(rows, whole, "unit").total;
    const x = totalsOf(total);
    expect(x.received).toBe(x.resolved + x.inProgress + x.ended);
    for (const k of COUNT_KEYS) if (k !== "carried") expect(total[k], k).toBeGreaterThan(0);
    const thisYear = computeStats(rows, year, "unit").total;
    if (year.from > lastYear.from && today.slice(5) > "02-01") expect(thisYear.carried).toBeGreaterThan(0);
  });

  it("shows every unit to an inspector in the appendix layout, 0 for the silent, with the total and a chart", async () => {
    const { result: res, queries } = await countQueries(() =>
      inspector.get(
        `${SERVICES_PATHS.statistics}?${q({ from: "", to: "", preset: "lastYear", by: "unit" })}`,
      ),
    );
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain(
      `Kỳ thống kê: từ ngày 01/01/${lastYear.from.slice(0, 4)} đến ngày 31/12/${lastYear.from.slice(0, 4)}`,
    );
    expect(html).toContain("Sở, ban, ngành");
    expect(html).toContain("UBND huyện, thành phố");
    expect(html).not.toContain("Không báo cáo");
    // Twelve count columns at 0, no on-time rate yet, and online shares of nothing shown as "—", not NaN.
    expect(rowCells(html, "Ban Thử nghiệm Thống kê")).toEqual([
      ...Array<string>(12).fill("0"),
      "chưa có",
      "0",
      "—",
      "0",
      "0",
      "—",
    ]);
    const db = t.services.db;
    const counts = computeStats(await statsDossiers(db, "all"), lastYear, "unit");
    const stp = counts.groups.get(STP);
    const stpCells = rowCells(html, "Sở Tư pháp");
    expect(stpCells?.[0]).toBe(new Intl.NumberFormat("vi-VN").format(totalsOf(stp ?? counts.total).received));
    const totalCells = rowCells(html, "Tổng cộng");
    expect(totalCells?.[0]).toBe(new Intl.NumberFormat("vi-VN").format(totalsOf(counts.total).received));
    // Issue 8 item 6: submitted online and paid online, with their shares, per unit and in the totals row.
    const num = new Intl.NumberFormat("vi-VN");
    const online = (c: StatsCounts) => [
      num.format(c.newOnline),
      shareText(totalsOf(c).onlineShare),
      num.format(c.newPaid),
      num.format(c.newPaidOnline),
      shareText(totalsOf(c).paidOnlineShare),
    ];
    expect(stpCells?.slice(13)).toEqual(online(stp ?? emptyCounts()));
    expect(totalCells?.slice(13)).toEqual(online(counts.total));
    // Online payment started recently in the demo: over the two years, some paid online and some at the counter.
    const recent = computeStats(await statsDossiers(db, "all"), whole, "unit").total;
    expect(recent.newPaidOnline).toBeGreaterThan(0);
    expect(recent.newPaidOnline).toBeLessThan(recent.newPaid);
    expect(html).toContain("Tỷ lệ thanh toán trực tuyến");
    expect(html).toContain('role="img"');
    expect(html).toContain("Trước và đúng hạn");
    expect(html).toMatch(
      /href="\/admin\/mot-cua\/thong-ke\.xlsx\?from=01%2F01%2F\d{4}&amp;to=31%2F12%2F\d{4}&amp;by=unit"/,
    );
    expect(queries).toBeLessThanOrEqual(15);
  });

  it("limits a one-stop officer to their unit, refuses another unit (403) and staff without the role", async () => {
    const res = await officer.get(SERVICES_PATHS.statistics);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("Sở Tư pháp");
    expect(rowCells(res.body, "Sở Y tế")).toBeUndefined();
    expect(rowCells(res.body, "Sở Kế hoạch và Đầu tư")).toBeUndefined();
    expect((await officer.get(`${SERVICES_PATHS.statistics}?unit=${SYT}`)).statusCode).toBe(403);
    expect((await officer.get(`${SERVICES_PATHS.statisticsXlsx}?unit=${SYT}`)).statusCode).toBe(403);
    expect((await officer.get(`${SERVICES_PATHS.statistics}?unit=${STP}`)).statusCode).toBe(200);
    expect((await specialist.get(SERVICES_PATHS.statistics)).statusCode).toBe(403);
    const anon = await t.app.inject({ url: SERVICES_PATHS.statistics });
    expect([302, 303, 401]).toContain(anon.statusCode);
  });

  it("groups by procedure and by field, and refuses bad input with Vietnamese messages, input kept (422)", async () => {
    const period = { from: `01/01/${lastYear.from.slice(0, 4)}`, to: today.split("-").reverse().join("/") };
    const byProcedure = await admin.get(`${SERVICES_PATHS.statistics}?${q({ ...period, by: "procedure" })}`);
    expect(byProcedure.statusCode).toBe(200);
    const names = await t.services.db.selectFrom("procedures").select("name").execute();
    expect(names.some((n) => byProcedure.body.includes(n.name))).toBe(true);
    expect(byProcedure.body).toContain("Thủ tục hành chính");
    const byField = await admin.get(`${SERVICES_PATHS.statistics}?${q({ ...period, by: "field" })}`);
    expect(byField.statusCode).toBe(200);
    expect(byField.body).toContain("Lĩnh vực");

    const bad = await admin.get(
      `${SERVICES_PATHS.statistics}?${q({ from: "31/02/2026", to: "01/03/2026" })}`,
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain("Từ ngày phải là ngày dạng ngày/tháng/năm");
    expect(bad.body).toContain('value="31/02/2026"');
    const reversed = await admin.get(
      `${SERVICES_PATHS.statistics}?${q({ from: "01/03/2026", to: "01/02/2026" })}`,
    );
    expect(reversed.statusCode).toBe(422);
    expect(reversed.body).toContain("Đến ngày phải sau hoặc bằng Từ ngày.");
    expect((await admin.get(`${SERVICES_PATHS.statistics}?by=staff`)).statusCode).toBe(422);
    expect(
      (await admin.get(`${SERVICES_PATHS.statistics}?unit=00000000-0000-4000-8000-000000000000`)).statusCode,
    ).toBe(422);
    expect((await admin.get(`${SERVICES_PATHS.statisticsXlsx}?from=x`)).statusCode).toBe(400);
  });

  it("exports the table as XLSX: Times New Roman, title, period, two header rows, rows, SUM totals", async () => {
    const y = lastYear.from.slice(0, 4);
    const res = await inspector.get(
      `${SERVICES_PATHS.statisticsXlsx}?${q({ from: `01/01/${y}`, to: `31/12/${y}` })}`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    expect(res.headers["content-disposition"]).toContain(`thong-ke-ho-so-${y}-01-01-${y}-12-31.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Thống kê hồ sơ");
    if (!ws) throw new Error("no sheet");
    expect(ws.getCell("A1").value).toBe("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
    expect(ws.getCell("A1").font?.name).toBe("Times New Roman");
    expect(ws.getCell("A2").value).toBe(`Kỳ thống kê: từ ngày 01/01/${y} đến ngày 31/12/${y}`);
    expect(ws.getCell("C4").value).toBe("Số hồ sơ nhận giải quyết");
    expect(ws.getCell("F4").value).toBe("Đã giải quyết");
    expect(ws.getCell("G5").value).toBe("Trước hạn");
    expect(ws.getCell("A6").value).toBe("I");
    expect(ws.getCell("B6").value).toBe("Sở, ban, ngành");
    expect(ws.getCell("O4").value).toBe("Trực tuyến");
    expect(ws.getCell("P5").value).toBe("Tỷ lệ nộp trực tuyến");
    expect(ws.getCell("S5").value).toBe("Tỷ lệ thanh toán trực tuyến");

    const counts = computeStats(await statsDossiers(t.services.db, "all"), lastYear, "unit");
    let stpRow = 0;
    let totalRow = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(2).value === "Sở Tư pháp") stpRow = n;
      if (row.getCell(2).value === "Tổng cộng") totalRow = n;
    });
    expect(stpRow).toBeGreaterThan(6);
    const stp = counts.groups.get(STP);
    expect(ws.getCell(`D${stpRow}`).value).toBe(stp?.carried ?? 0);
    expect(ws.getCell(`E${stpRow}`).value).toBe(stp?.new ?? 0);
    expect(ws.getCell(`C${stpRow}`).value).toMatchObject({ formula: `D${stpRow}+E${stpRow}` });
    const total = ws.getCell(`E${totalRow}`).value as { formula: string; result: number };
    expect(total.formula).toBe(`SUM(E6:E${totalRow - 1})`);
    expect(total.result).toBe(counts.total.new);
    // The cached values add up as the formulas would.
    let sum = 0;
    for (let r = 6; r < totalRow; r++) {
      const v = ws.getCell(`E${r}`).value;
      if (typeof v === "number") sum += v;
    }
    expect(sum).toBe(counts.total.new);
    // The online shares of the totals row are shares of its sums, not sums of shares.
    expect(ws.getCell(`R${totalRow}`).value).toMatchObject({ formula: `SUM(R6:R${totalRow - 1})` });
    const onlineShare = ws.getCell(`P${totalRow}`).value as { formula: string; result: number };
    expect(onlineShare.formula).toBe(`IF(E${totalRow}=0,"—",O${totalRow}/E${totalRow})`);
    expect(onlineShare.result).toBeCloseTo(counts.total.newOnline / counts.total.new, 10);
    expect(ws.getCell(`S${totalRow}`).value).toMatchObject({
      formula: `IF(Q${totalRow}=0,"—",R${totalRow}/Q${totalRow})`,
    });
    expect(ws.getCell(`P${stpRow}`).numFmt).toBe("0.0%");
  });
});
