import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { countQueries } from "../../../../test/support/query-counter.js";
import {
  createStaff,
  type StaffSession,
  signIn,
  signInAsAdmin,
} from "../../../../test/support/staff-session.js";
import type { Db } from "../../../platform/db/connection.js";
import { demoSiteId, demoUnitId } from "../../orgs/seed/demo-province.js";
import { complianceReport } from "./report.js";

/** Issue 5 item 1 (SPEC §A3, §G2): the mandatory-content list as data, per-site mapping, live scores, ranking. */

const SXD = demoSiteId("so-xay-dung");
const STP = demoSiteId("so-tu-phap");
const PLANS = "chien-luoc-quy-hoach-ke-hoach";

async function insertCategory(db: Db, siteId: string, slug: string, name: string): Promise<string> {
  const id = uuidv7();
  await sql`insert into categories (id, site_id, slug, name) values (${id}, ${siteId}, ${slug}, ${name})`.execute(
    db,
  );
  return id;
}

async function publish(db: Db, siteId: string, categoryId: string, slug: string, at: Date): Promise<string> {
  const id = uuidv7();
  await sql`
    insert into content_items (id, site_id, kind, category_id, title, slug, status, published_at)
    values (${id}, ${siteId}, 'article', ${categoryId}, ${`Kế hoạch ${slug}`}, ${slug}, 'published', ${at})`.execute(
    db,
  );
  return id;
}

async function siteScore(db: Db, siteId: string) {
  const report = await complianceReport(db, [siteId], new Date());
  const site = report.sites[0];
  if (!site) throw new Error("no site");
  return site;
}

const statusOf = (site: Awaited<ReturnType<typeof siteScore>>, key: string) =>
  site.items.find((i) => i.criterion.key === key)?.status;

