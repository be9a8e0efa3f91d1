import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createTestDatabase, type TestDatabase } from "../../test/support/postgres.js";
import { envIsSeedNeutral, instantiateTemplate } from "../../test/support/template-db.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const E2E_ADMIN_PASSWORD = "Quang-Ngai-E2E-2026!";
const BIN = path.join(ROOT, "node_modules/.bin");

// Children run in their own process group (so stop() reaches tsx's node child too); if the test process dies
// first, take them down with it rather than leaving servers running.
const live = new Set<number>();
process.once("exit", () => {
  for (const pid of live) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
});

/** What a finished (or killed) child process left behind. */
export interface ProcessOutput {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The CLI (`tsx src/main.ts <command>`) as a child process, with exactly the environment given (plus PATH/HOME). */
export interface AppProcess {
  child: ChildProcess;
  readonly stdout: string;
  readonly stderr: string;
  /** Resolves when the process has exited, whatever the reason. */
  exited: Promise<ProcessOutput>;
  /** SIGTERM to the whole process group (tsx runs node as a child), SIGKILL if it has not exited after `graceMs`. */
  stop(graceMs?: number): Promise<ProcessOutput>;
}

/**
 * Spawns `tsx src/main.ts <args>` on the project's Node 24 (node_modules/.bin first in PATH). The child gets a clean
 * environment: only PATH, HOME, TMPDIR and the variables in `env` (an `undefined` value leaves it out), so the
 * machine's own settings never leak into a test.
 */
export function spawnApp(args: string[], env: Record<string, string | undefined>): AppProcess {
  const childEnv: Record<string, string> = {
    PATH: `${BIN}:${path.dirname(process.execPath)}:${process.env.PATH ?? ""}`,
    HOME: process.env.HOME ?? os.tmpdir(),
    TMPDIR: os.tmpdir(),
  };
  for (const [k, v] of Object.entries(env)) if (v !== undefined) childEnv[k] = v;
  const child = spawn(path.join(BIN, "tsx"), ["src/main.ts", ...args], {
    cwd: ROOT,
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  if (child.pid !== undefined) live.add(child.pid);
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (d: string) => {
    stdout += d;
  });
  child.stderr?.setEncoding("utf8").on("data", (d: string) => {
    stderr += d;
  });
  const exited = new Promise<ProcessOutput>((resolve) => {
    child.once("close", (code, signal) => {
      resolve({ code, signal, stdout, stderr });
    });
  });
  const signalGroup = (signal: NodeJS.Signals) => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  return {
    child,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    exited,
    async stop(graceMs = 10_000) {
      if (child.exitCode === null && child.signalCode === null) signalGroup("SIGTERM");
      const timer = setTimeout(() => signalGroup("SIGKILL"), graceMs);
      const out = await exited;
      clearTimeout(timer);
      // tsx's own node child may outlive the wrapper for a moment; make sure nothing of the group is left.
      signalGroup("SIGKILL");
      if (child.pid !== undefined) live.delete(child.pid);
      return out;
    },
  };
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("no port"));
      });
    });
  });
}

export interface ServerOptions {
  /** PGlite in a fresh DATA_DIR (default) or a fresh PostgreSQL database (test/support/postgres.ts). */
  database?: "pglite" | "postgres";
  /** Reuse this DATA_DIR (e.g. to test a restart); it is then not removed by stop(). */
  dataDir?: string;
  /** Extra or overriding environment; `undefined` removes a variable (e.g. ADMIN_PASSWORD: undefined). */
  env?: Record<string, string | undefined>;
  /** How long to wait for /readyz. */
  readyTimeoutMs?: number;
  /** Start from an empty database and DATA_DIR rather than a copy of the migrated (and seeded) template. */
  fresh?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  dataDir: string;
  /** The database URL when running on PostgreSQL. */
  databaseUrl: string | undefined;
  process: AppProcess;
  /** Stdout lines that are JSON objects (pino's log lines). */
  jsonLogs(): Record<string, unknown>[];
  /** Stops the server and removes what it created (temp DATA_DIR, PostgreSQL database). */
  stop(): Promise<ProcessOutput>;
}

/**
 * Starts the real server as `npm start` does (`tsx src/main.ts start`) with NODE_ENV=test, LOG_LEVEL=warn, a known
 * ADMIN_PASSWORD and a free port, and waits until /readyz answers 200.
 */
export async function startServer(opts: ServerOptions = {}): Promise<RunningServer> {
  const ownDataDir = opts.dataDir === undefined;
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "congso-e2e-"));
  let testDb: TestDatabase | undefined;
  // The server's own first start then finds the province seeded and the admin there (test/support/template-db.ts).
  const { SEED, ...otherEnv } = opts.env ?? {};
  const seed = SEED === undefined || SEED === "demo" ? "demo" : SEED === "none" ? "none" : undefined;
  if (!opts.fresh && ownDataDir && seed && envIsSeedNeutral(otherEnv)) {
    const spec = { database: opts.database ?? "pglite", seed, adminPassword: E2E_ADMIN_PASSWORD } as const;
    testDb = await instantiateTemplate(spec, dataDir, "congso_e2e");
  } else if (opts.database === "postgres") {
    testDb = await createTestDatabase("congso_e2e");
  }
  const port = await freePort();
  const proc = spawnApp(["start"], {
    NODE_ENV: "test",
    LOG_LEVEL: "warn",
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    DATABASE_URL: testDb?.url,
    ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
    ...opts.env,
  });
  const url = `http://127.0.0.1:${port}`;
  const cleanup = async () => {
    await testDb?.drop().catch(() => {});
    if (ownDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForReady(url, proc, opts.readyTimeoutMs ?? 120_000);
  } catch (err) {
    await proc.stop();
    await cleanup();
    throw err;
  }
  return {
    url,
    port,
    dataDir,
    databaseUrl: testDb?.url,
    process: proc,
    jsonLogs: () => parseJsonLines(proc.stdout),
    async stop() {
      const out = await proc.stop();
      await cleanup();
      return out;
    },
  };
}

async function waitForReady(url: string, proc: AppProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void proc.exited.then(() => {
    exited = true;
  });
  while (Date.now() < deadline) {
    if (exited) {
      throw new Error(
        `The server exited before it was ready.\nstdout:\n${proc.stdout}\nstderr:\n${proc.stderr}`,
      );
    }
    try {
      const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(
    `The server did not become ready within ${timeoutMs} ms.\nstdout:\n${proc.stdout}\nstderr:\n${proc.stderr}`,
  );
}

export function parseJsonLines(text: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const line of text.split("\n")) {
    if (!line.startsWith("{")) continue;
    try {
      const value: unknown = JSON.parse(line);
      if (value && typeof value === "object" && !Array.isArray(value))
        out.push(value as Record<string, unknown>);
    } catch {
      // Not a log line.
    }
  }
  return out;
}
