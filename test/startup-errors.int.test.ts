import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { spawnApp, startServer } from "../e2e/support/server.js";
import { openDatabase } from "../src/platform/db/connection.js";

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "congso-start-"));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs `npm start`'s command with this environment and waits for it to exit (it must, with these errors). */
async function startExpectingFailure(env: Record<string, string | undefined>) {
  const proc = spawnApp(["start"], { NODE_ENV: "test", LOG_LEVEL: "warn", DATA_DIR: tempDir(), ...env });
  const timer = setTimeout(() => void proc.stop(), 60_000);
  const out = await proc.exited;
  clearTimeout(timer);
  return out;
}

function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/^\s+at /m);
  expect(text).not.toMatch(/\.ts:\d+/);
  expect(text).not.toContain("Error:");
}

describe("start-up errors are one clear Vietnamese message, not a stack trace", { timeout: 120_000 }, () => {
  it("names DATABASE_URL when PostgreSQL cannot be reached", async () => {
    const out = await startExpectingFailure({ DATABASE_URL: "postgres://root@127.0.0.1:1/x" });
    expect(out.code).not.toBe(0);
    expect(out.code).not.toBeNull();
    const lines = out.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("DATABASE_URL");
    expect(lines[0]).toContain("Không kết nối được cơ sở dữ liệu");
    expect(lines[0]).toContain("127.0.0.1:1");
    expectNoStackTrace(out.stderr + out.stdout);
  });

  it("names DATA_DIR when it lies below a regular file", async () => {
    const file = path.join(tempDir(), "a-file");
    fs.writeFileSync(file, "not a directory");
    const out = await startExpectingFailure({ DATA_DIR: path.join(file, "data") });
    expect(out.code).not.toBe(0);
    expect(out.code).not.toBeNull();
    const lines = out.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("DATA_DIR");
    expect(lines[0]).toContain("Không ghi được vào thư mục dữ liệu");
    expectNoStackTrace(out.stderr + out.stdout);
  });

  it.each([["abc"], ["70000"], ["-1"]])("refuses PORT=%s with the settings error", async (port) => {
    const out = await startExpectingFailure({ PORT: port });
    expect(out.code).not.toBe(0);
    expect(out.code).not.toBeNull();
    expect(out.stderr).toContain("Cấu hình không hợp lệ");
    expect(out.stderr).toMatch(/^ {2}- PORT: /m);
    expectNoStackTrace(out.stderr + out.stdout);
  });

  it("lists every invalid setting at once", async () => {
    const out = await startExpectingFailure({ PORT: "abc", SEED: "lots", DATABASE_URL: "mysql://x" });
    expect(out.code).not.toBe(0);
    expect(out.stderr).toMatch(/- PORT: /);
    expect(out.stderr).toMatch(/- SEED: /);
    expect(out.stderr).toMatch(/- DATABASE_URL: DATABASE_URL phải bắt đầu bằng postgres:\/\//);
    expectNoStackTrace(out.stderr + out.stdout);
  });
});

describe("PGlite data under DATA_DIR survives a restart", () => {
  it("keeps rows, does not seed twice, and prints the generated admin password only at the first start", async () => {
    const dataDir = tempDir();
    const first = await startServer({ dataDir, env: { ADMIN_PASSWORD: undefined } });
    const firstOut = await first.stop();
    const password = printedPassword(firstOut.stdout);
    expect(password, `first start printed no admin password:\n${firstOut.stdout}`).toMatch(/^\S{20}$/);

    // Write a row of our own while the server is down, and count what the first start seeded.
    let dbh = await openDatabase({ dataDir });
    await sql`create table restart_probe (note text not null)`.execute(dbh.db);
    await sql`insert into restart_probe values ('Dữ liệu còn sau khi khởi động lại')`.execute(dbh.db);
    const units = await countUnits(dbh.db);
    expect(units).toBeGreaterThan(30);
    await dbh.close();

    const second = await startServer({ dataDir, env: { ADMIN_PASSWORD: undefined } });
    try {
      // The account and password made at the first start still work: the password step passes to TOTP enrolment.
      expect(await passwordStep(second.url, "admin", password!)).toBe("/admin/dang-nhap/thiet-lap-xac-thuc");
      expect(await passwordStep(second.url, "admin", "sai-mat-khau-roi-123")).toBe("422");
    } finally {
      const secondOut = await second.stop();
      expect(printedPassword(secondOut.stdout)).toBeUndefined();
      expect(secondOut.stdout).not.toContain("Đã tạo tài khoản quản trị");
    }

    dbh = await openDatabase({ dataDir });
    const { rows } = await sql<{ note: string }>`select note from restart_probe`.execute(dbh.db);
    expect(rows.map((r) => r.note)).toEqual(["Dữ liệu còn sau khi khởi động lại"]);
    expect(await countUnits(dbh.db)).toBe(units);
    await dbh.close();
  }, 240_000);
});

async function countUnits(db: Awaited<ReturnType<typeof openDatabase>>["db"]): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from units`.execute(db);
  return rows[0]?.n ?? 0;
}

/** The password the first start prints in its box ("Mật khẩu:      …", see staff-bootstrap.ts). */
function printedPassword(stdout: string): string | undefined {
  return /Mật khẩu:\s+(\S+)/.exec(stdout)?.[1];
}

/** Submits the sign-in form over HTTP; returns where it redirects, or the status when it does not. */
async function passwordStep(base: string, username: string, password: string): Promise<string> {
  const page = await fetch(`${base}/admin/dang-nhap`);
  const cookie = (page.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? "";
  const res = await fetch(`${base}/admin/dang-nhap`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ _csrf: csrf, username, password }).toString(),
  });
  return res.status === 303 ? (res.headers.get("location") ?? "") : String(res.status);
}
