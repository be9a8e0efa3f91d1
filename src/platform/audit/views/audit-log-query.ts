import { sql } from "kysely";
import type { AuditEntry } from "../../db/platform-tables.js";
import type { Executor } from "../../db/transaction.js";
import type { AuditQuery } from "./audit-filters.js";

export interface AuditPage {
  entries: AuditEntry[];
  /** Entries newer than the first shown exist (a "Newer" link makes sense). */
  hasNewer: boolean;
  /** Entries older than the last shown exist. */
  hasOlder: boolean;
}

/** LIKE treats % and _ as wildcards; a name typed by a person means them literally. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * One page of the audit log, newest first, in one query whatever the table size: keyset pagination on (at, id) — the
 * cursor is the id of the last row shown, its time looked up in the same statement — and `limit + 1` rows to learn
 * whether another page exists.
 */
export async function listAuditEntries(db: Executor, q: AuditQuery, limit: number): Promise<AuditPage> {
  let query = db.selectFrom("audit_log").selectAll();
  if (q.actor) {
    query = query.where(
      sql<boolean>`f_search_key(actor_name) like '%' || f_search_key(${escapeLike(q.actor)}) || '%'`,
    );
  }
  if (q.action) query = query.where("action", "like", `${escapeLike(q.action)}%`);
  if (q.entityType) query = query.where("entity_type", "=", q.entityType);
  if (q.entityId) query = query.where("entity_id", "=", q.entityId);
  if (q.fromAt) query = query.where("at", ">=", q.fromAt);
  if (q.toAt) query = query.where("at", "<", q.toAt);

  if (q.afterId !== undefined) {
    // Walking back towards newer entries: read ascending from the cursor, then show them newest first.
    const rows = await query
      .where(sql<boolean>`(at, id) > (select c.at, c.id from audit_log c where c.id = ${q.afterId})`)
      .orderBy("at", "asc")
      .orderBy("id", "asc")
      .limit(limit + 1)
      .execute();
    const hasNewer = rows.length > limit;
    return { entries: rows.slice(0, limit).reverse(), hasNewer, hasOlder: true };
  }
  if (q.beforeId !== undefined) {
    query = query.where(
      sql<boolean>`(at, id) < (select c.at, c.id from audit_log c where c.id = ${q.beforeId})`,
    );
  }
  const rows = await query
    .orderBy("at", "desc")
    .orderBy("id", "desc")
    .limit(limit + 1)
    .execute();
  return {
    entries: rows.slice(0, limit),
    hasNewer: q.beforeId !== undefined,
    hasOlder: rows.length > limit,
  };
}
