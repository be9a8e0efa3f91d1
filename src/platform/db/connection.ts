import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { SerialPgliteDialect } from "./pglite-dialect.js";
import type { Database } from "./schema.js";

export type Db = Kysely<Database>;

export interface DbHandle {
  db: Db;
  kind: "pglite" | "postgres";
  /** Where the data lives, for logs: a directory or a redacted URL. */
  location: string;
  close(): Promise<void>;
}

/** A problem the operator can fix; printed as one clear line instead of a stack trace. */
export class DatabaseStartError extends Error {}

const INT8_OID = 20;
const NUMERIC_OID = 1700;
const DATE_OID = 1082;

/** bigint counts as JS numbers, dates of documents as 'YYYY-MM-DD' strings: the same on both drivers. */
pg.types.setTypeParser(INT8_OID, (v) => Number(v));
pg.types.setTypeParser(NUMERIC_OID, (v) => Number(v));
pg.types.setTypeParser(DATE_OID, (v) => v);

export async function openDatabase(opts: {
  databaseUrl?: string | undefined;
  dataDir: string;
}): Promise<DbHandle> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(opts.dataDir);
}

async function openPostgres(url: string): Promise<DbHandle> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on("error", () => {});
  const redacted = url.replace(/\/\/([^:@/]+)(:[^@/]*)?@/, "//$1:***@");
  try {
    const client = await pool.connect();
    client.release();
  } catch (err) {
    await pool.end().catch(() => {});
    const reason = err instanceof Error ? err.message : String(err);
    throw new DatabaseStartError(
      `Không kết nối được cơ sở dữ liệu PostgreSQL tại ${redacted} (${reason}). ` +
        "Kiểm tra DATABASE_URL, hoặc bỏ trống để dùng cơ sở dữ liệu nhúng.",
    );
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: "postgres", location: redacted, close: () => db.destroy() };
}

async function openPglite(dataDir: string): Promise<DbHandle> {
  const dir = path.join(dataDir, "pgdata");
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
    const probe = path.join(dataDir, ".write-test");
    fs.writeFileSync(probe, "ok");
    fs.rmSync(probe);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new DatabaseStartError(
      `Không ghi được vào thư mục dữ liệu DATA_DIR=${dataDir} (${reason}). ` +
        "Chọn một thư mục có quyền ghi, ví dụ DATA_DIR=./data.",
    );
  }
  const pglite = await PGlite.create(dir, {
    extensions: { unaccent, pg_trgm },
    parsers: {
      [INT8_OID]: (v: string) => Number(v),
      [NUMERIC_OID]: (v: string) => Number(v),
      [DATE_OID]: (v: string) => v,
    },
  });
  const db = new Kysely<Database>({ dialect: new SerialPgliteDialect(pglite) });
  return {
    db,
    kind: "pglite",
    location: dir,
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}

/** True when the database answers a trivial query; used by /readyz. */
export async function pingDatabase(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
