import type { FastifyInstance } from "fastify";
import { v7 as uuidv7 } from "uuid";
import { createCitizenSession } from "../../src/modules/citizens/store.js";
import { TestBrowser } from "../../src/modules/citizens/test-support.js";
import type { Db } from "../../src/platform/db/connection.js";

export interface TestCitizen {
  id: string;
  fullName: string;
  email: string;
  phone: string;
  businessName: string | null;
  taxCode: string | null;
}

let serial = 0;

/** A verified citizen (or, with `business`, a business with its tax code) written straight to the table. */
export async function createTestCitizen(
  db: Db,
  opts: { fullName?: string; business?: { name: string; taxCode: string } } = {},
): Promise<TestCitizen> {
  serial += 1;
  const id = uuidv7();
  const tag = `${Date.now().toString(36)}${serial}`;
  const c: TestCitizen = {
    id,
    fullName: opts.fullName ?? "Nguyễn Văn Thử",
    email: `nguoi.dan.${tag}@example.vn`,
    phone: `09${String(10_000_000 + ((Date.now() + serial * 7919) % 89_999_999)).padStart(8, "0")}`,
    businessName: opts.business?.name ?? null,
    taxCode: opts.business?.taxCode ?? null,
  };
  const now = new Date();
  await db
    .insertInto("citizens")
    .values({
      id,
      full_name: c.fullName,
      email: c.email,
      phone: c.phone,
      business_name: c.businessName,
      tax_code: c.taxCode,
      email_verified_at: now,
      phone_verified_at: now,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return c;
}

/**
 * A TestBrowser signed in as this citizen (the session row written directly, as a finished one-time-code sign-in
 * would). Fetch a form page first so `browser.csrf` holds the page's token before posting.
 */
export async function citizenBrowser(
  app: FastifyInstance,
  citizenId: string,
  remoteAddress = "127.0.0.1",
): Promise<TestBrowser> {
  const token = await createCitizenSession(app.services.db, citizenId, new Date());
  const browser = new TestBrowser(app, remoteAddress);
  browser.cookies.set("congso_citizen", token);
  return browser;
}
