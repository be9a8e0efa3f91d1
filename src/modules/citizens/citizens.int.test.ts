import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/support/app.js";
import { startEmailWorker } from "../../../test/support/jobs.js";
import { startSmtpServer, type TestSmtpServer } from "../../../test/support/smtp-server.js";
import { waitFor } from "../../../test/support/wait-for.js";
import type { JobQueue } from "../../platform/jobs/index.js";
import { seedDemoProvince } from "../orgs/seed/demo-province.js";
import { CITIZEN_PATHS, SERVICES_PATHS } from "../services/paths.js";
import { OTP_POLICY } from "./domain/otp.js";
import { OTP_COOKIE } from "./otp-routes.js";
import { CITIZEN_COOKIE } from "./session.js";
import { sessionTokenHash } from "./store.js";
import { TestBrowser } from "./test-support.js";

describe("citizen accounts on PostgreSQL", () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let jobs: JobQueue;
  let ip = 0;
  /** Each test its own client address, so the per-address request limits never mix tests. */
  const browser = () => new TestBrowser(t.app, `10.0.0.${++ip}`);
  const db = () => t.services.db;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ seed: "none", env: { SMTP_URL: smtp.url } });
    await seedDemoProvince(t.services.db);
    // The app's queue is not started in tests; this one delivers the "email" queue to the local SMTP server.
    jobs = startEmailWorker(t.services);
  });
  afterAll(async () => {
    await jobs?.stop();
    await t?.close();
    await smtp?.close();
  });

  const smsJobsTo = (to: string) =>
    db()
      .selectFrom("jobs")
      .select(["payload", "status"])
      .where("queue", "=", "sms")
      .where(sql<boolean>`payload->>'to' = ${to}`)
      .orderBy("id")
      .execute();

  /** The code in the latest SMS queued for a number. */
  async function lastSmsCode(to: string): Promise<string> {
    const jobsTo = await smsJobsTo(to);
    const text = (jobsTo[jobsTo.length - 1]?.payload as { text?: string } | undefined)?.text ?? "";
    return /^(\d{6})/.exec(text)?.[1] ?? "";
  }

  async function insertCitizen(values: {
    email?: string;
    phone?: string;
    fullName?: string;
  }): Promise<string> {
    const id = uuidv7();
    await db()
      .insertInto("citizens")
      .values({
        id,
        full_name: values.fullName ?? "Công dân thử",
        email: values.email ?? null,
        phone: values.phone ?? null,
        email_verified_at: values.email ? new Date() : null,
        phone_verified_at: values.phone ? new Date() : null,
      })
      .execute();
    return id;
  }

  /** Signs in by phone through the real routes, reading the code from the queued SMS. */
  async function signInByPhone(b: TestBrowser, phone: string): Promise<void> {
    await b.get(CITIZEN_PATHS.signIn);
    const res = await b.post(CITIZEN_PATHS.signIn, { destination: phone });
    expect(res.statusCode).toBe(303);
    const code = await lastSmsCode(`84${phone.replace(/\D/g, "").slice(1)}`);
    await b.get(CITIZEN_PATHS.verify);
    const ok = await b.post(CITIZEN_PATHS.verify, { code });
    expect(ok.statusCode).toBe(303);
  }

  it("signs up by email: code by the SMTP server, account created, session started", async () => {
    const b = browser();
    const form = await b.get(CITIZEN_PATHS.signUp);
    expect(form.statusCode).toBe(200);
    expect(form.headers["cache-control"]).toBe("no-store");
    expect(form.body).toContain("Đăng ký tài khoản công dân");
    // No OIDC configured: no national-ID button.
    expect(form.body).not.toContain(CITIZEN_PATHS.oidcStart);

    const before = smtp.messages.length;
    const sent = await b.post(CITIZEN_PATHS.signUp, {
      fullName: "  Nguyễn   Thị Thu Hà ",
      destination: "Thu.Ha@Example.VN",
    });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(CITIZEN_PATHS.verify);
    const [mail] = (await smtp.waitForMessages(before + 1)).slice(before);
    expect(mail?.to).toEqual(["thu.ha@example.vn"]);
    const code = /(\d{6})/.exec(mail?.subject ?? "")?.[1];
    expect(code).toMatch(/^\d{6}$/);
    expect(mail?.text).toContain(`${code}`);
    expect(mail?.text).toContain("10 phút");

    const challenge = await db()
      .selectFrom("citizen_otp_challenges")
      .selectAll()
      .where("destination", "=", "thu.ha@example.vn")
      .executeTakeFirstOrThrow();
    expect(challenge.code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(challenge.code_hash).not.toContain(code);
    expect(new Date(challenge.expires_at).getTime() - new Date(challenge.created_at).getTime()).toBe(
      OTP_POLICY.ttlMs,
    );

    const verify = await b.get(CITIZEN_PATHS.verify);
    expect(verify.body).toContain("th***@example.vn");
    const otpCookie = b.cookies.get(OTP_COOKIE) ?? "";
    const done = await b.post(CITIZEN_PATHS.verify, { code: code ?? "" });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(CITIZEN_PATHS.myDossiers);
    const cookie = done.cookies.find((c) => c.name === CITIZEN_COOKIE);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");

    const citizen = await db()
      .selectFrom("citizens")
      .selectAll()
      .where("email", "=", "thu.ha@example.vn")
      .executeTakeFirstOrThrow();
    expect(citizen.full_name).toBe("Nguyễn Thị Thu Hà");
    expect(citizen.email_verified_at).not.toBeNull();
    const session = await db()
      .selectFrom("citizen_sessions")
      .selectAll()
      .where("citizen_id", "=", citizen.id)
      .executeTakeFirstOrThrow();
    // Only the token's hash is stored.
    expect(session.token_hash).toBe(sessionTokenHash(cookie?.value ?? ""));
    expect(session.token_hash).not.toBe(cookie?.value);

    const mine = await b.get(CITIZEN_PATHS.myDossiers);
    expect(mine.statusCode).toBe(200);
    expect(mine.body).toContain("Bạn chưa nộp hồ sơ nào");
    expect(mine.body).toContain("Nguyễn Thị Thu Hà");

    // The challenge cookie is gone after use; replayed, the code is refused as used.
    expect(b.cookies.has(OTP_COOKIE)).toBe(false);
    expect((await b.post(CITIZEN_PATHS.verify, { code: code ?? "" })).statusCode).toBe(400);
    b.cookies.set(OTP_COOKIE, otpCookie);
    const again = await b.post(CITIZEN_PATHS.verify, { code: code ?? "" });
    expect(again.statusCode).toBe(422);
    expect(again.body).toContain("đã được sử dụng");
  });

  it("refuses a POST without the CSRF token", async () => {
    const b = browser();
    await b.get(CITIZEN_PATHS.signIn);
    const res = await b.post(CITIZEN_PATHS.signIn, { destination: "a@example.vn" }, { csrf: false });
    expect(res.statusCode).toBe(403);
  });

  it("signs in by phone: the code goes to the SMS queue, normalised to 84…", async () => {
    const id = await insertCitizen({ phone: "84912345678", fullName: "Trần Văn Bình" });
    const b = browser();
    await b.get(CITIZEN_PATHS.signIn);
    const res = await b.post(CITIZEN_PATHS.signIn, { destination: "+84 912.345.678" });
    expect(res.statusCode).toBe(303);
    const [job] = await smsJobsTo("84912345678");
    const payload = job?.payload as { to: string; text: string; ref: string };
    expect(payload.to).toBe("84912345678");
    expect(payload.ref).toMatch(/^otp:/);
    const code = /^(\d{6})/.exec(payload.text)?.[1] ?? "";
    expect(code).toMatch(/^\d{6}$/);
    expect((await b.get(CITIZEN_PATHS.verify)).body).toContain("091****678");
    const ok = await b.post(CITIZEN_PATHS.verify, { code: ` ${code.slice(0, 3)} ${code.slice(3)} ` });
    expect(ok.statusCode).toBe(303);
    const profile = await b.get(CITIZEN_PATHS.profile);
    expect(profile.statusCode).toBe(200);
    expect(profile.body).toContain("Trần Văn Bình");
    expect(profile.body).toContain("0912 345 678");
    const row = await db()
      .selectFrom("citizens")
      .select("last_sign_in_at")
      .where("id", "=", id)
      .executeTakeFirst();
    expect(row?.last_sign_in_at).not.toBeNull();
  });

  it("answers a sign-in for an unknown address exactly like a known one, and sends nothing", async () => {
    await insertCitizen({ email: "known@example.vn" });
    const known = browser();
    await known.get(CITIZEN_PATHS.signIn);
    const a = await known.post(CITIZEN_PATHS.signIn, { destination: "known@example.vn" });
    const unknown = browser();
    await unknown.get(CITIZEN_PATHS.signIn);
    const b = await unknown.post(CITIZEN_PATHS.signIn, { destination: "nobody@example.vn" });
    expect([a.statusCode, a.headers.location]).toEqual([b.statusCode, b.headers.location]);
    const pa = await known.get(CITIZEN_PATHS.verify);
    const pb = await unknown.get(CITIZEN_PATHS.verify);
    expect(pa.body.replace("kn***", "X")).toBe(
      pb.body.replace("no***", "X").replace(unknown.csrf, known.csrf),
    );
    const emails = await db()
      .selectFrom("jobs")
      .select("payload")
      .where("queue", "=", "email")
      .where(sql<boolean>`payload->>'to' = 'nobody@example.vn'`)
      .execute();
    expect(emails).toHaveLength(0);
    expect(
      await db()
        .selectFrom("citizens")
        .select("id")
        .where("email", "=", "nobody@example.vn")
        .executeTakeFirst(),
    ).toBeUndefined();
  });

  it("locks a code after 5 wrong tries, even against the right code", async () => {
    await insertCitizen({ phone: "84987654321" });
    const b = browser();
    await b.get(CITIZEN_PATHS.signIn);
    await b.post(CITIZEN_PATHS.signIn, { destination: "0987654321" });
    const code = await lastSmsCode("84987654321");
    const wrong = code === "000000" ? "111111" : "000000";
    await b.get(CITIZEN_PATHS.verify);
    for (const left of [4, 3, 2, 1]) {
      const res = await b.post(CITIZEN_PATHS.verify, { code: wrong });
      expect(res.statusCode).toBe(422);
      expect(res.body).toContain(`Bạn còn ${left} lần thử`);
    }
    const fifth = await b.post(CITIZEN_PATHS.verify, { code: wrong });
    expect(fifth.statusCode).toBe(429);
    expect(fifth.body).toContain("quá 5 lần");
    const right = await b.post(CITIZEN_PATHS.verify, { code });
    expect(right.statusCode).toBe(429);
    expect(right.cookies.find((c) => c.name === CITIZEN_COOKIE)).toBeUndefined();
    const row = await db()
      .selectFrom("citizen_otp_challenges")
      .select(["attempts", "consumed_at"])
      .where("destination", "=", "84987654321")
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ attempts: 5, consumed_at: null });
    // A malformed code is explained and costs no attempt.
    const bad = await b.post(CITIZEN_PATHS.verify, { code: "12ab" });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain("đúng 6 chữ số");
  });

  it("refuses an expired code", async () => {
    await insertCitizen({ email: "late@example.vn" });
    const b = browser();
    await b.get(CITIZEN_PATHS.signIn);
    const before = smtp.messages.length;
    await b.post(CITIZEN_PATHS.signIn, { destination: "late@example.vn" });
    const [mail] = (await smtp.waitForMessages(before + 1)).slice(before);
    const code = /(\d{6})/.exec(mail?.subject ?? "")?.[1] ?? "";
    // Eleven minutes later, as far as the challenge is concerned.
    await db()
      .updateTable("citizen_otp_challenges")
      .set({ expires_at: new Date(Date.now() - 60_000) })
      .where("destination", "=", "late@example.vn")
      .execute();
    await b.get(CITIZEN_PATHS.verify);
    const res = await b.post(CITIZEN_PATHS.verify, { code });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain("đã hết hạn");
    expect(res.cookies.find((c) => c.name === CITIZEN_COOKIE)).toBeUndefined();
  });

  it("sends at most 3 codes per address in 15 minutes, across browsers", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      // A new browser (and address) each time: the limit is per destination, kept in the database.
      const b = browser();
      await b.get(CITIZEN_PATHS.signUp);
      const res = await b.post(CITIZEN_PATHS.signUp, { fullName: "Lê Văn Cường", destination: "0905111222" });
      statuses.push(res.statusCode);
      if (i === 3) {
        expect(res.body).toContain("quá 3 mã trong 15 phút");
        expect(res.body).toContain('value="0905111222"');
        expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
      }
    }
    expect(statuses).toEqual([303, 303, 303, 429]);
    expect(await smsJobsTo("84905111222")).toHaveLength(3);
    // Another address is not affected.
    const other = browser();
    await other.get(CITIZEN_PATHS.signUp);
    expect(
      (await other.post(CITIZEN_PATHS.signUp, { fullName: "Lê Văn Cường", destination: "0905111223" }))
        .statusCode,
    ).toBe(303);
  });

  it("explains bad sign-up input with 422 and keeps what was typed", async () => {
    const b = browser();
    await b.get(CITIZEN_PATHS.signUp);
    const res = await b.post(CITIZEN_PATHS.signUp, { fullName: "", destination: "0255 3822 158" });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain("Vui lòng nhập Họ và tên.");
    expect(res.body).toContain("số điện thoại di động Việt Nam");
    expect(res.body).toContain('value="0255 3822 158"');
  });

  it("validates the profile (422, input kept) and saves a valid one", async () => {
    const id = await insertCitizen({ phone: "84935000111", fullName: "Phạm Văn Dũng" });
    const b = browser();
    const anonymous = await b.get(CITIZEN_PATHS.profile);
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toContain(`${CITIZEN_PATHS.signIn}?`);
    await signInByPhone(b, "0935000111");
    await b.get(CITIZEN_PATHS.profile);
    const bad = await b.post(CITIZEN_PATHS.profile, {
      fullName: "Phạm Văn Dũng",
      idNumber: "12345678",
      birthDate: "30/02/1990",
      gender: "male",
      address: "",
      businessName: "",
      taxCode: "12345",
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain("error-summary");
    expect(bad.body).toContain('value="12345678"');
    expect(bad.body).toContain('value="30/02/1990"');
    expect(bad.body).toContain("10 hoặc 13 chữ số");
    expect(
      (await db().selectFrom("citizens").select("id_number").where("id", "=", id).executeTakeFirst())
        ?.id_number,
    ).toBeNull();

    const good = await b.post(CITIZEN_PATHS.profile, {
      fullName: "Phạm Văn Dũng",
      idNumber: "051088004321",
      birthDate: "14/7/1988",
      gender: "male",
      address: "25 Quang Trung, phường Lê Hồng Phong, thành phố Quảng Ngãi",
      businessName: "Công ty TNHH Dũng Phát",
      taxCode: "4300987654-002",
    });
    expect(good.statusCode).toBe(303);
    expect(good.headers.location).toBe(`${CITIZEN_PATHS.profile}?da_luu=1`);
    const row = await db().selectFrom("citizens").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      id_number: "051088004321",
      birth_date: "1988-07-14",
      gender: "male",
      business_name: "Công ty TNHH Dũng Phát",
      tax_code: "4300987654002",
    });
    const shown = await b.get(`${CITIZEN_PATHS.profile}?da_luu=1`);
    expect(shown.body).toContain("Đã lưu thông tin cá nhân.");
    expect(shown.body).toContain('value="14/07/1988"');
  });

  it("lists only the signed-in citizen's own dossiers", async () => {
    const mine = await insertCitizen({ phone: "84979000001", fullName: "Võ Thị Mai" });
    const theirs = await insertCitizen({ phone: "84979000002", fullName: "Hồ Văn Nam" });
    const unit = await db()
      .selectFrom("units")
      .select(["id", "identifier_code"])
      .where("short_code", "=", "STP")
      .executeTakeFirstOrThrow();
    const procedureId = uuidv7();
    await db()
      .insertInto("procedures")
      .values({
        id: procedureId,
        code: "1.001193.000.00.00.H48",
        name: "Đăng ký khai sinh",
        field: "Hộ tịch",
        unit_id: unit.id,
        level: 4,
        online_class: "full",
        processing_days: 3,
      })
      .execute();
    const dossier = (
      code: string,
      citizenId: string,
      state: string,
      submittedAt: string,
      dueOn: string | null,
    ) => ({
      id: uuidv7(),
      code,
      procedure_id: procedureId,
      unit_id: unit.id,
      current_unit_id: unit.id,
      citizen_id: citizenId,
      applicant: JSON.stringify({ fullName: "x" }),
      applicant_name: "x",
      receipt_channel: "online" as const,
      return_channel: "online" as const,
      state: state as "submitted",
      submitted_at: submittedAt,
      due_on: dueOn,
      lookup_token: `tok-${code}`,
    });
    const prefix = unit.identifier_code ?? "000.00.00.H48";
    await db()
      .insertInto("dossiers")
      .values([
        dossier(`${prefix}-260302-0001`, mine, "processing", "2026-03-02T03:00:00Z", "2026-03-05"),
        dossier(`${prefix}-260303-0002`, mine, "supplement_requested", "2026-03-03T03:00:00Z", null),
        dossier(`${prefix}-260303-0003`, theirs, "submitted", "2026-03-03T04:00:00Z", null),
      ])
      .execute();

    const b = browser();
    await signInByPhone(b, "0979000001");
    const res = await b.get(CITIZEN_PATHS.myDossiers);
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.body).toContain(`${prefix}-260302-0001`);
    expect(res.body).toContain(`${prefix}-260303-0002`);
    expect(res.body).not.toContain(`${prefix}-260303-0003`);
    expect(res.body).toContain("Đăng ký khai sinh");
    expect(res.body).toContain("02/03/2026");
    expect(res.body).toContain("05/03/2026");
    expect(res.body).toContain("Đang xử lý");
    expect(res.body).toContain("Cần bổ sung hồ sơ");
    expect(res.body).toContain(`href="${SERVICES_PATHS.supplement(`${prefix}-260303-0002`)}"`);
    expect(res.body).toContain(`ma=${encodeURIComponent(`${prefix}-260302-0001`)}&amp;k=tok-`);
    // Newest first.
    expect(res.body.indexOf("260303-0002")).toBeLessThan(res.body.indexOf("260302-0001"));

    const other = browser();
    await signInByPhone(other, "0979000002");
    const list = await other.get(CITIZEN_PATHS.myDossiers);
    expect(list.body).toContain(`${prefix}-260303-0003`);
    expect(list.body).not.toContain(`${prefix}-260302-0001`);
  });

  it("signs out: the session row is gone and the cookie no longer works", async () => {
    await insertCitizen({ phone: "84944000555" });
    const b = browser();
    await signInByPhone(b, "0944000555");
    const token = b.cookies.get(CITIZEN_COOKIE) ?? "";
    expect(token).not.toBe("");
    await b.get(CITIZEN_PATHS.profile);
    const out = await b.post(CITIZEN_PATHS.signOut, {});
    expect(out.statusCode).toBe(303);
    expect(out.headers.location).toContain("da-dang-xuat");
    expect(b.cookies.has(CITIZEN_COOKIE)).toBe(false);
    expect(
      await db()
        .selectFrom("citizen_sessions")
        .select("token_hash")
        .where("token_hash", "=", sessionTokenHash(token))
        .executeTakeFirst(),
    ).toBeUndefined();
    // The old token, replayed, is refused and cleared.
    const replay = await t.app.inject({
      method: "GET",
      url: CITIZEN_PATHS.profile,
      headers: { cookie: `${CITIZEN_COOKIE}=${token}` },
    });
    expect(replay.statusCode).toBe(303);
    expect(replay.cookies.find((c) => c.name === CITIZEN_COOKIE)?.value).toBe("");
  });

  it("ends the browser's earlier session when it signs in again", async () => {
    const id = await insertCitizen({ phone: "84944000777" });
    const b = browser();
    await signInByPhone(b, "0944000777");
    const first = b.cookies.get(CITIZEN_COOKIE);
    await signInByPhone(b, "0944000777");
    expect(b.cookies.get(CITIZEN_COOKIE)).not.toBe(first);
    const rows = await db()
      .selectFrom("citizen_sessions")
      .select("token_hash")
      .where("citizen_id", "=", id)
      .execute();
    expect(rows).toEqual([{ token_hash: sessionTokenHash(b.cookies.get(CITIZEN_COOKIE) ?? "") }]);
  });

  it("refuses an expired session", async () => {
    const id = await insertCitizen({ phone: "84944000666" });
    const b = browser();
    await signInByPhone(b, "0944000666");
    await db()
      .updateTable("citizen_sessions")
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where("citizen_id", "=", id)
      .execute();
    const res = await b.get(CITIZEN_PATHS.myDossiers);
    expect(res.statusCode).toBe(303);
  });

  it("does not reveal on sign-up either: an existing address is signed in, its name kept", async () => {
    const id = await insertCitizen({ email: "existing@example.vn", fullName: "Đặng Thị Lan" });
    const b = browser();
    await b.get(CITIZEN_PATHS.signUp);
    const before = smtp.messages.length;
    const res = await b.post(CITIZEN_PATHS.signUp, {
      fullName: "Kẻ Mạo Danh",
      destination: "existing@example.vn",
    });
    expect(res.statusCode).toBe(303);
    const [mail] = (await smtp.waitForMessages(before + 1)).slice(before);
    const code = /(\d{6})/.exec(mail?.subject ?? "")?.[1] ?? "";
    await b.get(CITIZEN_PATHS.verify);
    expect((await b.post(CITIZEN_PATHS.verify, { code })).statusCode).toBe(303);
    const row = await db().selectFrom("citizens").select("full_name").where("id", "=", id).executeTakeFirst();
    expect(row?.full_name).toBe("Đặng Thị Lan");
    await waitFor(async () => (await b.get(CITIZEN_PATHS.profile)).body.includes("Đặng Thị Lan"));
  });
});
