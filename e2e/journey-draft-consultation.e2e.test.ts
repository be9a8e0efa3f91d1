import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PARTICIPATION_PATHS as P } from "../src/modules/participation/paths.js";
import { type DbHandle, openDatabase } from "../src/platform/db/connection.js";
import { useCitizenApp } from "./support/citizen.js";
import { clickAndLoad, signedInDemoStaff, signUpCitizen } from "./support/participants.js";
import { arrived } from "./support/staff-pages.js";

const DAY_MS = 86_400_000;
/** yyyy-mm-dd of the Vietnamese day (UTC+7), `n` days from now. */
const vnIso = (n = 0) => new Date(Date.now() + 7 * 3_600_000 + n * DAY_MS).toISOString().slice(0, 10);
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

const TITLE = "Dự thảo Quyết định quy định thời hạn giải quyết thủ tục hành chính về hộ tịch";
const TEXT = [
  "Điều 1. Phạm vi điều chỉnh",
  "Quyết định này quy định thời hạn giải quyết thủ tục hành chính về hộ tịch trên địa bàn tỉnh.",
  "Điều 2. Đối tượng áp dụng",
  "Cơ quan, tổ chức, cá nhân có liên quan đến việc giải quyết thủ tục hành chính về hộ tịch.",
  "Điều 3. Thời hạn giải quyết",
  "Thời hạn giải quyết được rút ngắn so với quy định của Luật Hộ tịch.",
  "1. Đăng ký khai sinh: trong ngày làm việc.",
  "2. Đăng ký kết hôn: không quá 03 ngày làm việc.",
].join("\n");
const COMMENT = "Đề nghị quy định rõ thời hạn trả kết quả khi hồ sơ nộp sau 15 giờ chiều.";
const RESPONSE = "Bổ sung: hồ sơ nhận sau 15 giờ được tính vào ngày làm việc tiếp theo.";
const SYNTHESIS = "Sở Tư pháp đã nhận 01 ý kiến góp ý của người dân và tiếp thu toàn bộ ý kiến.";

/**
 * Journey 10: a citizen comments on article 3 of a draft regulation; the drafting unit (Sở Tư pháp) approves the
 * comment, and after the period groups it, responds, writes the synthesis, and its leader publishes the result; the
 * citizen finds the response next to their comment. The real UI in Chromium; axe (WCAG 2.1 AA) on every page.
 */
