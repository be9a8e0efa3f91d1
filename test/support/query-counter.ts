import pg from "pg";

/**
 * Counts the SQL statements sent to PostgreSQL while `fn` runs (every pg client of the process), to check that a page
 * runs a bounded number of queries whatever the data size. Only meaningful when nothing else queries meanwhile.
 */
export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  let queries = 0;
  proto.query = function counted(this: unknown, ...args: unknown[]) {
    queries += 1;
    return original.apply(this, args);
  };
  try {
    const result = await fn();
    return { result, queries };
  } finally {
    proto.query = original;
  }
}
