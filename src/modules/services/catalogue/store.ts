import type { Executor } from "../../../platform/db/transaction.js";
import type { Procedure } from "../tables.js";

export async function getProcedureByCode(db: Executor, code: string): Promise<Procedure | undefined> {
  return db.selectFrom("procedures").selectAll().where("code", "=", code).executeTakeFirst();
}

export async function getProcedure(db: Executor, id: string): Promise<Procedure | undefined> {
  return db.selectFrom("procedures").selectAll().where("id", "=", id).executeTakeFirst();
}
