import { buildApp } from "./src/app.js";
import { loadConfig } from "./src/config.js";
import { allMigrations } from "./src/migrations.js";
import { openDatabase } from "./src/platform/db/connection.js";
import { migrateToLatest } from "./src/platform/db/migrator.js";
import { closeServices, createServices } from "./src/platform/services.js";
import { sql } from "kysely";

const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", DATA_DIR: "/tmp/p5/data", DATABASE_URL: "postgres://root@127.0.0.1:5432/p5_bench", ADMIN_PASSWORD: "Quang-Ngai-2026!", SEED: "none", PORT: "0" });
const dbh = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });

await sql`analyze content_items`.execute(dbh.db);
const services = await createServices(config, dbh);
const app = await buildApp(services);
await app.ready();
const queries = process.argv.slice(2).length ? process.argv.slice(2) : ["quang ngai", "Quảng Ngãi", "dung quat", "lễ hội lý sơn", "zorblat", "bão lũ", "tin", "giáo dục y tế", "\"nông thôn mới\""];
for (const q of queries) {
  for (const path of ["/tim-kiem", "/so-xay-dung/tim-kiem"]) {
    const times: number[] = [];
    let summary = "";
    for (let i = 0; i < 20; i++) {
      const s = performance.now();
      const r = await app.inject({ url: `${path}?q=${encodeURIComponent(q)}` });
      times.push(performance.now() - s);
      if (i === 0) summary = `${r.statusCode} ${/search-summary">([^<]*)/.exec(r.body)?.[1] ?? ""}`;
    }
    times.sort((a, b) => a - b);
    console.log(path, q, "|", summary, "| p50", times[10]?.toFixed(1), "p95", times[18]?.toFixed(1));
  }
}
await app.close();
await closeServices(services);
