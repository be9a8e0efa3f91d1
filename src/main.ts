import { parseArgs } from "node:util";
import { buildApp } from "./app.js";
import { firstStart, registerJobHandlers, runSeed } from "./bootstrap.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { allMigrations } from "./migrations.js";
import { DatabaseStartError, openDatabase } from "./platform/db/connection.js";
import { migrateToLatest } from "./platform/db/migrator.js";
import { closeServices, createServices, type Services } from "./platform/services.js";

const USAGE = `Cổng số — cách dùng: npm run <lệnh>
  start     chạy máy chủ (mặc định http://localhost:3000)
  worker    chỉ chạy tiến trình xử lý công việc nền
  migrate   cập nhật cấu trúc cơ sở dữ liệu
  seed      nạp dữ liệu mẫu (--scale N bài viết, --dossiers N hồ sơ để tạo dữ liệu lớn)`;

async function openServices(config: Config): Promise<Services> {
  const dbh = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(dbh.db, allMigrations);
  return createServices(config, dbh);
}

async function main(argv: string[]): Promise<void> {
  const command = argv[0] ?? "start";
  const { values } = parseArgs({
    args: argv.slice(1),
    options: { scale: { type: "string" }, dossiers: { type: "string" } },
    allowPositionals: true,
    strict: false,
  });
  const config = loadConfig();

  switch (command) {
    case "migrate": {
      const dbh = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      const applied = await migrateToLatest(dbh.db, allMigrations);
      console.log(
        applied.length ? `Đã áp dụng: ${applied.join(", ")}` : "Cơ sở dữ liệu đã ở phiên bản mới nhất.",
      );
      await dbh.close();
      return;
    }
    case "seed": {
      const services = await openServices(config);
      const scale = values.scale === undefined ? undefined : Number(values.scale);
      if (scale !== undefined && (!Number.isInteger(scale) || scale < 1)) {
        throw new ConfigError("--scale phải là số nguyên dương, ví dụ --scale 100000");
      }
      const dossiers = values.dossiers === undefined ? undefined : Number(values.dossiers);
      if (dossiers !== undefined && (!Number.isInteger(dossiers) || dossiers < 1)) {
        throw new ConfigError("--dossiers phải là số nguyên dương, ví dụ --dossiers 200000");
      }
      await runSeed(services, { scale, dossiers });
      await closeServices(services);
      return;
    }
    case "worker": {
      const services = await openServices(config);
      registerJobHandlers(services);
      services.jobs.start();
      console.log("Tiến trình xử lý công việc nền đang chạy.");
      const stop = async () => {
        await closeServices(services);
        process.exit(0);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      return;
    }
    case "start": {
      const services = await openServices(config);
      await firstStart(services);
      const app = await buildApp(services);
      registerJobHandlers(services);
      services.jobs.start();
      await app.listen({ port: config.port, host: config.host });
      const where =
        services.dbh.kind === "pglite" ? `PGlite tại ${services.dbh.location}` : services.dbh.location;
      console.log(`Cổng số đang chạy tại ${config.publicUrl} (cơ sở dữ liệu: ${where})`);
      const stop = async () => {
        await app.close();
        await closeServices(services);
        process.exit(0);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      return;
    }
    default:
      console.log(USAGE);
      if (command !== "help" && command !== "--help") process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DatabaseStartError) {
    console.error(err.message);
  } else if (err instanceof Error && "code" in err && err.code === "EADDRINUSE") {
    console.error(
      `Cổng đã có chương trình khác dùng (${err.message}). Đặt PORT khác, ví dụ PORT=3001 npm start.`,
    );
  } else {
    console.error(err);
  }
  process.exit(1);
});
