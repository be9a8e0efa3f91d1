import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { ADMIN_URL, createTestDatabase, type TestDatabase } from "./postgres.js";

/**
 * Seeded templates, so a test file starts from a copy of the demo province instead of migrating and seeding it again
 * (5–10 s each, far more under load). A template is a PostgreSQL database `congso_tpl_<hash>` (copied with
 * `create database … template`) and/or a DATA_DIR (files, demo certificate, PGlite's pgdata) copied with cpSync,
 * built once by whichever process needs it first, under a file lock shared by every vitest run on the machine.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const TEMPLATE_ROOT = path.join(os.tmpdir(), "congso-templates");
const PREFIX = "congso_tpl_";
// Other runs (another terminal, another helper) may still copy from an older template: leave it that long.
const KEEP_OLD_MS = 60 * 60 * 1000;

export interface TemplateSpec {
  database: "postgres" | "pglite";
  seed: "demo" | "none";
  /** Baked into the seeded system admin, so part of the template's identity. */
  adminPassword: string;
}

export interface Template {
  name: string;
  /** The DATA_DIR the build left behind; copy it, never use it in place. */
  dataDir: string;
}

/**
 * The environment keys a test may set and still get a seeded template: none of them is read while migrating or
 * seeding. Any other key (ADMIN_PASSWORD, SEED, PAYMENT_*, SIGNING_*, …) means a fresh first start.
 */
const SEED_NEUTRAL_ENV = new Set([
  "SMTP_URL",
  "MAIL_FROM",
  "REDIS_URL",
  "REDIS_PREFIX",
  "SMS_GATEWAY_URL",
  "SMS_GATEWAY_TOKEN",
  "ZALO_GATEWAY_URL",
  "ZALO_ACCESS_TOKEN",
  "OIDC_ISSUER",
  "OIDC_CLIENT_ID",
  "OIDC_CLIENT_SECRET",
  "PUBLIC_URL",
  "LOG_LEVEL",
  "NODE_ENV",
  "PORT",
  "HOST",
  "TRUST_PROXY",
]);

/**
 * True when a test's extra environment cannot change what migrations and the seed produce, so a template will do.
 * CONGSO_TEST_TEMPLATES=off turns templates off for the whole run (to measure them, or to rule them out).
 */
export function envIsSeedNeutral(env: Record<string, string | undefined> | undefined): boolean {
  if (process.env.CONGSO_TEST_TEMPLATES === "off") return false;
  return Object.keys(env ?? {}).every((k) => SEED_NEUTRAL_ENV.has(k));
}

let sourceHashCache: string | undefined;

/**
 * What a template depends on: every non-test source file (migrations, seed and whatever they import), the locked
 * dependency versions, this file, and the Vietnamese calendar day (the demo data is relative to "today").
 */
export function sourceHash(): string {
  // Pinned by globalSetup for the whole run, so a source file edited mid-run never rebuilds a template mid-run.
  sourceHashCache ??= process.env.CONGSO_TEMPLATE_HASH;
  if (sourceHashCache) return sourceHashCache;
  const h = createHash("sha256");
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|tsx|json|sql|txt|dic|aff|csv)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
        files.push(p);
    }
  };
  walk(path.join(ROOT, "src"));
  files.sort();
  for (const f of [...files, path.join(ROOT, "package-lock.json"), fileURLToPath(import.meta.url)]) {
    h.update(path.relative(ROOT, f));
    h.update("\0");
    if (fs.existsSync(f)) h.update(fs.readFileSync(f));
    h.update("\0");
  }
  h.update(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date()));
  sourceHashCache = h.digest("hex");
  return sourceHashCache;
}

export function templateName(spec: TemplateSpec): string {
  const h = createHash("sha256")
    .update(sourceHash())
    .update(`${spec.database}|${spec.seed}|${spec.seed === "demo" ? spec.adminPassword : ""}`)
    .digest("hex");
  return `${PREFIX}${h.slice(0, 16)}`;
}

interface Marker {
  builtAt: number;
  spec: TemplateSpec;
}

const templateDir = (name: string) => path.join(TEMPLATE_ROOT, name);
const markerPath = (name: string) => path.join(templateDir(name), "ready.json");

/** The template for `spec`, building it first if no process has yet. */
export async function ensureTemplate(spec: TemplateSpec): Promise<Template> {
  const name = templateName(spec);
  const ready: Template = { name, dataDir: path.join(templateDir(name), "data") };
  if (fs.existsSync(markerPath(name))) return ready;
  const release = await lock(name);
  try {
    if (!fs.existsSync(markerPath(name))) await build(name, spec);
  } finally {
    release();
  }
  return ready;
}

/**
 * Forgets a template (e.g. its database was dropped by another run's clean-up) so the next ensureTemplate rebuilds it.
 */
export function forgetTemplate(name: string): void {
  fs.rmSync(markerPath(name), { force: true });
}

