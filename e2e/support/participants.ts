import type { Browser, Locator, Page } from "playwright-core";
import { DEMO_STAFF_PASSWORD, demoStaffId } from "../../src/modules/orgs/staff-bootstrap.js";
import { CITIZEN_PATHS } from "../../src/modules/services/paths.js";
import { generateTotpSecret } from "../../src/platform/auth/totp.js";
import type { Db } from "../../src/platform/db/connection.js";
import type { TestSmtpServer } from "../../test/support/smtp-server.js";
import { expectNoAxeViolations } from "./axe.js";
import { newPerson } from "./browser.js";
import { emailedCode } from "./citizen.js";
import { signInEnrolledStaff } from "./staff-pages.js";
import { Authenticator } from "./totp.js";

/** Clicks and waits for the page the click loads, so what follows reads the new page, not the old one. */
export async function clickAndLoad(page: Page, target: Locator): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: "load" }), target.click()]);
}

/**
 * A demo staff member signed in on a page of their own. The TOTP secret is written straight to the database, since
 * walking each person through enrolment would only repeat what journey 1 already proves.
 */
export async function signedInDemoStaff(
  db: Db,
  browser: Browser,
  baseUrl: string,
  username: string,
): Promise<Page> {
  const secret = generateTotpSecret();
  await db
    .updateTable("staff_users")
    .set({ totp_secret: secret, totp_enabled_at: new Date() })
    .where("id", "=", demoStaffId(username))
    .execute();
  const page = await (await newPerson(browser, baseUrl)).newPage();
  await signInEnrolledStaff(page, username, DEMO_STAFF_PASSWORD, new Authenticator(secret));
  return page;
}

/**
 * A citizen signs up on `page` with the one-time code mailed to `email`, and is signed in when this returns.
 * `checkPages` runs axe on the sign-up and code pages, for the journeys that are the first to show them.
 */
export async function signUpCitizen(
  page: Page,
  smtp: TestSmtpServer,
  person: { fullName: string; email: string },
  opts: { checkPages?: boolean } = {},
): Promise<void> {
  await page.goto(CITIZEN_PATHS.signUp);
  if (opts.checkPages) await expectNoAxeViolations(page, "citizen sign-up");
  await page.getByLabel("Họ và tên").fill(person.fullName);
  await page.getByLabel("Thư điện tử hoặc số điện thoại di động").fill(person.email);
  const before = smtp.messages.length;
  await page.getByRole("button", { name: "Đăng ký và nhận mã" }).click();
  if (opts.checkPages) await expectNoAxeViolations(page, "one-time code page");
  const { code } = await emailedCode(smtp, before);
  await page.getByLabel("Mã xác thực").fill(code);
  await clickAndLoad(page, page.getByRole("button", { name: "Xác nhận" }));
}
