import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { PARTICIPATION_PATHS } from "../src/modules/participation/paths.js";
import { type DbHandle, openDatabase } from "../src/platform/db/connection.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { useCitizenApp } from "./support/citizen.js";
import { signedInDemoStaff, signUpCitizen } from "./support/participants.js";
import { arrived } from "./support/staff-pages.js";

/**
 * Journey 9: a business asks in "Doanh nghiệp hỏi – Cơ quan chức năng trả lời"; the portal's editorial board routes
 * it to Sở Kế hoạch và Đầu tư; the department's specialist drafts the answer, its director approves and publishes it;
 * the business is told by email and finds the answer by searching without diacritics. Axe on every page.
 */
describe("journey 9: a business question, from asking to the published answer", () => {
  const app = useCitizenApp(300_000);
  let dbh: DbHandle | undefined;

  afterAll(async () => {
    await dbh?.close();
  });

  async function staffPage(username: string): Promise<Page> {
    const db = dbh?.db;
    if (!db) throw new Error("no database");
    return signedInDemoStaff(db, app.browser, app.server.url, username);
  }

  async function submit(page: Page, action: string) {
    await Promise.all([
      page.waitForNavigation({ waitUntil: "load" }),
      page.locator(`form[data-action="${action}"] button[type="submit"]`).click(),
    ]);
  }

  it("is asked, routed, drafted, approved, published and found", async () => {
    const { page, smtp, server } = app;
    dbh = await openDatabase({ databaseUrl: server.databaseUrl, dataDir: server.dataDir });
    const title = "Thủ tục điều chỉnh giấy chứng nhận đăng ký đầu tư";
    const answer = "Doanh nghiệp nộp văn bản đề nghị điều chỉnh tại Sở Kế hoạch và Đầu tư theo Luật Đầu tư.";

    // The business signs up with a code sent by email.
    await signUpCitizen(page, smtp, { fullName: "Trần Thị Doanh", email: "doanh.nghiep@example.vn" });

    // It asks in the business section.
    await page.goto(PARTICIPATION_PATHS.askBusiness);
    await expectNoAxeViolations(page, "business ask form");
    await page.getByLabel("Tên doanh nghiệp").fill("Công ty TNHH Cơ khí Sông Trà");
    await page.getByLabel("Mã số thuế").fill("4300123456");
    await page.locator("#f-topic").selectOption({ index: 1 });
    await page.getByLabel("Tiêu đề").fill(title);
    await page
      .getByLabel("Nội dung câu hỏi")
      .fill("Công ty muốn tăng vốn đầu tư của dự án thì cần hồ sơ gì, nộp ở đâu?");
    await page.getByLabel("Tôi đồng ý công khai họ tên của tôi cùng câu hỏi").check();
    await Promise.all([
      page.waitForNavigation({ waitUntil: "load" }),
      page.locator("main form button[type=submit]").last().click(),
    ]);
    const code = decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");
    expect(code).toMatch(/^DN-/);
    await expectNoAxeViolations(page, "question sent");

    // The editorial board routes it to Sở Kế hoạch và Đầu tư.
    const board = await staffPage("bientap.cong");
    await board.goto(`${PARTICIPATION_PATHS.adminQuestions}?tab=route&q=${encodeURIComponent(code)}`);
    await arrived(board, "questions to route");
    await board.getByRole("link", { name: code }).click();
    await arrived(board, "question page (board)");
    await board
      .locator('form[data-action="route"] select[name="unitId"]')
      .selectOption({ label: "Sở Kế hoạch và Đầu tư" });
    await submit(board, "route");
    await arrived(board, "question routed");
    await expect(board.locator("[data-status]").first().getAttribute("data-status")).resolves.toBe("routed");

    // The department's specialist drafts the answer.
    const specialist = await staffPage("chuyenvien.skhdt");
    await specialist.goto(`${PARTICIPATION_PATHS.adminQuestions}?tab=routed`);
    await arrived(specialist, "questions at the unit");
    await specialist.getByRole("link", { name: code }).click();
    await specialist.locator('form[data-action="draft"] textarea[name="answer"]').fill(answer);
    await submit(specialist, "draft");
    await arrived(specialist, "answer drafted");

    // Its director approves and publishes.
    const leader = await staffPage("lanhdao.skhdt");
    await leader.goto(`${PARTICIPATION_PATHS.adminQuestions}?tab=drafted`);
    await arrived(leader, "drafts awaiting approval");
    await leader.getByRole("link", { name: code }).click();
    const before = smtp.messages.length;
    await submit(leader, "publish");
    await arrived(leader, "answer published");

    // The business is told by email, with the link to the answer.
    const mails = await smtp.waitForMessages(before + 1, 30_000);
    const told = mails.slice(before).find((m) => m.subject.includes(code));
    expect(told?.subject).toContain("đã được trả lời");
    expect(told?.text).toContain(PARTICIPATION_PATHS.question(code));

    // It finds the answer by searching without diacritics.
    await page.goto(PARTICIPATION_PATHS.businessQuestions);
    await expectNoAxeViolations(page, "business Q&A list");
    await page.getByLabel("Từ khóa").fill("dieu chinh giay chung nhan dau tu");
    await page.getByRole("button", { name: "Tìm", exact: true }).click();
    await expectNoAxeViolations(page, "business Q&A search");
    await page.getByRole("link", { name: title }).click();
    await expectNoAxeViolations(page, "published business question");
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain(answer);
    expect(text).not.toContain("doanh.nghiep@example.vn");
    expect(text).not.toContain("4300123456");
  });
});
