import { seedDemoProvince } from "./modules/orgs/seed/demo-province.js";
import { ensureSystemAdmin, seedDemoStaff } from "./modules/orgs/staff-bootstrap.js";
import { registerEmailJobs } from "./platform/notify/email-jobs.js";
import type { Services } from "./platform/services.js";

/**
 * What `npm start` does on every start after migrations: on an empty database, seed the demo province
 * (unless SEED=none), then make sure a system admin exists (ADMIN_PASSWORD, or a random password printed once).
 */
export async function firstStart(services: Services, opts: { quiet?: boolean } = {}): Promise<void> {
  const { db, config } = services;
  const anyUnit = await db.selectFrom("units").select("id").limit(1).executeTakeFirst();
  if (!anyUnit && config.seed === "demo") {
    await seedDemoProvince(db);
    await seedDemoStaff(db);
  }
  await ensureSystemAdmin(db, { password: config.adminPassword, quiet: opts.quiet ?? false });
}

/** `npm run seed [-- --scale N]`: the demo province if missing; larger data sets come with the content modules. */
export async function runSeed(services: Services, opts: { scale: number | undefined }): Promise<void> {
  const { db } = services;
  const anyUnit = await db.selectFrom("units").select("id").limit(1).executeTakeFirst();
  if (!anyUnit) {
    await seedDemoProvince(db);
    await seedDemoStaff(db);
    console.log("Đã nạp dữ liệu mẫu tỉnh Quảng Ngãi.");
  } else {
    console.log("Dữ liệu mẫu đã có; không nạp lại.");
  }
  if (opts.scale !== undefined) {
    console.log(
      `--scale ${opts.scale}: chưa có mô-đun nội dung nào tạo dữ liệu lớn (cổng thông tin sẽ thêm).`,
    );
  }
}

/** Every module's durable job handlers, registered before the workers start (app process and `npm run worker`). */
export function registerJobHandlers(services: Services): void {
  registerEmailJobs(services);
}
