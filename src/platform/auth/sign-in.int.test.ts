import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/support/app.js";
import { createStaff, csrfFromHtml, formBody, signIn } from "../../../test/support/staff-session.js";
import { totpCodeAt, totpStep } from "./totp.js";

let t: TestApp;
let ipCounter = 0;
/** Each test signs in from its own address, so the per-IP rate limit of sign-in only bites where it is tested. */
const nextIp = () => `127.0.3.${++ipCounter}`;

function cookieValue(res: LightMyRequestResponse, name: string): string | undefined {
  return res.cookies.find((c) => c.name === name)?.value;
}

/** A browser at one address: keeps its cookies between requests, as a person's browser would. */
function browser(ip = nextIp()) {
  const jar = new Map<string, string>();
  const remember = (res: LightMyRequestResponse) => {
    for (const c of res.cookies) {
      if (c.value === "" || (c.expires && c.expires.getTime() < Date.now())) jar.delete(c.name);
      else jar.set(c.name, c.value);
    }
    return res;
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  let lastCsrf = "";
  return {
    jar,
    get csrf() {
      return lastCsrf;
    },
    async get(url: string, headers: Record<string, string> = {}) {
      const res = remember(
        await t.app.inject({ url, remoteAddress: ip, headers: { cookie: cookie(), ...headers } }),
      );
      lastCsrf = csrfFromHtml(res.body) ?? lastCsrf;
      return res;
    },
    async post(url: string, form: Record<string, string>, opts: { csrf?: string | null } = {}) {
      const token = opts.csrf === undefined ? lastCsrf : opts.csrf;
      const res = remember(
        await t.app.inject({
          method: "POST",
          url,
          remoteAddress: ip,
          headers: { cookie: cookie(), "content-type": "application/x-www-form-urlencoded" },
          payload: formBody(token === null ? form : { _csrf: token, ...form }),
        }),
      );
      lastCsrf = csrfFromHtml(res.body) ?? lastCsrf;
      return res;
    },
  };
}

type Browser = ReturnType<typeof browser>;

async function passwordStep(b: Browser, username: string, password: string, next?: string) {
  await b.get(next ? `/admin/dang-nhap?next=${encodeURIComponent(next)}` : "/admin/dang-nhap");
  return b.post("/admin/dang-nhap", { username, password, ...(next ? { next } : {}) });
}

async function auditActions(entityId: string): Promise<string[]> {
  const rows = await t.services.db
    .selectFrom("audit_log")
    .select("action")
    .where("entity_id", "=", entityId)
    .orderBy("id")
    .execute();
  return rows.map((r) => r.action);
}

function code(secret: string, offset = 0): string {
  return totpCodeAt(secret, totpStep(new Date()) + offset);
}

beforeAll(async () => {
  t = await startTestApp({ seed: "none" });
});
afterAll(async () => {
  await t?.close();
});

describe("sign-in with password and TOTP", () => {
  it("walks from the sign-in redirect to the page asked for, with a new session id at each step", async () => {
    const person = await createStaff(t.services.db, {
      username: "ha.nguyen",
      grants: [{ role: "system_admin" }],
    });
    const b = browser();
    const first = await b.get("/admin/can-bo?q=ha");
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe(`/admin/dang-nhap?next=${encodeURIComponent("/admin/can-bo?q=ha")}`);

    const pwd = await passwordStep(b, person.username, person.password, "/admin/can-bo?q=ha");
    expect(pwd.statusCode).toBe(303);
    expect(pwd.headers.location).toBe("/admin/dang-nhap/ma-xac-thuc");
    const sidCookie = pwd.cookies.find((c) => c.name === "congso_sid");
    expect(sidCookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(sidCookie?.secure).toBeFalsy();
    const pendingSid = sidCookie?.value ?? "";

    // Half signed in: pages send the person back to the code step, other requests get 401.
    const early = await b.get("/admin");
    expect(early.statusCode).toBe(303);
    expect(early.headers.location).toBe("/admin/dang-nhap/ma-xac-thuc");
    expect((await b.get("/admin", { accept: "application/json" })).statusCode).toBe(401);

    await b.get("/admin/dang-nhap/ma-xac-thuc");
    const done = await b.post("/admin/dang-nhap/ma-xac-thuc", { code: code(person.totpSecret!) });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe("/admin/can-bo?q=ha");
    const fullSid = cookieValue(done, "congso_sid");
    expect(fullSid).toBeTruthy();
    expect(fullSid).not.toBe(pendingSid);
    const old = await t.app.inject({ url: "/admin", headers: { cookie: `congso_sid=${pendingSid}` } });
    expect(old.statusCode).toBe(303);
    expect(old.headers.location).toMatch(/^\/admin\/dang-nhap/);

    const list = await b.get("/admin/can-bo?q=ha");
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain("ha.nguyen");
    const row = await t.services.db
      .selectFrom("staff_users")
      .select(["last_login_at", "failed_attempts"])
      .where("id", "=", person.id)
      .executeTakeFirstOrThrow();
    expect(row.last_login_at).not.toBeNull();
    expect(await auditActions(person.id)).toContain("auth.sign_in");
  });

  it("ignores a session id planted before sign-in (no fixation)", async () => {
    const person = await createStaff(t.services.db, { username: "fixation.test", grants: [] });
    const planted = "A".repeat(43);
    const b = browser();
    b.jar.set("congso_sid", planted);
    const pwd = await passwordStep(b, person.username, person.password);
    expect(pwd.statusCode).toBe(303);
    expect(cookieValue(pwd, "congso_sid")).not.toBe(planted);
  });

  it("refuses a TOTP code that was already used", async () => {
    const person = await createStaff(t.services.db, { username: "reuse.test", grants: [] });
    const c = code(person.totpSecret!);
    const a = browser();
    await passwordStep(a, person.username, person.password);
    await a.get("/admin/dang-nhap/ma-xac-thuc");
    expect((await a.post("/admin/dang-nhap/ma-xac-thuc", { code: c })).statusCode).toBe(303);

    const b = browser();
    await passwordStep(b, person.username, person.password);
    await b.get("/admin/dang-nhap/ma-xac-thuc");
    const again = await b.post("/admin/dang-nhap/ma-xac-thuc", { code: c });
    expect(again.statusCode).toBe(422);
    expect(again.body).toContain("Mã này vừa được dùng");
  });

  it("cancels the attempt after three wrong codes, makes the person wait, then lets them in", async () => {
    const person = await createStaff(t.services.db, { username: "totp.sai", grants: [] });
    const b = browser();
    await passwordStep(b, person.username, person.password);
    await b.get("/admin/dang-nhap/ma-xac-thuc");
    const good = new Set([-1, 0, 1].map((o) => code(person.totpSecret!, o)));
    const wrong = ["000000", "111111", "222222", "333333"].filter((c) => !good.has(c));
    const first = await b.post("/admin/dang-nhap/ma-xac-thuc", { code: wrong[0]! });
    expect(first.statusCode).toBe(422);
    expect(first.body).toContain("Bạn còn 2 lần thử");
    await b.post("/admin/dang-nhap/ma-xac-thuc", { code: wrong[1]! });
    const third = await b.post("/admin/dang-nhap/ma-xac-thuc", { code: wrong[2]! });
    expect(third.statusCode).toBe(429);
    expect(third.body).toContain("sai mã xác thực 3 lần");
    expect(third.body).toContain("60 giây");
    expect(b.jar.has("congso_sid")).toBe(false);
    expect((await b.get("/admin/dang-nhap/ma-xac-thuc")).headers.location).toMatch(/^\/admin\/dang-nhap/);

    // During the wait even the right password is refused, with a time to come back.
    const during = await passwordStep(b, person.username, person.password);
    expect(during.statusCode).toBe(429);
    expect(during.body).toContain("Vui lòng thử lại sau");
    expect(await auditActions(person.id)).toContain("auth.totp_lockout");

    // The wait is over (as if a minute had passed): the person gets in.
    await t.services.db
      .updateTable("staff_users")
      .set({ locked_until: new Date(Date.now() - 1000) })
      .where("id", "=", person.id)
      .execute();
    const session = await signIn(t.app, { ...person, remoteAddress: nextIp() });
    expect((await session.get("/admin")).statusCode).toBe(200);
  });
});

describe("lockout after wrong passwords", () => {
  it("locks for 15 minutes at the fifth wrong password, with a clear message, and unlocks by time", async () => {
    const person = await createStaff(t.services.db, { username: "khoa.tam", grants: [] });
    const b = browser();
    let last: LightMyRequestResponse | undefined;
    for (let i = 1; i <= 4; i++) {
      last = await passwordStep(b, person.username, `sai-mat-khau-${i}`);
      expect(last.statusCode).toBe(422);
      expect(last.body).toContain("Tên đăng nhập hoặc mật khẩu không đúng.");
    }
    last = await passwordStep(b, person.username, "sai-mat-khau-5");
    expect(last.statusCode).toBe(429);
    expect(last.body).toContain("Tài khoản đang tạm khóa");
    expect(last.body).toMatch(/thử lại sau \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(khoảng 15 phút nữa\)/);

    const right = await passwordStep(b, person.username, person.password);
    expect(right.statusCode).toBe(429);
    const row = await t.services.db
      .selectFrom("staff_users")
      .select("locked_until")
      .where("id", "=", person.id)
      .executeTakeFirstOrThrow();
    const minutes = (new Date(row.locked_until!).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    const actions = await auditActions(person.id);
    expect(actions.filter((a) => a === "auth.sign_in_failed")).toHaveLength(5);
    expect(actions).toContain("auth.lockout");

    await t.services.db
      .updateTable("staff_users")
      .set({ locked_until: new Date(Date.now() - 1000) })
      .where("id", "=", person.id)
      .execute();
    const after = await passwordStep(b, person.username, person.password);
    expect(after.statusCode).toBe(303);
    const reset = await t.services.db
      .selectFrom("staff_users")
      .select(["failed_attempts", "locked_until"])
      .where("id", "=", person.id)
      .executeTakeFirstOrThrow();
    expect(reset).toEqual({ failed_attempts: 0, locked_until: null });
  });

  it("answers an unknown user name exactly like a wrong password, lockout included", async () => {
    const b = browser();
    const known = await createStaff(t.services.db, { username: "co.that", grants: [] });
    const wrongForKnown = await passwordStep(b, known.username, "khong-phai-mat-khau");
    const messages: string[] = [];
    let last: LightMyRequestResponse | undefined;
    for (let i = 1; i <= 5; i++) {
      last = await passwordStep(b, "khong.ton.tai", `doan-mo-${i}`);
      messages.push(/<a href="#f-\w+">([^<]+)<\/a>/.exec(last.body)?.[1] ?? "");
    }
    const knownMessage = /<a href="#f-\w+">([^<]+)<\/a>/.exec(wrongForKnown.body)?.[1];
    expect(messages[0]).toBe(knownMessage);
    expect(last?.statusCode).toBe(429);
    expect(messages[4]).toContain("Tài khoản đang tạm khóa");
  });

  it("deactivated accounts cannot sign in and get the same answer", async () => {
    const person = await createStaff(t.services.db, { username: "da.nghi", grants: [] });
    await t.services.db
      .updateTable("staff_users")
      .set({ active: false })
      .where("id", "=", person.id)
      .execute();
    const res = await passwordStep(browser(), person.username, person.password);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain("Tên đăng nhập hoặc mật khẩu không đúng.");
  });
});

describe("TOTP enrolment and recovery codes", () => {
  it("enrols on first sign-in, shows ten codes once, and each code works once", async () => {
    const person = await createStaff(t.services.db, { username: "moi.vao", grants: [], totp: false });
    const b = browser();
    const pwd = await passwordStep(b, person.username, person.password);
    expect(pwd.headers.location).toBe("/admin/dang-nhap/thiet-lap-xac-thuc");
    expect((await b.get("/admin")).headers.location).toBe("/admin/dang-nhap/thiet-lap-xac-thuc");

    const page = await b.get("/admin/dang-nhap/thiet-lap-xac-thuc");
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<img src="data:image\/svg\+xml;base64,[^"]+" alt="Mã QR[^"]+"/);
    const secret = /data-secret="([A-Z2-7]+)"/.exec(page.body)?.[1] ?? "";
    expect(secret).toHaveLength(32);
    expect(page.body).toContain(secret.slice(0, 4));
    // Reloading shows the same secret: the phone may already have scanned it.
    expect((await b.get("/admin/dang-nhap/thiet-lap-xac-thuc")).body).toContain(`data-secret="${secret}"`);

    const wrong = await b.post("/admin/dang-nhap/thiet-lap-xac-thuc", { code: "12345" });
    expect(wrong.statusCode).toBe(422);
    const done = await b.post("/admin/dang-nhap/thiet-lap-xac-thuc", { code: code(secret) });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain("Tôi đã lưu mã khôi phục");
    const codes = [...done.body.matchAll(/<li><code>([a-z0-9-]+)<\/code><\/li>/g)].map((m) => m[1] ?? "");
    expect(codes).toHaveLength(10);
    expect((await b.get("/admin")).statusCode).toBe(200);

    const row = await t.services.db
      .selectFrom("staff_users")
      .select(["totp_secret", "totp_enabled_at", "recovery_codes"])
      .where("id", "=", person.id)
      .executeTakeFirstOrThrow();
    expect(row.totp_secret).toBe(secret);
    expect(row.totp_enabled_at).not.toBeNull();
    expect(row.recovery_codes).toHaveLength(10);
    expect(row.recovery_codes.join(" ")).not.toContain(codes[0]!);
    expect(await auditActions(person.id)).toEqual(
      expect.arrayContaining(["auth.totp_enrol", "auth.sign_in"]),
    );

    // Sign in with a recovery code instead of the phone.
    const r = browser();
    await passwordStep(r, person.username, person.password);
    await r.get("/admin/dang-nhap/ma-xac-thuc");
    const withRecovery = await r.post("/admin/dang-nhap/ma-xac-thuc", { code: codes[3]!.toUpperCase() });
    expect(withRecovery.statusCode).toBe(303);
    const left = await t.services.db
      .selectFrom("staff_users")
      .select("recovery_codes")
      .where("id", "=", person.id)
      .executeTakeFirstOrThrow();
    expect(left.recovery_codes).toHaveLength(9);

    // The same code a second time is refused.
    const again = browser();
    await passwordStep(again, person.username, person.password);
    await again.get("/admin/dang-nhap/ma-xac-thuc");
    const reused = await again.post("/admin/dang-nhap/ma-xac-thuc", { code: codes[3]! });
    expect(reused.statusCode).toBe(422);
    expect(reused.body).toContain("Mã xác thực không đúng");
  });
});

describe("CSRF", () => {
  it("refuses a form without the token, or with a wrong one, with 403 and a clear message", async () => {
    const person = await createStaff(t.services.db, { username: "csrf.test", grants: [] });
    const b = browser();
    await b.get("/admin/dang-nhap");
    const noToken = await b.post(
      "/admin/dang-nhap",
      { username: person.username, password: person.password },
      {
        csrf: null,
      },
    );
    expect(noToken.statusCode).toBe(403);
    expect(noToken.body).toContain("Phiên làm việc của biểu mẫu đã hết hạn hoặc không hợp lệ");

    const s = await signIn(t.app, { ...person, remoteAddress: nextIp() });
    const form = { current_password: "", new_password: "", confirm_password: "" };
    const missing = await t.app.inject({
      method: "POST",
      url: "/admin/tai-khoan/mat-khau",
      headers: { cookie: s.cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: formBody(form),
    });
    expect(missing.statusCode).toBe(403);
    expect((await s.post("/admin/tai-khoan/mat-khau", { ...form, _csrf: "x".repeat(43) })).statusCode).toBe(
      403,
    );
    // The anonymous cookie token is not a substitute for the session's.
    expect(
      (
        await t.app.inject({
          method: "POST",
          url: "/admin/tai-khoan/mat-khau",
          headers: {
            cookie: `${s.cookie}; congso_csrf=${"y".repeat(43)}`,
            "content-type": "application/x-www-form-urlencoded",
          },
          payload: formBody({ ...form, _csrf: "y".repeat(43) }),
        })
      ).statusCode,
    ).toBe(403);
    // The right token, in the field or in the header, gets through to validation.
    expect((await s.post("/admin/tai-khoan/mat-khau", form)).statusCode).toBe(422);
    const viaHeader = await t.app.inject({
      method: "POST",
      url: "/admin/tai-khoan/mat-khau",
      headers: { cookie: s.cookie, "content-type": "application/json", "x-csrf-token": s.csrf },
      payload: JSON.stringify(form),
    });
    expect(viaHeader.statusCode).toBe(422);
  });
});

describe("sign-out and session lifetime", () => {
  it("signs out: the session is destroyed and the cookie cleared", async () => {
    const person = await createStaff(t.services.db, { username: "dang.xuat", grants: [] });
    const s = await signIn(t.app, { ...person, remoteAddress: nextIp() });
    const sid = s.cookie.split("=")[1]!;
    const out = await s.post("/admin/dang-xuat", {});
    expect(out.statusCode).toBe(303);
    expect(out.headers.location).toBe("/admin/dang-nhap?thong_bao=da-dang-xuat");
    expect(out.cookies.find((c) => c.name === "congso_sid")?.value).toBe("");
    const row = await t.services.db
      .selectFrom("sessions")
      .select("id")
      .where("id", "=", sid)
      .executeTakeFirst();
    expect(row).toBeUndefined();
    expect((await s.get("/admin")).statusCode).toBe(303);
    expect((await t.app.inject({ url: out.headers.location as string })).body).toContain("Bạn đã đăng xuất.");
  });

  it("ends an expired session and the session of a deactivated account", async () => {
    const a = await createStaff(t.services.db, { username: "het.han", grants: [] });
    const sa = await signIn(t.app, { ...a, remoteAddress: nextIp() });
    await t.services.db
      .updateTable("sessions")
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where("user_id", "=", a.id)
      .execute();
    expect((await sa.get("/admin")).statusCode).toBe(303);
    const left = await t.services.db
      .selectFrom("sessions")
      .select("id")
      .where("user_id", "=", a.id)
      .execute();
    expect(left).toEqual([]);

    const b = await createStaff(t.services.db, { username: "bi.khoa", grants: [] });
    const sb = await signIn(t.app, { ...b, remoteAddress: nextIp() });
    await t.services.db.updateTable("staff_users").set({ active: false }).where("id", "=", b.id).execute();
    expect((await sb.get("/admin")).statusCode).toBe(303);
    const gone = await t.services.db
      .selectFrom("sessions")
      .select("id")
      .where("user_id", "=", b.id)
      .execute();
    expect(gone).toEqual([]);
  });
});

describe("rate limit", () => {
  it("answers 429 with a Vietnamese message once an address posts too often", async () => {
    const b = browser("127.0.4.1");
    await b.get("/admin/dang-nhap");
    const statuses: number[] = [];
    let last: LightMyRequestResponse | undefined;
    for (let i = 0; i < 31; i++) {
      last = await b.post("/admin/dang-nhap", { username: "", password: "" });
      statuses.push(last.statusCode);
    }
    expect(statuses.slice(0, 30).every((s) => s === 422)).toBe(true);
    expect(statuses[30]).toBe(429);
    expect(last?.body).toContain("Bạn thao tác quá nhanh");
    // Another address is not affected.
    const other = browser("127.0.4.2");
    await other.get("/admin/dang-nhap");
    expect((await other.post("/admin/dang-nhap", { username: "", password: "" })).statusCode).toBe(422);
  });
});
