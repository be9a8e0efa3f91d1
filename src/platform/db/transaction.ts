import type { Transaction } from "kysely";
import type { Db } from "./connection.js";
import type { Database } from "./schema.js";

export type Tx = Transaction<Database>;
/** Either the database or an open transaction: store functions accept both so callers decide the boundary. */
export type Executor = Db | Tx;

/** Runs fn in one transaction: a user's write, its audit row and its outbox jobs commit together or not at all. */
export function inTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(fn);
}
