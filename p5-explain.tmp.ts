import { sql } from "kysely";
import { openDatabase } from "./src/platform/db/connection.js";
import { parseSearchQuery, toTsQueryText, exactNeedles } from "./src/modules/portal/search/domain/query.js";
import { searchQuery } from "./src/modules/portal/search/store.js";
const dbh = await openDatabase({ databaseUrl: "postgres://root@127.0.0.1:5432/p5_bench", dataDir: "/tmp/p5/data" });
for (const q of process.argv.slice(2)) {
  const p = parseSearchQuery(q); if (!p.ok) throw 0;
  const query = searchQuery({ tsquery: toTsQueryText(p.terms)!, exact: exactNeedles(p.terms), scope: process.env.SITE ? { kind: "site", siteId: process.env.SITE, unitId: process.env.SITE } : { kind: "all" }, categoryId: null, type: null, fromAt: null, toAt: null, fromDay: null, toDay: null, limit: 10, offset: 0 })!;
  for (let i = 0; i < 2; i++) {
    const r = await sql<{ "QUERY PLAN": string }>`explain (analyze, buffers) ${query}`.execute(dbh.db);
    if (i === 1) console.log(q, "\n" + r.rows.map((x) => x["QUERY PLAN"]).filter((l) => /Scan|Execution|Planning Time|Limit|Sort|WindowAgg|Subquery/.test(l)).join("\n"));
  }
}
await dbh.close();
