import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/app.js";
import { firstStart } from "../../src/bootstrap.js";
import { loadConfig } from "../../src/config.js";
import { allMigrations } from "../../src/migrations.js";
import { openDatabase } from "../../src/platform/db/connection.js";
import { migrateToLatest } from "../../src/platform/db/migrator.js";
import { closeServices, createServices, type Services } from "../../src/platform/services.js";
import { createTestDatabase, type TestDatabase } from "./postgres.js";
import { envIsSeedNeutral, instantiateTemplate } from "./template-db.js";

export const TEST_ADMIN_PASSWORD = "Quang-Ngai-2026!";

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * Boots the real app as `npm start` does (migrations, first start, every plugin) on a fresh database:
 * PostgreSQL by default, PGlite with `{ database: "pglite" }`. `seed: "none"` skips the demo province.
 *
 * The database and DATA_DIR start as copies of a template already migrated (and seeded) the same way
 * (test/support/template-db.ts), so migrations and first start find nothing to do. `fresh: true` starts from an
 * empty database instead, for tests of migrations, the seed or the first start themselves; so does any `env` key
 * that could change what the seed produces.
 */
export async function startTestApp(
  opts: {
    database?: "postgres" | "pglite";
    seed?: "demo" | "none";
    env?: Record<string, string | undefined>;
    fresh?: boolean;
  } = {},
): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "congso-test-"));
  const database = opts.database ?? "postgres";
  let testDb: TestDatabase | undefined;
  if (!opts.fresh && envIsSeedNeutral(opts.env)) {
    const spec = { database, seed: opts.seed ?? "demo", adminPassword: TEST_ADMIN_PASSWORD } as const;
    testDb = await instantiateTemplate(spec, dataDir, "congso_t");
  } else if (database === "postgres") {
    testDb = await createTestDatabase();
  }
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    DATA_DIR: dataDir,
    DATABASE_URL: testDb?.url,
    ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
    SEED: opts.seed ?? "demo",
    PORT: "0",
    ...opts.env,
  });
  const dbh = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(dbh.db, allMigrations);
  const services = await createServices(config, dbh);
  await firstStart(services, { quiet: true });
  const app = await buildApp(services);
  await app.ready();
  return {
    app,
    services,
    dataDir,
    async close() {
      await app.close();
      await closeServices(services);
      await testDb?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
