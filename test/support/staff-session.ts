import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import { hashPassword } from "../../src/platform/auth/passwords.js";
import { generateTotpSecret, totpCodeAt, totpStep } from "../../src/platform/auth/totp.js";
import type { Db } from "../../src/platform/db/connection.js";
import type { Role } from "../../src/platform/rbac/roles.js";
import { TEST_ADMIN_PASSWORD } from "./app.js";

export const DEFAULT_TEST_PASSWORD = "Mat-khau-thu-nghiem-2026";

export interface TestGrant {
  role: Role;
  unitId?: string | null;
  siteId?: string | null;
}

export interface CreatedStaff {
  id: string;
  username: string;
  password: string;
  /** null when created with `totp: false` (the first sign-in then enrols). */
  totpSecret: string | null;
}

/** A staff account written straight to the database, fully enrolled (TOTP on) unless `totp: false`. */
export async function createStaff(
  db: Db,
  opts: {
    username: string;
    fullName?: string;
    unitId?: string | null;
    grants: TestGrant[];
    password?: string;
    totp?: boolean;
    mustChangePassword?: boolean;
  },
): Promise<CreatedStaff> {
  const id = uuidv7();
  const password = opts.password ?? DEFAULT_TEST_PASSWORD;
  const totpSecret = opts.totp === false ? null : generateTotpSecret();
  await db
    .insertInto("staff_users")
    .values({
      id,
      username: opts.username,
      full_name: opts.fullName ?? `Cán bộ ${opts.username}`,
      unit_id: opts.unitId ?? null,
      password_hash: await hashPassword(password),
      must_change_password: opts.mustChangePassword ?? false,
      totp_secret: totpSecret,
      totp_enabled_at: totpSecret ? new Date() : null,
      recovery_codes: JSON.stringify([]),
    })
    .execute();
  for (const g of opts.grants) {
    await db
      .insertInto("role_grants")
      .values({
        id: uuidv7(),
        user_id: id,
        role: g.role,
        unit_id: g.unitId ?? null,
        site_id: g.siteId ?? null,
      })
      .execute();
  }
  return { id, username: opts.username, password, totpSecret };
}

export interface StaffSession {
  /** `congso_sid=…`, ready for a `cookie` header. */
  cookie: string;
  /** The session's CSRF token, for `_csrf` fields or the `x-csrf-token` header. */
  csrf: string;
  totpSecret: string;
  /** Set when this sign-in enrolled TOTP (the codes shown once). */
  recoveryCodes: string[];
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, form: Record<string, string | string[]>): Promise<LightMyRequestResponse>;
}

export function formBody(form: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(form)) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  return params.toString();
}

/** The value of the first hidden `_csrf` field of a page. */
export function csrfFromHtml(html: string): string | undefined {
  return /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
}

function cookieFrom(res: LightMyRequestResponse, name: string): string | undefined {
  const c = res.cookies.find((x) => x.name === name);
  return c && c.value !== "" ? c.value : undefined;
}

function fail(step: string, res: LightMyRequestResponse): never {
  throw new Error(`signIn: ${step} answered ${res.statusCode}: ${res.body.slice(0, 600)}`);
}

/**
 * A TOTP code the server has not seen yet. A person signs in at most once a minute; tests sign the same person in
 * much more often, so the steps the server remembers are cleared when the window has no unused step left.
 */
async function freshCode(db: Db, username: string, secret: string): Promise<string> {
  const row = await db
    .selectFrom("staff_users")
    .select("totp_used_steps")
    .where(sql<string>`lower(username)`, "=", username.toLowerCase())
    .executeTakeFirst();
  const used = row?.totp_used_steps ?? [];
  const now = totpStep(new Date());
  for (const step of [now, now + 1]) if (!used.includes(step)) return totpCodeAt(secret, step);
  await db
    .updateTable("staff_users")
    .set({ totp_used_steps: JSON.stringify([]) })
    .where(sql<string>`lower(username)`, "=", username.toLowerCase())
    .execute();
  return totpCodeAt(secret, now);
}

/**
 * Signs a person in through the real pages (password, then TOTP, or TOTP enrolment on a first sign-in) and returns
 * a session to act as them. Without `totpSecret`, an enrolled account's secret is read from the database.
 */
