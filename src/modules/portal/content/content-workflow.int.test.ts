import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { type StaffSession, signIn, signInAsAdmin } from "../../../../test/support/staff-session.js";
import { formatVnDateTime } from "../../../platform/calendar/vn-datetime.js";
import { createJobQueue, type JobQueue } from "../../../platform/jobs/index.js";
import { demoSiteId } from "../../orgs/seed/demo-province.js";
import { DEMO_STAFF_PASSWORD } from "../../orgs/staff-bootstrap.js";
import { errorSummary, idFromLocation, insertCategory } from "./content.test-support.js";
import { registerContentJobs } from "./jobs.js";
import { countPublished, getPublishedBySlug, listPublished } from "./store.js";

/**
 * The editorial workflow (issue 4 item 3): submit, return with a comment, resubmit, schedule, publish by the durable
 * job queue (with a clock the test moves), stale jobs after rescheduling, expiry, unpublish/republish, illegal
 * transitions, promotion to the main portal, cache purge, and the read functions other areas use.
 */
describe("editorial workflow", () => {
  let t: TestApp;
  let editor: StaffSession;
  let approver: StaffSession;
  let mainApprover: StaffSession;
  let admin: StaffSession;
  const sxd = demoSiteId("so-xay-dung");
  const main = demoSiteId("");
  let category = "";
  let clock = new Date();
  let queue: JobQueue;

  const db = () => t.services.db;
  const item = (id: string) =>
    db().selectFrom("content_items").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const actions = async (id: string) =>
    (
      await db().selectFrom("audit_log").select("action").where("entity_id", "=", id).orderBy("id").execute()
    ).map((r) => r.action);
  const step = (who: StaffSession, id: string, form: Record<string, string>) =>
    who.post(`/admin/noi-dung/${id}/quy-trinh`, form);

  async function newArticle(title: string, extra: Record<string, string> = {}): Promise<string> {
    const res = await editor.post("/admin/noi-dung", {
      site_id: sxd,
      kind: "article",
      category_id: category,
      title,
      lead: "Sapo của bài.",
      body_html: "<p>Nội dung bài.</p>",
      author: "Huỳnh Thị Ngọc Ánh",
      is_repost: "on",
      source: "Báo Xây dựng, 20/3/2026",
      tags: "xây dựng",
      ...extra,
    });
    expect(res.statusCode, errorSummary(res.body)).toBe(303);
    return idFromLocation(res.headers.location);
  }

  beforeAll(async () => {
    t = await startTestApp();
    // The jobs run on a queue whose clock the test sets, with the app's own handlers.
    queue = createJobQueue({
      db: t.services.db,
      now: () => clock,
      log: { info() {}, warn() {}, error() {} },
    });
    registerContentJobs(t.services, { queue, now: () => clock });
    category = await insertCategory(db(), sxd, "Tin hoạt động (thử)", "thu-tin-hoat-dong");
    editor = await signIn(t.app, { username: "bientap.sxd", password: DEMO_STAFF_PASSWORD });
    approver = await signIn(t.app, { username: "duyet.sxd", password: DEMO_STAFF_PASSWORD });
    mainApprover = await signIn(t.app, { username: "duyet.cong", password: DEMO_STAFF_PASSWORD });
    admin = await signInAsAdmin(t.app);
  });
  afterAll(async () => {
    await queue?.stop();
    await t?.close();
  });

  it("journey 3: submit, return with a comment, fix, resubmit, schedule; the job publishes it when due", async () => {
    const id = await newArticle("Sở Xây dựng kiểm tra công trình trọng điểm");

    // The editor cannot publish their own work; the approver cannot submit for them.
    const selfPublish = await step(editor, id, { action: "publish", version: "1" });
    expect(selfPublish.statusCode).toBe(403);
    expect(errorSummary(selfPublish.body)).toContain("không có quyền");

    expect((await step(editor, id, { action: "submit", version: "1" })).statusCode).toBe(303);
    expect((await item(id)).status).toBe("submitted");
    // Locked while it waits: an edit is refused with 409.
    const locked = await editor.post(`/admin/noi-dung/${id}`, {
      title: "Sửa khi chờ duyệt",
      kind: "article",
      version: "2",
    });
    expect(locked.statusCode).toBe(409);
    expect(errorSummary(locked.body)).toContain("Chờ duyệt");

    const noComment = await step(approver, id, { action: "return", version: "2", comment: "  " });
    expect(noComment.statusCode).toBe(422);
    expect(errorSummary(noComment.body)).toContain("ý kiến trả lại");
    const returned = await step(approver, id, {
      action: "return",
      version: "2",
      comment: "Bổ sung số liệu vốn đầu tư.",
    });
    expect(returned.statusCode).toBe(303);
    let row = await item(id);
    expect(row.status).toBe("returned");
    expect(row.return_comment).toBe("Bổ sung số liệu vốn đầu tư.");
    const seen = await editor.get(`/admin/noi-dung/${id}`);
    expect(seen.body).toContain("Bổ sung số liệu vốn đầu tư.");
    expect(seen.body).toContain('name="body_html"');

    const fixed = await editor.post(`/admin/noi-dung/${id}`, {
      kind: "article",
      category_id: category,
      title: "Sở Xây dựng kiểm tra công trình trọng điểm",
      lead: "Sapo của bài.",
      body_html: "<p>Nội dung bài, tổng vốn 1.200 tỷ đồng.</p>",
      is_repost: "on",
      source: "Báo Xây dựng, 20/3/2026",
      tags: "Xây dựng, công trình",
      version: "3",
    });
    expect(fixed.statusCode, errorSummary(fixed.body)).toBe(303);
    expect((await step(editor, id, { action: "submit", version: "4" })).statusCode).toBe(303);

    // Scheduling in the past is refused; in the future it waits as a durable job.
    const past = await step(approver, id, {
      action: "schedule",
      version: "5",
      schedule_at: "01/01/2020 08:00",
    });
    expect(past.statusCode).toBe(422);
    expect(errorSummary(past.body)).toContain("phải ở tương lai");
    const badDate = await step(approver, id, { action: "schedule", version: "5", schedule_at: "ngày mai" });
    expect(badDate.statusCode).toBe(422);
    const when = new Date(Math.ceil((Date.now() + 5 * 60_000) / 60_000) * 60_000);
    const scheduled = await step(approver, id, {
      action: "schedule",
      version: "5",
      schedule_at: formatVnDateTime(when),
    });
    expect(scheduled.statusCode, errorSummary(scheduled.body)).toBe(303);
    row = await item(id);
    expect(row.status).toBe("scheduled");
    expect(row.publish_at?.toISOString()).toBe(when.toISOString());
    const jobs = await db().selectFrom("jobs").selectAll().where("queue", "=", "portal.publish").execute();
    expect(jobs.filter((j) => j.payload.contentId === id)).toHaveLength(1);

    // Not yet due: nothing runs.
    clock = new Date(when.getTime() - 60_000);
    await queue.runDueJobs();
    expect((await item(id)).status).toBe("scheduled");
    expect(await getPublishedBySlug(db(), sxd, row.slug)).toBeUndefined();

    // Warm a cached page of the site to see it purged.
    t.services.pageCache.set(
      "test:/so-xay-dung",
      { body: Buffer.from("x"), etag: "x", contentType: "text/html", tags: [`site:${sxd}`] },
      60_000,
    );
    clock = new Date(when.getTime() + 1000);
    expect(await queue.runDueJobs()).toBe(1);
    row = await item(id);
    expect(row.status).toBe("published");
    expect(row.published_at?.toISOString()).toBe(when.toISOString());
    expect(t.services.pageCache.get("test:/so-xay-dung")).toBeUndefined();
    expect(await actions(id)).toEqual([
      "content.create",
      "content.submit",
      "content.return",
      "content.update",
      "content.submit",
      "content.schedule",
      "content.publish_scheduled",
    ]);
    const sys = await db()
      .selectFrom("audit_log")
      .select("actor_name")
      .where("entity_id", "=", id)
      .where("action", "=", "content.publish_scheduled")
      .executeTakeFirstOrThrow();
    expect(sys.actor_name).toBe("Hệ thống");

    // What P4 reads.
    const published = await getPublishedBySlug(db(), sxd, row.slug, new Date(when.getTime() + 2000));
    expect(published?.title).toBe("Sở Xây dựng kiểm tra công trình trọng điểm");
    expect(published?.category_slug).toBe("thu-tin-hoat-dong");
    expect(published?.source).toBe("Báo Xây dựng, 20/3/2026");
    const listed = await listPublished(db(), {
      siteId: sxd,
      categoryId: category,
      tag: "xây dựng",
      limit: 10,
    });
    expect(listed.map((i) => i.id)).toContain(id);
    expect(await countPublished(db(), { siteId: sxd, kind: "article" })).toBeGreaterThanOrEqual(1);
  });

  it("a job left from an earlier schedule does nothing after rescheduling; the new one publishes", async () => {
    const id = await newArticle("Hội nghị triển khai Luật Xây dựng sửa đổi");
    await step(editor, id, { action: "submit", version: "1" });
    const first = new Date(Math.ceil((Date.now() + 10 * 60_000) / 60_000) * 60_000);
    const second = new Date(first.getTime() + 60 * 60_000);
    expect(
      (await step(approver, id, { action: "schedule", version: "2", schedule_at: formatVnDateTime(first) }))
        .statusCode,
    ).toBe(303);
    expect(
      (await step(approver, id, { action: "schedule", version: "3", schedule_at: formatVnDateTime(second) }))
        .statusCode,
    ).toBe(303);

    clock = new Date(first.getTime() + 1000);
    expect(await queue.runDueJobs()).toBe(1);
    let row = await item(id);
    expect(row.status).toBe("scheduled");
    expect(row.publish_at?.toISOString()).toBe(second.toISOString());

    clock = new Date(second.getTime() + 1000);
    expect(await queue.runDueJobs()).toBe(1);
    row = await item(id);
    expect(row.status).toBe("published");

    // And a job for an item unpublished before its time does nothing either.
    const other = await newArticle("Bài hẹn giờ rồi gỡ");
    await step(editor, other, { action: "submit", version: "1" });
    const at = new Date(second.getTime() + 60 * 60_000);
    clock = new Date(second.getTime() + 2000);
    // Scheduling checks the real time; `at` is in the future for both clocks.
    expect(
      (await step(approver, other, { action: "schedule", version: "2", schedule_at: formatVnDateTime(at) }))
        .statusCode,
    ).toBe(303);
    expect((await step(approver, other, { action: "unpublish", version: "3" })).statusCode).toBe(303);
    clock = new Date(at.getTime() + 1000);
    await queue.runDueJobs();
    expect((await item(other)).status).toBe("unpublished");
  });

  it("expiry unpublishes automatically; unpublish and republish; illegal steps are 409 with a clear message", async () => {
    const expires = new Date(Math.ceil((Date.now() + 30 * 60_000) / 60_000) * 60_000);
    const id = await newArticle("Thông báo lấy ý kiến quy hoạch", { expire_at: formatVnDateTime(expires) });
    await step(editor, id, { action: "submit", version: "1" });
    expect((await step(approver, id, { action: "publish", version: "2" })).statusCode).toBe(303);
    expect((await item(id)).status).toBe("published");

    const illegal = await step(approver, id, { action: "return", version: "3", comment: "x" });
    expect(illegal.statusCode).toBe(409);
    expect(errorSummary(illegal.body)).toContain(
      "Không thể “Trả lại cho biên tập viên” khi bài đang ở trạng thái “Đã đăng”",
    );
    const unknown = await step(approver, id, { action: "xoa", version: "3" });
    expect(unknown.statusCode).toBe(422);
    const stale = await step(approver, id, { action: "unpublish", version: "1" });
    expect(stale.statusCode).toBe(409);
    expect(errorSummary(stale.body)).toContain("tải lại trang");

    clock = new Date(expires.getTime() + 1000);
    await queue.runDueJobs();
    const row = await item(id);
    expect(row.status).toBe("unpublished");
    expect(await actions(id)).toContain("content.expire");

    // A person's unpublish/republish cycle on another item.
    const other = await newArticle("Kết quả thanh tra xây dựng quý I");
    await step(editor, other, { action: "submit", version: "1" });
    await step(approver, other, { action: "publish", version: "2" });
    const firstPublished = (await item(other)).published_at;
    expect((await step(approver, other, { action: "unpublish", version: "3" })).statusCode).toBe(303);
    expect((await item(other)).status).toBe("unpublished");
    expect((await step(approver, other, { action: "publish", version: "4" })).statusCode).toBe(303);
    const again = await item(other);
    expect(again.status).toBe("published");
    expect(again.published_at?.toISOString()).toBe(firstPublished?.toISOString());
    expect(await actions(other)).toEqual([
      "content.create",
      "content.submit",
      "content.publish",
      "content.unpublish",
      "content.publish",
    ]);
  });

  it("promotes a published component-site article to the main portal once, with its source kept", async () => {
    const mainCategory = await insertCategory(db(), main, "Tin từ các sở (thử)", "thu-tin-so-nganh");
    const id = await newArticle("Tỉnh hoàn thành 1.000 căn nhà ở xã hội");
    await step(editor, id, { action: "submit", version: "1" });
    await step(approver, id, { action: "publish", version: "2" });
    const origin = await item(id);
    // A main-portal item already holds the slug: the copy gets -2.
    await db()
      .insertInto("content_items")
      .values({
        id: "0190f0e4-7c3a-7b2d-9e4f-5a6b7c8d9e01",
        site_id: main,
        kind: "article",
        title: "Trùng đường dẫn",
        slug: origin.slug,
        tags: [],
        created_at: new Date(),
        updated_at: new Date(),
      })
      .execute();

    // The SXD approver does not approve for the main portal.
    expect((await approver.post(`/admin/noi-dung/${id}/dua-len-cong-chinh`, {})).statusCode).toBe(403);
    // The main portal's approver finds it among the component sites' published articles.
    const promotable = await mainApprover.get("/admin/noi-dung?nguon=thanh-phan&q=1.000%20can%20nha");
    expect(promotable.statusCode).toBe(200);
    expect(promotable.body).toContain(`/admin/noi-dung/${id}`);
    expect((await approver.get("/admin/noi-dung?nguon=thanh-phan&status=draft")).body).not.toContain(
      "Bài đã đăng ở các trang thành phần",
    );
    const page = await mainApprover.get(`/admin/noi-dung/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Đưa lên Cổng chính");

    const res = await mainApprover.post(`/admin/noi-dung/${id}/dua-len-cong-chinh`, {
      promote_category_id: mainCategory,
    });
    expect(res.statusCode, errorSummary(res.body)).toBe(303);
    const copyId = idFromLocation(res.headers.location);
    const copy = await item(copyId);
    expect(copy.site_id).toBe(main);
    expect(copy.origin_id).toBe(id);
    expect(copy.status).toBe("published");
    expect(copy.slug).toBe(`${origin.slug}-2`);
    expect(copy.source).toBe("Trang thông tin điện tử Sở Xây dựng");
    expect(copy.category_id).toBe(mainCategory);
    expect(await actions(copyId)).toEqual(["content.promote"]);
    const revisions = await db()
      .selectFrom("content_revisions")
      .select("number")
      .where("content_id", "=", copyId)
      .execute();
    expect(revisions).toHaveLength(1);

    const readable = await getPublishedBySlug(db(), main, copy.slug);
    expect(readable?.origin).toMatchObject({
      siteName: "Trang thông tin điện tử Sở Xây dựng",
      siteSlug: "so-xay-dung",
      slug: origin.slug,
    });

    const twice = await admin.post(`/admin/noi-dung/${id}/dua-len-cong-chinh`, {});
    expect(twice.statusCode).toBe(409);
    expect(errorSummary(twice.body)).toContain("đã được đưa lên Cổng chính");
    const copies = await db().selectFrom("content_items").select("id").where("origin_id", "=", id).execute();
    expect(copies).toHaveLength(1);
    const after = await mainApprover.get("/admin/noi-dung?nguon=thanh-phan&q=1.000%20can%20nha");
    expect(after.body).not.toContain(`/admin/noi-dung/${id}"`);

    // A draft cannot be promoted.
    const draft = await newArticle("Bản nháp chưa đăng");
    expect((await admin.post(`/admin/noi-dung/${draft}/dua-len-cong-chinh`, {})).statusCode).toBe(409);
  });
});
