import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PARTICIPATION_PATHS as P } from "../src/modules/participation/paths.js";
import { formatVnDateTime } from "../src/platform/calendar/vn-datetime.js";
import { type DbHandle, openDatabase } from "../src/platform/db/connection.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { newPerson } from "./support/browser.js";
import { useCitizenApp } from "./support/citizen.js";
import { clickAndLoad, signedInDemoStaff, signUpCitizen } from "./support/participants.js";
import { arrived } from "./support/staff-pages.js";

const TITLE = "Đối thoại trực tuyến về cải cách thủ tục hộ tịch";
const QUESTION = "Đăng ký khai sinh trực tuyến cho con có cần mang giấy chứng sinh bản gốc không?";
const ANSWER = "Không cần: bản chụp giấy chứng sinh được đính kèm khi nộp trực tuyến.";

/**
 * Online dialogue with a leader (SPEC §E3): the editorial board schedules it, a citizen sends a question beforehand,
 * the board approves it, starts the session and publishes the leader's answer; a viewer with the public page open
 * sees the answer arrive without reloading, then the end, and the page becomes the transcript. Axe on every page.
 */
describe("online dialogue with a leader", () => {
  const app = useCitizenApp(300_000);
  let dbh: DbHandle;

  beforeAll(async () => {
    dbh = await openDatabase({ databaseUrl: app.server.databaseUrl, dataDir: app.server.dataDir });
  }, 300_000);
  afterAll(async () => {
    await dbh?.close();
  });

  const staffPage = (username: string) => signedInDemoStaff(dbh.db, app.browser, app.server.url, username);
  const submit = clickAndLoad;

  it("takes a question beforehand, answers it live and keeps the transcript", async () => {
    const { page: citizen, smtp } = app;

    // The editorial board schedules the session.
    const board = await staffPage("bientap.cong");
    await board.goto(`${P.adminDialogues}/moi`);
    await arrived(board, "schedule form");
    const start = new Date(Date.now() + 3_600_000);
    await board.getByLabel("Tên buổi đối thoại").fill(TITLE);
    await board.getByLabel("Họ tên lãnh đạo").fill("Đỗ Thị Hồng Nhung");
    await board.getByLabel("Chức vụ").fill("Giám đốc Sở Tư pháp");
    await board.getByLabel("Đơn vị chủ trì").selectOption({ label: "Sở Tư pháp" });
    await board.getByLabel("Bắt đầu").fill(formatVnDateTime(start));
    await board.getByLabel("Kết thúc").fill(formatVnDateTime(new Date(start.getTime() + 7_200_000)));
    await submit(board, board.getByRole("button", { name: "Lên lịch" }));
    await arrived(board, "scheduled dialogue (staff)");
    const adminUrl = new URL(board.url()).pathname;

    // A citizen signs up and sends a question beforehand, consenting to show their name.
    await signUpCitizen(
      citizen,
      smtp,
      { fullName: "Lê Văn Hỏi", email: "le.van.hoi@example.vn" },
      { checkPages: true },
    );
    await citizen.goto(P.dialogues);
    await arrived(citizen, "public list of dialogues");
    await submit(citizen, citizen.getByRole("link", { name: TITLE }));
    await arrived(citizen, "dialogue page with the question form");
    await citizen.getByLabel("Nội dung câu hỏi").fill(QUESTION);
    await citizen.getByLabel(/Tôi đồng ý công khai họ tên/).check();
    await submit(citizen, citizen.getByRole("button", { name: "Gửi câu hỏi" }));
    await arrived(citizen, "question sent");
    await expect(citizen.locator("main").textContent()).resolves.toContain("đang chờ duyệt");
    // Not public before an answer.
    await expect(citizen.locator("#dialogue-answers").textContent()).resolves.not.toContain(QUESTION);

    // The board approves it and starts the session.
    await board.reload();
    await submit(board, board.getByRole("button", { name: /^Duyệt/ }));
    await arrived(board, "question approved");
    await submit(board, board.getByRole("button", { name: "Bắt đầu buổi đối thoại" }));
    await arrived(board, "session live");

    // A viewer opens the public page, anonymously, and keeps it open.
    const viewer = await (await newPerson(app.browser, app.server.url)).newPage();
    await viewer.goto(new URL(citizen.url()).pathname);
    await arrived(viewer, "live dialogue (viewer)");
    await expect(viewer.locator("main").textContent()).resolves.toContain("Đang diễn ra");
    await viewer.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });

    // The answer is typed and published; it appears on the viewer's page without a reload.
    await board.getByLabel("Trả lời câu hỏi").fill(ANSWER);
    await submit(board, board.getByRole("button", { name: "Đăng câu trả lời" }));
    await arrived(board, "answer published");
    await viewer.locator("#tra-loi-1").waitFor();
    const item = (await viewer.locator("#tra-loi-1").textContent()) ?? "";
    expect(item).toContain(QUESTION);
    expect(item).toContain(ANSWER);
    expect(item).toContain("Lê Văn Hỏi");
    expect(item).not.toContain("le.van.hoi@example.vn");
    await expect(
      viewer.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
    ).resolves.toBe(true);
    await expectNoAxeViolations(viewer, "live answer appended");

    // The session ends: the viewer is told, and the page is now the transcript.
    await board.goto(adminUrl);
    await submit(board, board.getByRole("button", { name: "Kết thúc buổi đối thoại" }));
    await arrived(board, "session ended");
    await viewer.getByText("Buổi đối thoại đã kết thúc.").waitFor();
    await viewer.reload();
    await arrived(viewer, "transcript");
    await expect(viewer.locator("h2#cau-tra-loi").textContent()).resolves.toBe("Nội dung buổi đối thoại");
    await expect(viewer.locator("main").textContent()).resolves.toContain(ANSWER);
    await expect(viewer.getByRole("button", { name: "Gửi câu hỏi" }).count()).resolves.toBe(0);
    await board.goto(P.adminDialogues);
    await arrived(board, "staff list of dialogues");
    await expect(board.locator("main").textContent()).resolves.toContain("0 chờ duyệt, 1 đã trả lời");
  });
});
