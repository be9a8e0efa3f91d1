/** Splits rows into chunks for multi-row INSERTs: PostgreSQL takes at most 65,535 parameters in one statement. */
export function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Rows per INSERT for a table of `columns` columns, well under the parameter limit. */
export function rowsPerInsert(columns: number, cap = 1000): number {
  return Math.max(1, Math.min(cap, Math.floor(60_000 / columns)));
}