export async function signIn(
  app: FastifyInstance,
  opts: { username: string; password: string; totpSecret?: string | null; remoteAddress?: string },
): Promise<StaffSession> {
  const db = app.services.db;
  // Sign-in POSTs are rate-limited per IP; a test that signs many people in can spread them over addresses.
  const from = opts.remoteAddress ? { remoteAddress: opts.remoteAddress } : {};
  const page = await app.inject({ url: "/admin/dang-nhap", ...from });
  if (page.statusCode !== 200) fail("GET /admin/dang-nhap", page);
  const anonCsrf = cookieFrom(page, "congso_csrf");
  const token = csrfFromHtml(page.body);
  if (!anonCsrf || !token) throw new Error("signIn: the sign-in page gave no CSRF token");

  const passwordRes = await app.inject({
    ...from,
    method: "POST",
    url: "/admin/dang-nhap",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: `congso_csrf=${anonCsrf}` },
    payload: formBody({ _csrf: token, username: opts.username, password: opts.password }),
  });
  if (passwordRes.statusCode !== 303) fail("POST /admin/dang-nhap", passwordRes);
  let sid = cookieFrom(passwordRes, "congso_sid");
  if (!sid) throw new Error("signIn: no session cookie after the password step");
  const step = String(passwordRes.headers.location);

  let secret = opts.totpSecret ?? null;
  let recoveryCodes: string[] = [];
  if (step === "/admin/dang-nhap/ma-xac-thuc") {
    if (!secret) {
      const row = await db
        .selectFrom("staff_users")
        .select("totp_secret")
        .where(sql<string>`lower(username)`, "=", opts.username.toLowerCase())
        .executeTakeFirst();
      secret = row?.totp_secret ?? null;
    }
    if (!secret) throw new Error(`signIn: ${opts.username} has TOTP enrolled but no secret was given`);
    const totpPage = await app.inject({ url: step, headers: { cookie: `congso_sid=${sid}` } });
    if (totpPage.statusCode !== 200) fail(`GET ${step}`, totpPage);
    const res = await app.inject({
      ...from,
      method: "POST",
      url: step,
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: `congso_sid=${sid}` },
      payload: formBody({
        _csrf: csrfFromHtml(totpPage.body) ?? "",
        code: await freshCode(db, opts.username, secret),
      }),
    });
    if (res.statusCode !== 303) fail(`POST ${step}`, res);
    sid = cookieFrom(res, "congso_sid") ?? fail("new session after TOTP", res);
  } else if (step === "/admin/dang-nhap/thiet-lap-xac-thuc") {
    const enrolPage = await app.inject({ url: step, headers: { cookie: `congso_sid=${sid}` } });
    if (enrolPage.statusCode !== 200) fail(`GET ${step}`, enrolPage);
    secret = /data-secret="([A-Z2-7]+)"/.exec(enrolPage.body)?.[1] ?? null;
    if (!secret) throw new Error("signIn: the enrolment page shows no secret");
    const res = await app.inject({
      ...from,
      method: "POST",
      url: step,
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: `congso_sid=${sid}` },
      payload: formBody({
        _csrf: csrfFromHtml(enrolPage.body) ?? "",
        code: totpCodeAt(secret, totpStep(new Date())),
      }),
    });
    if (res.statusCode !== 200) fail(`POST ${step}`, res);
    recoveryCodes = [...res.body.matchAll(/<li><code>([a-z0-9-]+)<\/code><\/li>/g)].map((m) => m[1] ?? "");
    sid = cookieFrom(res, "congso_sid") ?? fail("new session after enrolment", res);
  } else {
    fail(`password step redirected to ${step}`, passwordRes);
  }

  const cookie = `congso_sid=${sid}`;
  let home = await app.inject({ url: "/admin", headers: { cookie } });
  if (home.statusCode === 303 && home.headers.location) {
    home = await app.inject({ url: String(home.headers.location), headers: { cookie } });
  }
  const csrf = csrfFromHtml(home.body);
  if (home.statusCode !== 200 || !csrf) fail("GET /admin after sign-in", home);

  return {
    cookie,
    csrf,
    totpSecret: secret,
    recoveryCodes,
    get: (url) => app.inject({ url, headers: { cookie } }),
    post: (url, form) =>
      app.inject({
        method: "POST",
        url,
        headers: { "content-type": "application/x-www-form-urlencoded", cookie },
        payload: formBody({ _csrf: csrf, ...form }),
      }),
  };
}

/** Signs in as `admin` (created by ensureSystemAdmin with TEST_ADMIN_PASSWORD), enrolling TOTP the first time. */
export function signInAsAdmin(app: FastifyInstance): Promise<StaffSession> {
  return signIn(app, { username: "admin", password: TEST_ADMIN_PASSWORD });
}