describe("journey 10: consultation on a draft regulation", () => {
  const app = useCitizenApp(300_000);
  let dbh: DbHandle;
  const staff = new Map<string, Page>();

  beforeAll(async () => {
    dbh = await openDatabase({ databaseUrl: app.server.databaseUrl, dataDir: app.server.dataDir });
  }, 300_000);
  afterAll(async () => {
    await dbh?.close();
  });

  async function staffPage(username: string): Promise<Page> {
    const known = staff.get(username);
    if (known) return known;
    const page = await signedInDemoStaff(dbh.db, app.browser, app.server.url, username);
    staff.set(username, page);
    return page;
  }

  const submit = clickAndLoad;

  async function visit(page: Page, path: string, label: string): Promise<void> {
    const res = await page.goto(path);
    expect(res?.status(), label).toBe(200);
    await arrived(page, label);
  }

  it("comments on article 3, is moderated, answered and concluded", async () => {
    const { page, smtp } = app;

    // The drafting unit's specialist prepares the draft from its text and publishes it for comment.
    const specialist = await staffPage("chuyenvien.stp");
    await visit(specialist, `${P.adminConsultations}/moi`, "new draft form");
    await specialist.getByLabel("Tên dự thảo").fill(TITLE);
    await specialist.getByLabel("Ngày bắt đầu lấy ý kiến").fill(dmy(vnIso(0)));
    await specialist.getByLabel("Ngày kết thúc lấy ý kiến").fill(dmy(vnIso(30)));
    await specialist.getByLabel("Toàn văn dự thảo").fill(TEXT);
    await submit(specialist, specialist.getByRole("button", { name: "Lưu dự thảo" }));
    await arrived(specialist, "saved draft");
    await submit(specialist, specialist.getByRole("button", { name: "Công bố lấy ý kiến" }));
    await arrived(specialist, "published draft");
    const draft = await dbh.db
      .selectFrom("consultations")
      .select(["id", "slug", "status"])
      .where("title", "=", TITLE)
      .executeTakeFirstOrThrow();
    expect(draft.status).toBe("published");

    // A citizen signs up with an emailed code, finds the draft and comments on article 3.
    await signUpCitizen(
      page,
      smtp,
      { fullName: "Đặng Thị Hồng Nhung", email: "hong.nhung@example.vn" },
      { checkPages: true },
    );

    await visit(page, P.consultations, "public list of drafts");
    await submit(page, page.getByRole("link", { name: TITLE }));
    await arrived(page, "open draft");
    await expect(page.locator("main").textContent()).resolves.toContain("Đang lấy ý kiến (còn 31 ngày)");
    await submit(page, page.getByRole("link", { name: "Góp ý Điều 3", exact: true }));
    await arrived(page, "comment form on article 3");
    await expect(page.locator("main").textContent()).resolves.toContain("Thời hạn giải quyết được rút ngắn");
    await page.getByLabel("Nội dung góp ý").fill(COMMENT);
    await page.getByLabel("Cơ quan, tổ chức (không bắt buộc)").fill("Hội Luật gia xã Nghĩa Kỳ");
    await page.getByLabel(/Tôi đồng ý hiển thị họ tên/).check();
    await submit(page, page.getByRole("button", { name: "Gửi góp ý" }));
    await arrived(page, "comment sent");
    await expect(page.locator("h1").textContent()).resolves.toBe("Đã gửi góp ý");
    const comment = await dbh.db
      .selectFrom("consultation_comments")
      .innerJoin("consultation_clauses as k", "k.id", "consultation_comments.clause_id")
      .select(["consultation_comments.id", "consultation_comments.status", "k.label", "k.id as clause_id"])
      .where("consultation_comments.consultation_id", "=", draft.id)
      .executeTakeFirstOrThrow();
    expect(comment).toMatchObject({ status: "pending", label: "Điều 3" });
    await visit(page, P.consultation(draft.slug), "draft with own pending comment");
    const own = page.locator(`#y-kien-${comment.id}`);
    await expect(own.textContent()).resolves.toContain("Chờ duyệt");

    // The drafting unit approves it in its moderation queue.
    await visit(specialist, P.adminConsultationComments(draft.id), "moderation queue");
    await specialist.locator(`input[name="ids"][value="${comment.id}"]`).check();
    await submit(specialist, specialist.getByRole("button", { name: "Duyệt đăng" }));
    await arrived(specialist, "moderation done");
    await visit(page, P.consultation(draft.slug), "draft with approved comment");
    await expect(own.textContent()).resolves.not.toContain("Chờ duyệt");
    await expect(own.textContent()).resolves.toContain("Đặng Thị Hồng Nhung (Hội Luật gia xã Nghĩa Kỳ)");

    // The period ends (moved into the past rather than waited for).
    await dbh.db
      .updateTable("consultations")
      .set({ opens_on: vnIso(-40), closes_on: vnIso(-1) })
      .where("id", "=", draft.id)
      .execute();
    await visit(page, P.consultation(draft.slug), "closed draft");
    expect(await page.getByRole("link", { name: "Góp ý Điều 3", exact: true }).count()).toBe(0);

    // The specialist groups the comment at article 3 with the unit's response and writes the synthesis.
    await visit(specialist, P.adminConsultationResponses(draft.id), "responses page");
    await specialist.getByLabel("Điều, khoản được góp ý").selectOption({ label: "Điều 3" });
    await specialist.getByLabel("Tóm tắt nội dung các ý kiến").fill("Thời hạn khi hồ sơ nộp cuối ngày.");
    await specialist.getByLabel("Nội dung tiếp thu hoặc giải trình của cơ quan soạn thảo").fill(RESPONSE);
    await submit(specialist, specialist.getByRole("button", { name: "Thêm nhóm", exact: true }));
    await arrived(specialist, "group added");
    await specialist.locator(`input[name="ids"][value="${comment.id}"]`).check();
    await specialist.getByLabel("Nhóm", { exact: true }).selectOption({ index: 0 });
    await submit(specialist, specialist.getByRole("button", { name: "Xếp vào nhóm" }));
    await arrived(specialist, "comment grouped");
    await specialist.getByLabel("Nội dung báo cáo tổng hợp ý kiến").fill(SYNTHESIS);
    await submit(specialist, specialist.getByRole("button", { name: "Lưu báo cáo" }));
    await arrived(specialist, "synthesis saved");

    // The unit's leader publishes the result.
    const leader = await staffPage("lanhdao.stp");
    await visit(leader, P.adminConsultationResponses(draft.id), "responses page (leader)");
    await submit(leader, leader.getByRole("button", { name: "Công bố kết quả tổng hợp" }));
    await arrived(leader, "concluded");

    // The citizen finds the synthesis, and the response at article 3 pointing to their comment.
    await visit(page, P.consultation(draft.slug), "concluded draft");
    await expect(page.locator("main").textContent()).resolves.toContain(SYNTHESIS);
    const article3 = page.locator(`#c-${comment.clause_id}`);
    await expect(article3.locator("h3").textContent()).resolves.toBe("Điều 3. Thời hạn giải quyết");
    await expect(article3.textContent()).resolves.toContain(RESPONSE);
    await expect(article3.locator(`a[href="#y-kien-${comment.id}"]`).count()).resolves.toBe(1);
    await expect(own.getByRole("link", { name: "Xem tiếp thu, giải trình" }).count()).resolves.toBe(1);
    await visit(page, P.consultations, "list after conclusion");
    await expect(page.locator("main").textContent()).resolves.toContain("Đã công bố tổng hợp");
  });
});
