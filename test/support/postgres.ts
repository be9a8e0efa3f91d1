import { randomBytes } from "node:crypto";
import pg from "pg";

/** The machine's PostgreSQL (ARCHITECTURE "Tests and CI"); override with TEST_DATABASE_URL. */
export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgres://root@127.0.0.1:5432/test";

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * A fresh database for one test file, so files run in parallel without seeing each other's rows: empty, or a copy of
 * a template database (test/support/template-db.ts) when `template` names one.
 */
export async function createTestDatabase(
  prefix = "congso_t",
  opts: { template?: string } = {},
): Promise<TestDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  if (opts.template) {
    await createDatabaseFromTemplate(name, opts.template);
  } else {
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    try {
      await admin.query(`create database "${name}"`);
    } finally {
      await admin.end();
    }
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      try {
        await client.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A new PostgreSQL database copied from the template; retried while another backend still holds the template. */
export async function createDatabaseFromTemplate(dbName: string, template: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      const admin = new pg.Client({ connectionString: ADMIN_URL });
      await admin.connect();
      try {
        await admin.query(`create database "${dbName}" template "${template}"`);
      } finally {
        await admin.end();
      }
      return;
    } catch (err) {
      // 55006: "source database is being accessed by other users".
      if ((err as { code?: string }).code !== "55006" || attempt >= 50) throw err;
      await new Promise((r) => setTimeout(r, 100 + attempt * 20));
    }
  }
}
