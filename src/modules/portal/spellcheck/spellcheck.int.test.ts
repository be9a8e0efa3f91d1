import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { countQueries } from "../../../../test/support/query-counter.js";
import { type StaffSession, signIn, signInAsAdmin } from "../../../../test/support/staff-session.js";
import { demoSiteId } from "../../orgs/seed/demo-province.js";
import { DEMO_STAFF_PASSWORD } from "../../orgs/staff-bootstrap.js";
import {
  errorSummary,
  idFromLocation,
  insertCategory,
  insertContent,
} from "../content/content.test-support.js";

/** Text of the spell check panel of a page ("" when absent), tags stripped. */
function panel(html: string): string {
  const m = /<section class="content-panel spellcheck-panel"[\s\S]*?<\/section>/.exec(html);
  return m
    ? m[0]
        .replace(/<[^>]+>/g, " ")
        .replace(/\s+/g, " ")
        .trim()
    : "";
}

/** Spell check (SPEC §A11, journey 3): warnings for the editor before submitting and for the approver; never blocking. */
describe("spell check", () => {
  let t: TestApp;
  let editor: StaffSession;
  let approver: StaffSession;
  let otherEditor: StaffSession;
  let siteAdmin: StaffSession;
  let admin: StaffSession;
  const sxd = demoSiteId("so-xay-dung");
  let category = "";
  let id = "";
  const db = () => t.services.db;

  const article = {
    kind: "article",
    title: "Quyết địnnh phê duyệt quy hoạch khu công nghiệp VSIP",
    lead: "Cung cấp thôngg tin cho người dân và doanh nghiệp.",
    body_html:
      "<p>Các sở, ban, nghành liên quan phối hợp thực hiện Quyết định 1234/QĐ-UBND ngày 05/3/2026.</p>",
    author: "Huỳnh Thị Ngọc Ánh",
    source: "",
    tags: "quy hoạch",
  };

  beforeAll(async () => {
    t = await startTestApp();
    category = await insertCategory(db(), sxd, "Quy hoạch (thử)", "thu-quy-hoach");
    editor = await signIn(t.app, { username: "bientap.sxd", password: DEMO_STAFF_PASSWORD });
    approver = await signIn(t.app, { username: "duyet.sxd", password: DEMO_STAFF_PASSWORD });
    otherEditor = await signIn(t.app, { username: "bientap.cong", password: DEMO_STAFF_PASSWORD });
    siteAdmin = await signIn(t.app, { username: "quantri.sxd", password: DEMO_STAFF_PASSWORD });
    admin = await signInAsAdmin(t.app);
    const res = await editor.post("/admin/noi-dung", { ...article, site_id: sxd, category_id: category });
    expect(res.statusCode, errorSummary(res.body)).toBe(303);
    id = idFromLocation(res.headers.location);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("shows the editor the warnings for the saved text, with context and suggestions", async () => {
    const page = await editor.get(`/admin/noi-dung/${id}`);
    expect(page.statusCode).toBe(200);
    const text = panel(page.body);
    expect(text).toContain("Kiểm tra chính tả");
    expect(text).toContain("Kết quả cho nội dung đã lưu");
    expect(text).toContain("Phát hiện 4 từ có thể viết sai");
    for (const word of ["địnnh", "thôngg", "nghành", "VSIP"]) expect(text).toContain(word);
    expect(text).toContain("Các sở, ban, nghành liên quan");
    expect(text).toMatch(/nghành .*ngành/);
    // Correct words, the document symbol and the date are not flagged.
    expect(text).not.toMatch(/\bQĐ\b|1234|UBND/);
    // The panel comes before the submit button: the editor sees it before submitting.
    expect(page.body.indexOf("spellcheck-panel")).toBeLessThan(
      page.body.indexOf('name="action" value="submit"'),
    );
    expect(page.body).toContain(`formaction="/admin/noi-dung/${id}/chinh-ta"`);
  });

  it("re-checks the unsaved text without saving it, keeping what was typed", async () => {
    const before = await db()
      .selectFrom("content_items")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    const audits = await db().selectFrom("audit_log").select("id").where("entity_id", "=", id).execute();
    const res = await editor.post(`/admin/noi-dung/${id}/chinh-ta`, {
      ...article,
      category_id: category,
      title: "Quyết định phê duyệt quy hoạch khu công nghiệp Sở Xây dựngg",
      version: String(before.version),
    });
    expect(res.statusCode).toBe(200);
    const text = panel(res.body);
    expect(text).toContain("chưa lưu");
    expect(text).toContain("dựngg");
    expect(text).not.toContain("địnnh");
    expect(res.body).toContain('value="Quyết định phê duyệt quy hoạch khu công nghiệp Sở Xây dựngg"');
    const after = await db()
      .selectFrom("content_items")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(after.title).toBe(before.title);
    expect(after.version).toBe(before.version);
    expect(
      await db().selectFrom("audit_log").select("id").where("entity_id", "=", id).execute(),
    ).toHaveLength(audits.length);
  });

  it("refuses the re-check to those who cannot write on the item's site", async () => {
    const res = await otherEditor.post(`/admin/noi-dung/${id}/chinh-ta`, { ...article, version: "1" });
    expect(res.statusCode).toBe(403);
    expect(
      (await approver.post(`/admin/noi-dung/${id}/chinh-ta`, { ...article, version: "1" })).statusCode,
    ).toBe(403);
  });

  it("does not block submitting; the approver sees the same warnings, and a count in the submitted list", async () => {
    const row = await db()
      .selectFrom("content_items")
      .select("version")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    const submit = await editor.post(`/admin/noi-dung/${id}/quy-trinh`, {
      action: "submit",
      version: String(row.version),
    });
    expect(submit.statusCode, errorSummary(submit.body)).toBe(303);
    expect(
      (await db().selectFrom("content_items").select("status").where("id", "=", id).executeTakeFirstOrThrow())
        .status,
    ).toBe("submitted");

    const page = await approver.get(`/admin/noi-dung/${id}`);
    const text = panel(page.body);
    expect(text).toContain("Phát hiện 4 từ có thể viết sai");
    expect(text).toContain("Người biên tập đã thấy các cảnh báo này");
    for (const word of ["địnnh", "thôngg", "nghành", "VSIP"]) expect(text).toContain(word);

    const list = await approver.get(`/admin/noi-dung?status=submitted&site=${sxd}`);
    expect(list.statusCode).toBe(200);
    const rowHtml = list.body.slice(list.body.indexOf(`/admin/noi-dung/${id}"`));
    expect(rowHtml.slice(0, rowHtml.indexOf("</tr>"))).toContain("4 cảnh báo");

    // Spell check never blocks publishing either.
    const version = (
      await db().selectFrom("content_items").select("version").where("id", "=", id).executeTakeFirstOrThrow()
    ).version;
    const publish = await approver.post(`/admin/noi-dung/${id}/quy-trinh`, {
      action: "publish",
      version: String(version),
    });
    expect(publish.statusCode, errorSummary(publish.body)).toBe(303);
  });

  it("counts warnings on the list page in a fixed number of queries", async () => {
    const small = await countQueries(() => approver.get(`/admin/noi-dung?status=submitted&site=${sxd}`));
    for (let i = 0; i < 15; i++) {
      await insertContent(db(), {
        siteId: sxd,
        title: `Thôngg báo số ${i}`,
        status: "submitted",
        bodyHtml: "<p>Các nghành chức năng</p>",
      });
    }
    const big = await countQueries(() => approver.get(`/admin/noi-dung?status=submitted&site=${sxd}`));
    expect(big.result.body.match(/2 cảnh báo/g)?.length).toBe(15);
    expect(big.queries).toBeLessThanOrEqual(small.queries);
  });

  it("leaves the English site's items alone (the dictionary is Vietnamese)", async () => {
    const en = await insertContent(db(), {
      siteId: demoSiteId("en"),
      title: "Investment opportunities in Dung Quat",
      status: "submitted",
      bodyHtml: "<p>The economic zone welcomes investors.</p>",
    });
    const page = await admin.get(`/admin/noi-dung/${en.id}`);
    expect(page.statusCode).toBe(200);
    expect(panel(page.body)).toBe("");
    const list = await admin.get(`/admin/noi-dung?status=submitted&site=${demoSiteId("en")}`);
    const row = list.body.slice(list.body.indexOf(`/admin/noi-dung/${en.id}"`));
    expect(row.slice(0, row.indexOf("</tr>"))).not.toContain("cảnh báo");
  });

  it("lets site and system administrators edit the province's word list (audited), not editors", async () => {
    expect((await editor.get("/admin/chinh-ta")).statusCode).toBe(403);
    expect((await editor.post("/admin/chinh-ta", { words: "VSIP" })).statusCode).toBe(403);
    expect((await approver.post("/admin/chinh-ta", { words: "VSIP" })).statusCode).toBe(403);

    const page = await siteAdmin.get("/admin/chinh-ta");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("UBND");
    expect(page.body).toContain("Dung Quất");
    const current = /<textarea[^>]*name="words"[^>]*>([\s\S]*?)<\/textarea>/.exec(page.body)?.[1] ?? "";
    const words = current.split("\n").filter((w) => w !== "" && w !== "Zalo");

    // Bad input: a clear message, the text kept, nothing written.
    const bad = await siteAdmin.post("/admin/chinh-ta", { words: `${words.join("\n")}\nVSIP\n2026` });
    expect(bad.statusCode).toBe(422);
    expect(errorSummary(bad.body)).toContain("không có chữ cái");
    expect(bad.body).toContain("VSIP\n2026");
    expect(
      await db().selectFrom("spellcheck_words").select("word").where("word", "=", "VSIP").execute(),
    ).toEqual([]);

    // NFD input is stored NFC; "Zalo" is removed; the change is audited with who and what.
    const saved = await siteAdmin.post("/admin/chinh-ta", {
      words: `${words.join("\n")}\nVSIP\n${"Bình Sơn".normalize("NFD")}`,
    });
    expect(saved.statusCode).toBe(303);
    const stored = (await db().selectFrom("spellcheck_words").select("word").execute()).map((r) => r.word);
    expect(stored).toContain("VSIP");
    expect(stored).toContain("Bình Sơn");
    expect(stored).not.toContain("Zalo");
    const audit = await db()
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "spellcheck.words_update")
      .executeTakeFirstOrThrow();
    expect(audit.actor_name).toBeTruthy();
    expect(JSON.stringify(audit.after)).toContain("VSIP");
    expect(JSON.stringify(audit.before)).toContain("Zalo");

    // The new word is no longer flagged.
    const item = await admin.get(`/admin/noi-dung/${id}`);
    expect(panel(item.body)).not.toContain("VSIP");
    expect(panel(item.body)).toContain("nghành");
  });
});
