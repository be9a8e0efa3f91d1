import type { Page } from "playwright-core";
import { v7 as uuidv7 } from "uuid";
import { afterAll, describe, expect, it } from "vitest";
import { PARTICIPATION_PATHS } from "../src/modules/participation/paths.js";
import { questionSearchText } from "../src/modules/participation/questions/domain/search.js";
import { type DbHandle, openDatabase } from "../src/platform/db/connection.js";
import { createTestCitizen } from "../test/support/citizen-session.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { useCitizenApp } from "./support/citizen.js";
import { signUpCitizen } from "./support/participants.js";

/** What the keyboard is on, and whether it can be seen there (the site's focus ring, not the browser's default). */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      id: el?.id ?? "",
      text: (el?.textContent ?? "").trim().replace(/\s+/g, " "),
      visible: !!el && el !== document.body && el.matches(":focus-visible") && style?.outlineStyle !== "none",
    };
  });
}

/** Presses Tab until the focused element matches, checking the focus is visible on the way; fails after `max`. */
async function tabTo(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 80) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (match(f)) {
      expect(f.visible, `focus on ${f.tag}#${f.id} is not visible`).toBe(true);
      return f;
    }
  }
  throw new Error("Tab never reached the element");
}

/**
 * Issue 7 items 1, 2, 5, 7: the public Q&A (list, search without diacritics, a question page) and a citizen asking a
 * question with the keyboard only, from the Q&A page to the code, through an error; axe on every page.
 */
