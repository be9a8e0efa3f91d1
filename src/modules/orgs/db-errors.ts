/** Whether a database error is a unique-constraint violation (same SQLSTATE on PostgreSQL and PGlite). */
export function isUniqueViolation(err: unknown, indexName?: string): boolean {
  if (!err || typeof err !== "object") return false;
  const e = err as { code?: unknown; constraint?: unknown; message?: unknown };
  if (e.code !== "23505") return false;
  if (!indexName) return true;
  return e.constraint === indexName || (typeof e.message === "string" && e.message.includes(indexName));
}