async function build(name: string, spec: TemplateSpec): Promise<void> {
  const dir = templateDir(name);
  fs.rmSync(dir, { recursive: true, force: true });
  const dataDir = path.join(dir, "data");
  fs.mkdirSync(dataDir, { recursive: true });
  let databaseUrl: string | undefined;
  if (spec.database === "postgres") {
    await adminQuery(`drop database if exists "${name}" with (force)`);
    await adminQuery(`create database "${name}"`);
    databaseUrl = databaseUrlFor(name);
  }
  const bin = path.join(ROOT, "node_modules/.bin");
  const env: Record<string, string> = {
    PATH: `${bin}:${path.dirname(process.execPath)}:${process.env.PATH ?? ""}`,
    HOME: process.env.HOME ?? os.tmpdir(),
    TMPDIR: os.tmpdir(),
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    DATA_DIR: dataDir,
    ADMIN_PASSWORD: spec.adminPassword,
    SEED: spec.seed,
    PORT: "0",
  };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  await new Promise<void>((resolve, reject) => {
    execFile(
      path.join(bin, "tsx"),
      [path.join(ROOT, "test/support/build-template.ts")],
      { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`Building the test template ${name} failed:\n${stdout}\n${stderr}`));
        else resolve();
      },
    );
  });
  const marker: Marker = { builtAt: Date.now(), spec };
  fs.writeFileSync(markerPath(name), JSON.stringify(marker));
}

/**
 * Fills a fresh DATA_DIR (and, on PostgreSQL, a fresh database) from the template for `spec`: what migrations and
 * the first start would have left there. A template another run dropped meanwhile is rebuilt once.
 */
export async function instantiateTemplate(
  spec: TemplateSpec,
  dataDir: string,
  dbPrefix: string,
): Promise<TestDatabase | undefined> {
  for (let attempt = 0; ; attempt++) {
    const template = await ensureTemplate(spec);
    try {
      fs.cpSync(template.dataDir, dataDir, { recursive: true });
      if (spec.database === "pglite") return undefined;
      return await createTestDatabase(dbPrefix, { template: template.name });
    } catch (err) {
      const code = (err as { code?: string }).code;
      // ENOENT: the template's directory is gone; 3D000: its database is.
      if (attempt > 0 || (code !== "ENOENT" && code !== "3D000")) throw err;
      forgetTemplate(template.name);
      for (const e of fs.readdirSync(dataDir))
        fs.rmSync(path.join(dataDir, e), { recursive: true, force: true });
    }
  }
}

/**
 * Drops templates of other source versions once nobody can still be using them (built over an hour ago), and
 * half-built leftovers of crashed builds. Called by vitest's globalSetup.
 */
export async function dropStaleTemplates(now = Date.now()): Promise<void> {
  const entries = fs.existsSync(TEMPLATE_ROOT) ? fs.readdirSync(TEMPLATE_ROOT) : [];
  // A template being built (its lock file exists) is never stale.
  const building = (n: string) => entries.includes(`${n}.lock`);
  const stale = new Set<string>();
  for (const n of entries) {
    if (!n.startsWith(PREFIX) || n.endsWith(".lock") || building(n)) continue;
    const marker = readMarker(n);
    const age = now - (marker ? marker.builtAt : fs.statSync(templateDir(n)).mtimeMs);
    if (age > KEEP_OLD_MS && (!marker || templateName(marker.spec) !== n)) stale.add(n);
  }
  let dbs: string[] = [];
  try {
    const rows = await adminQuery<{ datname: string }>(
      `select datname from pg_database where datname like '${PREFIX}%'`,
    );
    dbs = rows.map((r) => r.datname);
  } catch {
    // No PostgreSQL (a PGlite-only run): only directories to tidy.
  }
  for (const d of dbs) if (!building(d) && !fs.existsSync(templateDir(d))) stale.add(d);
  for (const n of stale) {
    fs.rmSync(templateDir(n), { recursive: true, force: true });
    if (dbs.includes(n)) await adminQuery(`drop database if exists "${n}"`).catch(() => {});
  }
}

function readMarker(name: string): Marker | undefined {
  try {
    return JSON.parse(fs.readFileSync(markerPath(name), "utf8")) as Marker;
  } catch {
    return undefined;
  }
}

export function databaseUrlFor(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return (await client.query<R>(text)).rows;
  } finally {
    await client.end();
  }
}

/**
 * One builder per template across every process on the machine: an exclusive lock file holding the owner's pid,
 * taken over when that process is gone (a killed run must not block the next one forever).
 */
async function lock(name: string): Promise<() => void> {
  fs.mkdirSync(TEMPLATE_ROOT, { recursive: true });
  const file = path.join(TEMPLATE_ROOT, `${name}.lock`);
  for (;;) {
    try {
      const fd = fs.openSync(file, "wx");
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return () => fs.rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    let owner = 0;
    try {
      owner = Number(fs.readFileSync(file, "utf8"));
    } catch {
      continue; // Released meanwhile.
    }
    if (owner && !isAlive(owner)) fs.rmSync(file, { force: true });
    else await new Promise((r) => setTimeout(r, 200));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
