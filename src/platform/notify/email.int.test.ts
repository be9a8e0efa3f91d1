import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/support/app.js";
import { startEmailWorker } from "../../../test/support/jobs.js";
import { startSmtpServer, type TestSmtpServer } from "../../../test/support/smtp-server.js";
import { waitFor } from "../../../test/support/wait-for.js";
import { inTransaction } from "../db/transaction.js";
import type { JobQueue } from "../jobs/index.js";
import { createMailer } from "./email.js";
import { EMAIL_QUEUE, enqueueEmail } from "./email-jobs.js";

const SUBJECT = "Thông báo: hồ sơ của ông Nguyễn Văn Đức đã được tiếp nhận – Ủy ban nhân dân huyện Lý Sơn";
const TEXT =
  "Kính gửi ông Đức,\n\nHồ sơ “Cấp giấy phép xây dựng nhà ở riêng lẻ” đã được Bộ phận Một cửa tiếp nhận.\n" +
  "Ngày hẹn trả kết quả: 20/03/2026.\n\nTrân trọng,\nỦy ban nhân dân huyện Lý Sơn";

describe("email through the durable queue to a real SMTP server", () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let jobs: JobQueue;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ seed: "none", env: { SMTP_URL: smtp.url } });
    // The app's services (its SMTP mailer from SMTP_URL), with a queue whose back-off suits a test.
    jobs = startEmailWorker(t.services);
  });
  afterAll(async () => {
    await jobs?.stop();
    await t?.close();
    await smtp?.close();
  });

  const jobRow = (id: number) =>
    t.services.db.selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  it("delivers a queued message with its Vietnamese subject and body intact", async () => {
    expect(t.services.mailer.transport).toBe("smtp");
    const before = smtp.messages.length;
    const id = await inTransaction(t.services.db, (tx) =>
      enqueueEmail(jobs, tx, { to: "cong.dan@example.vn", subject: SUBJECT, text: TEXT }),
    );
    expect((await jobRow(id)).queue).toBe(EMAIL_QUEUE);
    const [mail] = (await smtp.waitForMessages(before + 1)).slice(before);
    expect(mail?.subject).toBe(SUBJECT);
    expect(mail?.text.trim()).toBe(TEXT);
    expect(mail?.to).toEqual(["cong.dan@example.vn"]);
    expect(mail?.from).toBe("no-reply@congso.local");
    expect(mail?.fromName).toBe("Cổng số");
    await waitFor(async () => (await jobRow(id)).status === "done", { what: "email job done" });
  });

  it("keeps retrying while the server refuses, then delivers exactly once", async () => {
    const before = smtp.messages.length;
    const refusedBefore = smtp.refusedCount();
    smtp.refuse(3);
    const subject = "Nhắc việc: văn bản đến số 125/SXD-QLXD cần xử lý";
    const id = await inTransaction(t.services.db, (tx) =>
      enqueueEmail(jobs, tx, {
        to: "chuyen.vien@quangngai.gov.vn",
        subject,
        text: "Đề nghị xử lý trước hạn.",
      }),
    );
    const done = await waitFor(
      async () => {
        const row = await jobRow(id);
        return row.status === "done" || row.status === "dead" ? row : undefined;
      },
      { what: "email job finished" },
    );
    expect(done.status).toBe("done");
    expect(done.attempts).toBe(4);
    expect(done.last_error).toContain("451");
    expect(smtp.refusedCount() - refusedBefore).toBe(3);
    const arrived = smtp.messages.slice(before).filter((m) => m.subject === subject);
    expect(arrived).toHaveLength(1);
  });

  it("gives up after max_attempts while the server keeps refusing, and the job is dead", async () => {
    smtp.refuse("always");
    try {
      const id = await inTransaction(t.services.db, (tx) =>
        enqueueEmail(
          jobs,
          tx,
          { to: "lanh.dao@quangngai.gov.vn", subject: "Không gửi được", text: "…" },
          { maxAttempts: 2 },
        ),
      );
      const row = await waitFor(
        async () => {
          const r = await jobRow(id);
          return r.status === "dead" ? r : undefined;
        },
        { what: "email job dead" },
      );
      expect(row.attempts).toBe(2);
      expect(row.last_error).toMatch(/451/);
    } finally {
      smtp.accept();
    }
  });

  it("refuses to enqueue a message without a recipient", async () => {
    await expect(
      inTransaction(t.services.db, (tx) => enqueueEmail(jobs, tx, { to: "", subject: "x", text: "y" })),
    ).rejects.toThrow();
  });
});

describe("outbox mailer (no SMTP_URL)", () => {
  it("writes each message as an .eml file under DATA_DIR/outbox, UTF-8 intact", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "congso-outbox-"));
    try {
      const mailer = createMailer({ smtpUrl: undefined, from: "Cổng số <no-reply@congso.local>", dataDir });
      expect(mailer.transport).toBe("outbox");
      await mailer.send({ to: "a@example.vn", subject: SUBJECT, text: TEXT });
      await mailer.send({ to: "b@example.vn", subject: "Thư thứ hai", text: "Đắk Lắk" });
      await mailer.close();
      const files = fs.readdirSync(path.join(dataDir, "outbox")).sort();
      expect(files).toHaveLength(2);
      expect(files.every((f) => f.endsWith(".eml"))).toBe(true);
      const parsed = await Promise.all(
        files.map((f) => simpleParser(fs.readFileSync(path.join(dataDir, "outbox", f)))),
      );
      const first = parsed.find((p) => p.subject === SUBJECT);
      expect(first?.text?.trim()).toBe(TEXT);
      expect(first?.from?.value[0]?.name).toBe("Cổng số");
      expect(parsed.some((p) => p.subject === "Thư thứ hai" && p.text?.trim() === "Đắk Lắk")).toBe(true);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
