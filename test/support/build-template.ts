import { firstStart } from "../../src/bootstrap.js";
import { loadConfig } from "../../src/config.js";
import { allMigrations } from "../../src/migrations.js";
import { openDatabase } from "../../src/platform/db/connection.js";
import { migrateToLatest } from "../../src/platform/db/migrator.js";
import { closeServices, createServices } from "../../src/platform/services.js";

/**
 * `tsx test/support/build-template.ts`, run by template-db.ts in a child process of its own (so an e2e worker that
 * never loads the app does not transform it all, and no module state of the build lingers in a test worker): migrates
 * the database or PGlite DATA_DIR given in the environment and, with SEED=demo, does the first start as `npm start`.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const dbh = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(dbh.db, allMigrations);
  // createServices makes what every boot makes in DATA_DIR (outbox, files, demo certificate); "none" stops there,
  // so the test's own first start still finds an empty database.
  const services = await createServices(config, dbh);
  if (config.seed === "demo") await firstStart(services, { quiet: true });
  await closeServices(services);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