describe("compliance checker", () => {
  let t: TestApp;
  let admin: StaffSession;
  let sxdAdmin: StaffSession;
  let sxdEditor: StaffSession;
  let inspector: StaffSession;

  beforeAll(async () => {
    t = await startTestApp();
    const db = t.services.db;
    const staff = [
      { username: "qt.sxd.tt", grants: [{ role: "site_admin" as const, siteId: SXD }] },
      { username: "bt.sxd.tt", grants: [{ role: "editor" as const, siteId: SXD }] },
      { username: "tt.tt", grants: [{ role: "inspector" as const, unitId: demoUnitId("STTTT") }] },
    ];
    const sessions: StaffSession[] = [];
    for (const [i, s] of staff.entries()) {
      const created = await createStaff(db, s);
      sessions.push(
        await signIn(t.app, {
          username: s.username,
          password: created.password,
          remoteAddress: `10.5.0.${i + 1}`,
        }),
      );
    }
    [sxdAdmin, sxdEditor, inspector] = sessions as [StaffSession, StaffSession, StaffSession];
    admin = await signInAsAdmin(t.app);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("holds the list as data and shows it with the decree cited; the demo maps the seeded categories", async () => {
    const res = await sxdEditor.get("/admin/tuan-thu/tieu-chi");
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("Nghị định số 42/2022/NĐ-CP");
    expect(res.body).toContain("Điều 10 Nghị định số 43/2011/NĐ-CP");
    expect(res.body).toContain("Chiến lược, định hướng, quy hoạch, kế hoạch phát triển");
    // Only the system administrator may change the rules.
    expect(res.body).not.toContain('href="/admin/tuan-thu/tieu-chi/');
    const mapped = await t.services.db
      .selectFrom("compliance_mappings")
      .select(sql<string>`count(distinct site_id)`.as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(mapped.n)).toBeGreaterThan(30);
    // The demo main portal has a budget category; component sites do not, so they miss it.
    const main = await siteScore(t.services.db, demoSiteId(""));
    expect(statusOf(main, "ngan-sach")).not.toBe("missing");
    expect(statusOf(await siteScore(t.services.db, SXD), "ngan-sach")).toBe("missing");
  });

  it("turns a missing item into present when an article is published in the mapped category, stale when old", async () => {
    const db = t.services.db;
    const before = await siteScore(db, SXD);
    expect(statusOf(before, PLANS)).toBe("missing");

    const categoryId = await insertCategory(db, SXD, "ke-hoach-phat-trien", "Kế hoạch phát triển");
    const page = await sxdAdmin.get(`/admin/tuan-thu/gan?site=${SXD}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Kế hoạch phát triển");
    const mapRes = await sxdAdmin.post("/admin/tuan-thu/gan", {
      site: SXD,
      item: PLANS,
      target: `category:${categoryId}`,
    });
    expect(mapRes.statusCode).toBe(303);
    const audit = await db
      .selectFrom("audit_log")
      .select(["action", "summary"])
      .where("action", "=", "compliance.map")
      .execute();
    expect(audit.map((a) => a.summary)).toContain(
      "Chọn nơi đăng mục «Chiến lược, định hướng, quy hoạch, kế hoạch phát triển»: Kế hoạch phát triển",
    );

    // Mapped but empty: still missing, and the page says where to write.
    const mappedOnly = await sxdEditor.get(`/admin/tuan-thu?site=${SXD}`);
    expect(mappedOnly.statusCode).toBe(200);
    expect(mappedOnly.body).toContain(`/admin/trang/${SXD}/chuyen-muc/${categoryId}`);
    expect(statusOf(await siteScore(db, SXD), PLANS)).toBe("missing");

    const articleId = await publish(db, SXD, categoryId, "ke-hoach-2027", new Date());
    const after = await siteScore(db, SXD);
    expect(statusOf(after, PLANS)).toBe("present");
    expect(after.score ?? 0).toBeGreaterThan(before.score ?? 0);

    await sql`update content_items set published_at = now() - interval '400 days' where id = ${articleId}`.execute(
      db,
    );
    const old = await siteScore(db, SXD);
    expect(statusOf(old, PLANS)).toBe("stale");
    expect(old.score).toBe(before.score);
    const html = (await sxdEditor.get(`/admin/tuan-thu?site=${SXD}`)).body;
    expect(html).toContain("Chưa cập nhật");
    expect(html).toContain("Tin mới nhất quá 365 ngày");
  });

  it("refuses a category of another site as a mapping target, keeping the choice (422), and another site's page (403)", async () => {
    const db = t.services.db;
    const stpCategory = await insertCategory(db, STP, "ke-hoach-stp", "Kế hoạch STP");
    const res = await sxdAdmin.post("/admin/tuan-thu/gan", {
      site: SXD,
      item: PLANS,
      target: `category:${stpCategory}`,
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain("Vui lòng chọn một chuyên mục hoặc trang của trang này.");
    const forbidden = await sxdAdmin.post("/admin/tuan-thu/gan", {
      site: STP,
      item: PLANS,
      target: `category:${stpCategory}`,
    });
    expect(forbidden.statusCode).toBe(403);
    const count = await db
      .selectFrom("compliance_mappings")
      .select(sql<string>`count(*)`.as("n"))
      .where("category_id", "=", stpCategory)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it("links a missing item to a prefilled category form, and lets the site admin remove a mapping, audited", async () => {
    const db = t.services.db;
    const page = await sxdAdmin.get(`/admin/tuan-thu?site=${SXD}`);
    const href = /href="(\/admin\/trang\/[^"]+\/chuyen-muc\/moi\?[^"]*slug=ngan-sach)"/.exec(page.body)?.[1];
    expect(href).toBeDefined();
    const form = await sxdAdmin.get((href ?? "").replaceAll("&amp;", "&"));
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('value="ngan-sach"');
    expect(form.body).toContain('value="Thông tin về ngân sách"');

    const mapping = await db
      .selectFrom("compliance_mappings")
      .select("id")
      .where("site_id", "=", SXD)
      .where("criterion_key", "=", PLANS)
      .executeTakeFirstOrThrow();
    expect((await sxdEditor.post(`/admin/tuan-thu/gan/${mapping.id}/xoa`, {})).statusCode).toBe(403);
    const res = await sxdAdmin.post(`/admin/tuan-thu/gan/${mapping.id}/xoa`, {});
    expect(res.statusCode).toBe(303);
    const left = await db
      .selectFrom("compliance_mappings")
      .select("id")
      .where("id", "=", mapping.id)
      .execute();
    expect(left).toEqual([]);
    const audit = await db
      .selectFrom("audit_log")
      .select("entity_id")
      .where("action", "=", "compliance.unmap")
      .execute();
    expect(audit.map((a) => a.entity_id)).toEqual([mapping.id]);
    expect(statusOf(await siteScore(db, SXD), PLANS)).toBe("missing");
  });

  it("lets site staff see their own sites only; inspectors and the system admin see the province", async () => {
    expect((await sxdEditor.get(`/admin/tuan-thu?site=${STP}`)).statusCode).toBe(403);
    expect((await sxdEditor.get("/admin/tuan-thu/tinh")).statusCode).toBe(403);
    expect((await sxdEditor.get(`/admin/tuan-thu/gan?site=${SXD}`)).statusCode).toBe(403);
    expect((await sxdAdmin.get(`/admin/tuan-thu/gan?site=${STP}`)).statusCode).toBe(403);
    // One site: the person lands on its score.
    const mine = await sxdEditor.get("/admin/tuan-thu");
    expect(mine.statusCode).toBe(200);
    expect(mine.body).toContain("Sở Xây dựng");
    expect((await inspector.get(`/admin/tuan-thu?site=${STP}`)).statusCode).toBe(200);
    expect((await inspector.get("/admin/tuan-thu/tinh")).statusCode).toBe(200);
    expect((await admin.get("/admin/tuan-thu")).statusCode).toBe(303);
  });

  it("ranks every site by score with a fixed number of queries whatever the data", async () => {
    const db = t.services.db;
    const first = await countQueries(() => admin.get("/admin/tuan-thu/tinh"));
    expect(first.result.statusCode).toBe(200);
    const scores = [...first.result.body.matchAll(/<strong>(\d+)\/100<\/strong>/g)].map((m) => Number(m[1]));
    expect(scores.length).toBeGreaterThan(30);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    // More sites with more mappings and articles must not cost more queries.
    for (const slug of ["so-tu-phap", "so-y-te", "huyen-ba-to"]) {
      const siteId = demoSiteId(slug);
      const categoryId = await insertCategory(db, siteId, `thong-ke-${slug}`, "Số liệu thống kê");
      await db
        .insertInto("compliance_mappings")
        .values({
          id: uuidv7(),
          site_id: siteId,
          criterion_key: "thong-ke",
          category_id: categoryId,
          content_id: null,
        })
        .execute();
      for (let i = 0; i < 3; i++) await publish(db, siteId, categoryId, `thong-ke-${slug}-${i}`, new Date());
    }
    const second = await countQueries(() => admin.get("/admin/tuan-thu/tinh"));
    expect(second.result.statusCode).toBe(200);
    expect(second.queries).toBe(first.queries);
    expect(second.queries).toBeLessThanOrEqual(14);
  });

  it("lets the system admin adjust a rule, audited, and refuses bad numbers with the input kept", async () => {
    const db = t.services.db;
    const bad = await admin.post("/admin/tuan-thu/tieu-chi/thong-ke", {
      min_items: "0",
      freshness_days: "abc",
      weight: "3",
      applies_to: ["main", "component"],
      active: "on",
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain("Số tin, bài tối thiểu phải là số nguyên từ 1 đến 1000.");
    expect(bad.body).toContain('value="abc"');
    const ok = await admin.post("/admin/tuan-thu/tieu-chi/thong-ke", {
      min_items: "2",
      freshness_days: "90",
      weight: "3",
      applies_to: ["main", "component"],
      active: "on",
    });
    expect(ok.statusCode).toBe(303);
    const row = await db
      .selectFrom("compliance_criteria")
      .selectAll()
      .where("key", "=", "thong-ke")
      .executeTakeFirstOrThrow();
    expect([row.min_items, row.freshness_days, row.weight]).toEqual([2, 90, 3]);
    const audit = await db
      .selectFrom("audit_log")
      .select("entity_id")
      .where("action", "=", "compliance.criterion_update")
      .execute();
    expect(audit.map((a) => a.entity_id)).toEqual(["thong-ke"]);
    expect((await sxdAdmin.post("/admin/tuan-thu/tieu-chi/thong-ke", { min_items: "1" })).statusCode).toBe(
      403,
    );
  });
});
