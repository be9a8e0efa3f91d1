import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { type ReceivedMail, startSmtpServer, type TestSmtpServer } from "../../test/support/smtp-server.js";
import { launchBrowser, newPerson } from "./browser.js";
import { type RunningServer, startServer } from "./server.js";

export interface CitizenApp {
  smtp: TestSmtpServer;
  server: RunningServer;
  browser: Browser;
  /** One person's page on the app. */
  page: Page;
}

/**
 * Registers the suite's beforeAll / afterAll: a local SMTP server, the app on Postgres sending its mail there, Chromium
 * and one person's page. The fields are set once beforeAll has run.
 */
export function useCitizenApp(setupTimeoutMs: number): CitizenApp {
  const app = {} as CitizenApp;
  beforeAll(async () => {
    app.smtp = await startSmtpServer();
    [app.server, app.browser] = await Promise.all([
      startServer({ database: "postgres", env: { SMTP_URL: app.smtp.url } }),
      launchBrowser(),
    ]);
    app.page = await (await newPerson(app.browser, app.server.url)).newPage();
  }, setupTimeoutMs);
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.stop();
    await app.smtp?.close();
  });
  return app;
}

/** The next mail after the first `before` ones, and the six-digit one-time code in its subject. */
export async function emailedCode(
  smtp: TestSmtpServer,
  before: number,
): Promise<{ mail: ReceivedMail | undefined; code: string }> {
  const [mail] = (await smtp.waitForMessages(before + 1, 30_000)).slice(before);
  const code = /(\d{6})/.exec(mail?.subject ?? "")?.[1] ?? "";
  expect(code).toMatch(/^\d{6}$/);
  return { mail, code };
}