describe("questions and answers", () => {
  const app = useCitizenApp(300_000);
  let dbh: DbHandle | undefined;

  afterAll(async () => {
    await dbh?.close();
  });

  it("are found without diacritics and asked with the keyboard only", async () => {
    const { page, smtp, server } = app;
    dbh = await openDatabase({ databaseUrl: server.databaseUrl, dataDir: server.dataDir });
    const db = dbh.db;
    const topicId = uuidv7();
    await db
      .insertInto("question_topics")
      .values({
        id: topicId,
        slug: "e2e-ho-tich",
        name_vi: "Hộ tịch (thử)",
        name_en: "Civil status",
        position: 0,
      })
      .execute();
    const unit = await db
      .selectFrom("units")
      .select("id")
      .where("short_code", "=", "STP")
      .executeTakeFirstOrThrow();
    const asker = await createTestCitizen(db, { fullName: "Phạm Thị Công Bố" });
    const title = "Đăng ký khai sinh cho con tại Quảng Ngãi";
    const body = "Con tôi sinh ở Đà Nẵng, tôi có đăng ký khai sinh ở Quảng Ngãi được không?";
    const answer = "Được. Bạn nộp hồ sơ tại UBND cấp xã nơi cư trú của cha hoặc mẹ.";
    await db
      .insertInto("questions")
      .values({
        id: uuidv7(),
        code: "HD-200102-9001",
        kind: "citizen",
        topic_id: topicId,
        citizen_id: asker.id,
        asker_name: asker.fullName,
        asker_email: asker.email,
        asker_phone: asker.phone,
        show_name: true,
        title,
        body,
        status: "published",
        unit_id: unit.id,
        answer,
        published_at: new Date(),
        search_text: questionSearchText({ title, body, answer }),
        created_at: new Date(),
        updated_at: new Date(),
      })
      .execute();

    // The public list, a search typed without diacritics, the question page: no contact data anywhere.
    await page.goto(PARTICIPATION_PATHS.questions);
    await expectNoAxeViolations(page, "Q&A list");
    await page.getByLabel("Từ khóa").fill("quang ngai khai sinh");
    await page.getByRole("button", { name: "Tìm", exact: true }).click();
    await expectNoAxeViolations(page, "Q&A search results");
    await page.getByRole("link", { name: title }).click();
    expect(new URL(page.url()).pathname).toBe(PARTICIPATION_PATHS.question("HD-200102-9001"));
    await expectNoAxeViolations(page, "question page");
    const questionText = (await page.locator("main").textContent()) ?? "";
    expect(questionText).toContain(answer);
    expect(questionText).toContain("Phạm Thị Công Bố");
    expect(questionText).not.toContain(asker.email);
    expect(questionText).not.toContain(asker.phone);

    // The other sections and a unit's own Q&A on its component site.
    const site = await db
      .selectFrom("sites")
      .select("slug")
      .where("unit_id", "=", unit.id)
      .where("kind", "=", "component")
      .executeTakeFirstOrThrow();
    for (const path of [
      PARTICIPATION_PATHS.businessQuestions,
      PARTICIPATION_PATHS.feedback,
      PARTICIPATION_PATHS.siteQuestions(site.slug),
    ]) {
      await page.goto(path);
      await expectNoAxeViolations(page, path);
    }
    await expect(page.getByRole("link", { name: title }).count()).resolves.toBe(1);

    // Asking needs an account: the page says why and links to sign in.
    await page.goto(PARTICIPATION_PATHS.ask);
    await expectNoAxeViolations(page, "ask page, signed out");
    await expect(page.locator("h1").textContent()).resolves.toBe("Đăng nhập để gửi câu hỏi");

    // Sign up with a code sent by email.
    await signUpCitizen(page, smtp, { fullName: "Võ Minh Bàn Phím", email: "ban.phim@example.vn" });

    // From here on, the keyboard only.
    await page.goto(PARTICIPATION_PATHS.questions);
    await tabTo(page, (f) => f.tag === "a" && f.text === "Đặt câu hỏi");
    await page.keyboard.press("Enter");
    await page.waitForURL(`**${PARTICIPATION_PATHS.ask}`);
    await expectNoAxeViolations(page, "ask form");
    await tabTo(page, (f) => f.id === "f-topic");
    await page.keyboard.press("ArrowDown");
    await tabTo(page, (f) => f.id === "f-title");
    await page.keyboard.type("Khai sinh cho con sinh ở tỉnh khác");
    await tabTo(page, (f) => f.id === "f-body");
    await page.keyboard.type("Quá ngắn");
    await tabTo(page, (f) => f.id === "f-showName-on");
    await page.keyboard.press("Space");
    await tabTo(page, (f) => f.tag === "button" && f.text === "Gửi câu hỏi");
    await page.keyboard.press("Enter");
    await page.waitForLoadState("load");

    // The error: focus lands on the summary, visibly; everything typed is kept.
    await expect(page.locator(".error-summary").textContent()).resolves.toContain("ít nhất 20 ký tự");
    const onSummary = await focused(page);
    expect(onSummary.id).toBe("error-summary");
    expect(onSummary.visible).toBe(true);
    await expectNoAxeViolations(page, "ask form with an error");
    await expect(page.locator("#f-title").inputValue()).resolves.toBe("Khai sinh cho con sinh ở tỉnh khác");
    await expect(page.locator("#f-showName-on").isChecked()).resolves.toBe(true);
    await tabTo(page, (f) => f.tag === "a" && f.text.includes("ít nhất 20 ký tự"));
    await tabTo(page, (f) => f.id === "f-body");
    await page.keyboard.press("Control+End");
    await page.keyboard.type(": con tôi sinh ở Đà Nẵng, nay cả nhà sống ở Quảng Ngãi.");
    await tabTo(page, (f) => f.tag === "button" && f.text === "Gửi câu hỏi");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/hoi-dap\/da-gui\//);

    // The sent page: the code and what happens next.
    await expectNoAxeViolations(page, "question sent");
    const sentCode = (await page.locator(".question-code").textContent()) ?? "";
    expect(sentCode).toMatch(/^HD-\d{6}-\d{4}$/);

    await page.goto(PARTICIPATION_PATHS.myQuestions);
    await expectNoAxeViolations(page, "my questions");
    const mine = (await page.locator("main").textContent()) ?? "";
    expect(mine).toContain(sentCode);
    expect(mine).toContain("Chờ phân loại");
  });
});
