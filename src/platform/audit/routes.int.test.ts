import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/support/app.js";
import { countQueries } from "../../../test/support/query-counter.js";
import {
  createStaff,
  type StaffSession,
  signIn,
  signInAsAdmin,
} from "../../../test/support/staff-session.js";

/** Ids of the audit rows a page shows, in page order. */
function shownIds(html: string): number[] {
  return [...html.matchAll(/data-audit-id="(\d+)"/g)].map((m) => Number(m[1]));
}

describe("audit log view /admin/nhat-ky", () => {
  let t: TestApp;
  let admin: StaffSession;
  const ids: Record<string, number> = {};

  const insert = async (
    key: string,
    row: {
      at: string;
      action: string;
      actor_name: string | null;
      entity_type?: string;
      entity_id?: string;
      before?: unknown;
      after?: unknown;
    },
  ) => {
    const inserted = await t.services.db
      .insertInto("audit_log")
      .values({
        at: new Date(row.at),
        action: row.action,
        actor_name: row.actor_name,
        entity_type: row.entity_type ?? "unit",
        entity_id: row.entity_id ?? "u-1",
        before: row.before === undefined ? null : JSON.stringify(row.before),
        after: row.after === undefined ? null : JSON.stringify(row.after),
        ip: "10.0.0.7",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    ids[key] = inserted.id;
  };

  beforeAll(async () => {
    t = await startTestApp({ seed: "none" });
    admin = await signInAsAdmin(t.app);
    // 10:00 on 01/03/2026 in Vietnam.
    await insert("create", {
      at: "2026-03-01T03:00:00Z",
      action: "demo.unit.create",
      actor_name: "Nguyễn Văn An",
      after: { code: "PVH", name: "Phòng Văn hóa" },
    });
    // 23:30 on 02/03/2026 in Vietnam (still 02/03 in UTC too).
    await insert("update", {
      at: "2026-03-02T16:30:00Z",
      action: "demo.unit.update",
      actor_name: "Trần Thị Bình",
      before: { code: "PVH", name: "Phòng Văn hóa", active: true },
      after: { code: "PVH", name: "Phòng Văn hóa và Thông tin", active: false },
    });
    // 00:30 on 03/03/2026 in Vietnam, though still 02/03 in UTC.
    await insert("lateNight", {
      at: "2026-03-02T17:30:00Z",
      action: "demo.site.deactivate",
      actor_name: "Trần Thị Bình",
      entity_type: "site",
      entity_id: "s-9",
    });
    // 23:59 on 28/02/2026 in Vietnam.
    await insert("february", {
      at: "2026-02-28T16:59:00Z",
      action: "demo.unit.update",
      actor_name: null,
      before: { name: "A" },
      after: { name: "B" },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("shows who, when (Vietnam time), what and the changed fields, newest first", async () => {
    const res = await admin.get("/admin/nhat-ky?action=demo.");
    expect(res.statusCode).toBe(200);
    expect(shownIds(res.body)).toEqual([ids.lateNight, ids.update, ids.create, ids.february]);
    expect(res.body).toContain("Nhật ký hệ thống");
    expect(res.body).toContain("01/03/2026 10:00");
    expect(res.body).toContain("03/03/2026 00:30");
    expect(res.body).toContain("Nguyễn Văn An");
    expect(res.body).toContain("Hệ thống");
    const updateRow = res.body.slice(res.body.indexOf(`data-audit-id="${ids.update}"`));
    const updateCell = updateRow.slice(0, updateRow.indexOf("</tr></tbody></table>"));
    expect(updateCell).toContain("Phòng Văn hóa và Thông tin");
    expect(updateCell).toContain("<code>active</code>");
    expect(updateCell).toContain("Không");
    // Unchanged fields are not listed.
    expect(updateCell).not.toContain("<code>code</code>");
  });

  it("filters by action (prefix) and by Vietnamese calendar days", async () => {
    const byAction = await admin.get("/admin/nhat-ky?action=demo.unit.update");
    expect(shownIds(byAction.body)).toEqual([ids.update, ids.february]);

    const byDays = await admin.get(
      `/admin/nhat-ky?action=demo.&from=${encodeURIComponent("01/03/2026")}&to=02%2F03%2F2026`,
    );
    expect(byDays.statusCode).toBe(200);
    expect(shownIds(byDays.body)).toEqual([ids.update, ids.create]);
    // The filters are kept in the form.
    expect(byDays.body).toContain('value="01/03/2026"');

    const oneDay = await admin.get("/admin/nhat-ky?action=demo.&from=03/03/2026&to=03/03/2026");
    expect(shownIds(oneDay.body)).toEqual([ids.lateNight]);
  });

  it("filters by actor name without diacritics, entity type and entity id", async () => {
    expect(shownIds((await admin.get("/admin/nhat-ky?actor=nguyen+van")).body)).toEqual([ids.create]);
    expect(shownIds((await admin.get("/admin/nhat-ky?actor=Bình&action=demo.")).body)).toEqual([
      ids.lateNight,
      ids.update,
    ]);
    expect(shownIds((await admin.get("/admin/nhat-ky?entityType=site&entityId=s-9")).body)).toEqual([
      ids.lateNight,
    ]);
    const none = await admin.get("/admin/nhat-ky?actor=100%25_%25");
    expect(none.statusCode).toBe(200);
    expect(shownIds(none.body)).toEqual([]);
    expect(none.body).toContain("Không có mục nhật ký nào khớp bộ lọc.");
  });

  it("refuses bad filters with a clear Vietnamese message, never a 500", async () => {
    const badDate = await admin.get("/admin/nhat-ky?from=31/02/2026");
    expect(badDate.statusCode).toBe(422);
    expect(badDate.body).toContain("Từ ngày phải là một ngày có thật, viết dạng dd/mm/yyyy");
    expect(badDate.body).toContain('value="31/02/2026"');
    expect(shownIds(badDate.body)).toEqual([]);

    const isoDate = await admin.get("/admin/nhat-ky?to=2026-03-01");
    expect(isoDate.statusCode).toBe(422);
    expect(isoDate.body).toContain("Đến ngày phải là một ngày có thật");

    const reversed = await admin.get("/admin/nhat-ky?from=05/03/2026&to=01/03/2026");
    expect(reversed.statusCode).toBe(422);
    expect(reversed.body).toContain("Đến ngày phải bằng hoặc sau Từ ngày.");

    const action = await admin.get(`/admin/nhat-ky?action=${encodeURIComponent("x' or 1=1 --")}`);
    expect(action.statusCode).toBe(422);
    expect(action.body).toContain("Thao tác chỉ gồm chữ, số");

    const cursor = await admin.get("/admin/nhat-ky?before=abc");
    expect(cursor.statusCode).toBe(422);
    expect(cursor.body).toContain("Liên kết phân trang không hợp lệ");

    for (const url of [
      "/admin/nhat-ky?actor=a&actor=b",
      `/admin/nhat-ky?actor=${"x".repeat(5000)}`,
      "/admin/nhat-ky?before=99999999999999999999",
      "/admin/nhat-ky?entityId=%00",
    ]) {
      const res = await admin.get(url);
      expect(res.statusCode, url).toBeGreaterThanOrEqual(200);
      expect(res.statusCode, url).toBeLessThan(500);
    }
  });

  it("pages through many entries with a bounded number of queries per page", async () => {
    await t.services.db
      .insertInto("audit_log")
      .values(
        Array.from({ length: 120 }, (_, i) => ({
          at: new Date(Date.UTC(2026, 3, 1, 0, i)),
          action: "demo.bulk.update",
          actor_name: `Cán bộ ${i}`,
          entity_type: "unit",
          entity_id: `bulk-${i}`,
          before: JSON.stringify({ n: i }),
          after: JSON.stringify({ n: i + 1 }),
        })),
      )
      .execute();

    const first = await countQueries(() => admin.get("/admin/nhat-ky?action=demo.bulk"));
    const page1 = shownIds(first.result.body);
    expect(page1).toHaveLength(50);
    const older = /href="([^"]+)" rel="next"/.exec(first.result.body)?.[1]?.replaceAll("&amp;", "&");
    expect(older).toBeDefined();

    const second = await countQueries(() => admin.get(older ?? ""));
    const page2 = shownIds(second.result.body);
    expect(page2).toHaveLength(50);
    expect(Math.max(...page2)).toBeLessThan(Math.min(...page1));

    const olderStill = /href="([^"]+)" rel="next"/.exec(second.result.body)?.[1]?.replaceAll("&amp;", "&");
    const third = await admin.get(olderStill ?? "");
    const page3 = shownIds(third.body);
    expect(page3).toHaveLength(20);
    expect(third.body).not.toContain('rel="next"');
    expect(new Set([...page1, ...page2, ...page3]).size).toBe(120);

    const newer = /href="([^"]+)" rel="prev"/.exec(third.body)?.[1]?.replaceAll("&amp;", "&");
    expect(shownIds((await admin.get(newer ?? "")).body)).toEqual(page2);

    // A page with 4 rows and a page with 50 run the same number of statements.
    const small = await countQueries(() => admin.get("/admin/nhat-ky?action=demo.unit"));
    expect(shownIds(small.result.body)).toHaveLength(3);
    expect(first.queries).toBe(small.queries);
    expect(second.queries).toBe(small.queries);
    expect(first.queries).toBeLessThanOrEqual(8);
  });

  it("is for system administrators and inspectors only", async () => {
    const editor = await createStaff(t.services.db, { username: "bien-tap-1", grants: [{ role: "editor" }] });
    const editorSession = await signIn(t.app, editor);
    expect((await editorSession.get("/admin/nhat-ky")).statusCode).toBe(403);

    const inspector = await createStaff(t.services.db, {
      username: "thanh-tra-1",
      grants: [{ role: "inspector" }],
    });
    const inspectorSession = await signIn(t.app, inspector);
    const res = await inspectorSession.get("/admin/nhat-ky?action=demo.unit");
    expect(res.statusCode).toBe(200);
    expect(shownIds(res.body)).toHaveLength(3);

    // The menu offers the page to those who may open it, and only to them.
    const navLink = 'href="/admin/nhat-ky"';
    expect((await admin.get("/admin")).body).toContain(navLink);
    expect(res.body).toContain(navLink);
    expect(res.body).not.toContain('href="/admin/cong-viec"');
    expect((await editorSession.get("/admin")).body).not.toContain(navLink);

    const anonymous = await t.app.inject({ url: "/admin/nhat-ky" });
    expect([303, 401]).toContain(anonymous.statusCode);
  });
});
