import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/support/app.js";
import { startOidcProvider, type TestOidcProvider } from "../../../test/support/oidc-provider.js";
import { seedDemoProvince } from "../orgs/seed/demo-province.js";
import { CITIZEN_PATHS } from "../services/paths.js";
import { OIDC_COOKIE } from "./oidc-routes.js";
import { CITIZEN_COOKIE } from "./session.js";
import { TestBrowser } from "./test-support.js";

const PUBLIC_URL = "http://localhost:3999";
const CALLBACK = `${PUBLIC_URL}${CITIZEN_PATHS.oidcCallback}`;

describe("national-ID (OpenID Connect) sign-in against a local oidc-provider", () => {
  let provider: TestOidcProvider;
  let t: TestApp;
  let ip = 0;
  const browser = () => new TestBrowser(t.app, `10.1.0.${++ip}`);
  const db = () => t.services.db;

  beforeAll(async () => {
    provider = await startOidcProvider({ redirectUris: [CALLBACK] });
    t = await startTestApp({
      seed: "none",
      env: {
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: provider.clientId,
        OIDC_CLIENT_SECRET: provider.clientSecret,
        PUBLIC_URL,
      },
    });
    await seedDemoProvince(t.services.db);
  });
  afterAll(async () => {
    await t?.close();
    await provider?.close();
  });

  /** Starts at the app, plays the browser at the provider, and returns the callback path the provider sent back. */
  async function throughProvider(b: TestBrowser, next?: string): Promise<string> {
    const start = await b.get(
      next ? `${CITIZEN_PATHS.oidcStart}?next=${encodeURIComponent(next)}` : CITIZEN_PATHS.oidcStart,
    );
    expect(start.statusCode).toBe(303);
    const location = String(start.headers.location);
    expect(location.startsWith(provider.issuer)).toBe(true);
    const back = await provider.authorize(location, CALLBACK);
    return `${back.pathname}${back.search}`;
  }

  it("offers the button on the sign-in page", async () => {
    const page = await browser().get(CITIZEN_PATHS.signIn);
    expect(page.body).toContain(`href="${CITIZEN_PATHS.oidcStart}"`);
    expect(page.body).toContain("Đăng nhập bằng tài khoản định danh điện tử");
  });

  it("sends the browser to the provider with PKCE, state and nonce", async () => {
    const start = await browser().get(CITIZEN_PATHS.oidcStart);
    const url = new URL(String(start.headers.location));
    expect(url.searchParams.get("response_type")).toBe("code");
    expect(url.searchParams.get("client_id")).toBe(provider.clientId);
    expect(url.searchParams.get("redirect_uri")).toBe(CALLBACK);
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get("state")).toMatch(/^[\w-]{20,}$/);
    expect(url.searchParams.get("nonce")).toMatch(/^[\w-]{20,}$/);
    expect(url.searchParams.get("scope")).toContain("openid");
    const cookie = start.cookies.find((c) => c.name === OIDC_COOKIE);
    expect(cookie?.httpOnly).toBe(true);
    // The verifier stays on the server.
    const flow = await db()
      .selectFrom("citizen_oidc_flows")
      .selectAll()
      .where("id", "=", cookie?.value ?? "")
      .executeTakeFirstOrThrow();
    expect(url.toString()).not.toContain(flow.code_verifier);
  });

  it("signs a new citizen in, taking name, birth date, ID number, email and phone; a repeated callback is refused", async () => {
    provider.setUser({
      sub: "vneid-0001",
      name: "Huỳnh Thị Mỹ Linh",
      birthdate: "1992-04-30",
      gender: "female",
      id_number: "051192004567",
      email: "Linh.Huynh@Example.vn",
      email_verified: true,
      phone_number: "+84905777888",
      phone_number_verified: true,
    });
    const b = browser();
    const callback = await throughProvider(b, CITIZEN_PATHS.profile);
    const flowCookie = b.cookies.get(OIDC_COOKIE) ?? "";
    const done = await b.get(callback);
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(CITIZEN_PATHS.profile);
    expect(b.cookies.has(CITIZEN_COOKIE)).toBe(true);
    const row = await db()
      .selectFrom("citizens")
      .selectAll()
      .where("oidc_subject", "=", "vneid-0001")
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      oidc_issuer: provider.issuer,
      full_name: "Huỳnh Thị Mỹ Linh",
      birth_date: "1992-04-30",
      gender: "female",
      id_number: "051192004567",
      email: "linh.huynh@example.vn",
      phone: "84905777888",
    });
    const profile = await b.get(CITIZEN_PATHS.profile);
    expect(profile.body).toContain('value="051192004567"');
    expect(profile.body).toContain('value="30/04/1992"');

    // The same callback again, even with the flow cookie put back: the flow was used up.
    const replay = new TestBrowser(t.app, "10.1.1.1");
    replay.cookies.set(OIDC_COOKIE, flowCookie);
    const again = await replay.get(callback);
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain("đã được sử dụng hoặc đã hết hạn");
    expect(replay.cookies.has(CITIZEN_COOKIE)).toBe(false);
    // And without any cookie.
    expect((await new TestBrowser(t.app, "10.1.1.2").get(callback)).statusCode).toBe(400);
  });

  it("refuses a forged or mismatched state with a clear 400", async () => {
    provider.setUser({ sub: "vneid-0002", name: "Bùi Văn Tài" });
    const b = browser();
    const callback = await throughProvider(b);
    const forged = callback.replace(/state=[^&]+/, "state=forged-state-value");
    const res = await b.get(forged);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Phiên đăng nhập bằng tài khoản định danh không hợp lệ");
    expect(b.cookies.has(CITIZEN_COOKIE)).toBe(false);
    expect(
      await db()
        .selectFrom("citizens")
        .select("id")
        .where("oidc_subject", "=", "vneid-0002")
        .executeTakeFirst(),
    ).toBeUndefined();

    // Someone else's callback (their state, not this browser's flow) is refused too.
    const victim = browser();
    const theirs = await throughProvider(victim);
    const attacker = browser();
    await throughProvider(attacker);
    expect((await attacker.get(theirs)).statusCode).toBe(400);
  });

  it("links the same person again by (issuer, subject), refreshing the national data", async () => {
    provider.setUser({ sub: "vneid-0003", name: "Ngô Quốc Huy", id_number: "051095001111" });
    const first = browser();
    expect((await first.get(await throughProvider(first))).statusCode).toBe(303);
    provider.setUser({ sub: "vneid-0003", name: "Ngô Quốc Huy Mới", id_number: "051095001111" });
    const second = browser();
    expect((await second.get(await throughProvider(second))).statusCode).toBe(303);
    const rows = await db()
      .selectFrom("citizens")
      .selectAll()
      .where("oidc_subject", "=", "vneid-0003")
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.full_name).toBe("Ngô Quốc Huy Mới");
  });

  it("links an existing code-based account when the provider vouches for its email", async () => {
    const id = "0194f3a0-0000-7000-8000-00000000abcd";
    await db()
      .insertInto("citizens")
      .values({ id, full_name: "Lê Thị Hồng", email: "hong.le@example.vn", email_verified_at: new Date() })
      .execute();
    provider.setUser({
      sub: "vneid-0004",
      name: "Lê Thị Hồng",
      email: "hong.le@example.vn",
      email_verified: true,
    });
    const b = browser();
    expect((await b.get(await throughProvider(b))).statusCode).toBe(303);
    const row = await db().selectFrom("citizens").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.oidc_subject).toBe("vneid-0004");
    expect(
      await db().selectFrom("citizens").select("id").where("oidc_subject", "=", "vneid-0004").execute(),
    ).toHaveLength(1);
  });

  it("explains a refusal at the provider", async () => {
    const b = browser();
    const start = await b.get(CITIZEN_PATHS.oidcStart);
    const state = new URL(String(start.headers.location)).searchParams.get("state") ?? "";
    const res = await b.get(
      `${CITIZEN_PATHS.oidcCallback}?error=access_denied&state=${encodeURIComponent(state)}`,
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("đã hủy");
  });
});
