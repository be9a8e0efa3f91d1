import { seedDemoProvince } from "./modules/orgs/seed/demo-province.js";
import { ensureSystemAdmin, seedDemoStaff } from "./modules/orgs/staff-bootstrap.js";
import { registerContentJobs } from "./modules/portal/content/jobs.js";
import { seedEnglishPages } from "./modules/portal/public/english-pages.js";
import { hasDemoContent, seedDemoContent } from "./modules/portal/seed/demo-content.js";
import { seedScaleArticles } from "./modules/portal/seed/scale.js";
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
    await seedEnglishPages(db);
    await seedDemoContent(services);
  }
  await ensureSystemAdmin(db, { password: config.adminPassword, quiet: opts.quiet ?? false });
}

/**
 * `npm run seed [-- --scale N]`: the demo province and its portal content if missing, then with --scale N articles
 * for benchmarks (N in total; a second run with a larger N adds only the difference). Progress goes to `log`.
 */
export async function runSeed(
  services: Services,
  opts: { scale: number | undefined; log?: (line: string) => void },
): Promise<void> {
  const { db } = services;
  const log = opts.log ?? ((line: string) => console.log(line));
  const anyUnit = await db.selectFrom("units").select("id").limit(1).executeTakeFirst();
  if (!anyUnit) {
    await seedDemoProvince(db);
    await seedDemoStaff(db);
    await seedEnglishPages(db);
    await seedDemoContent(services);
    log("Đã nạp dữ liệu mẫu tỉnh Quảng Ngãi.");
  } else if (!(await hasDemoContent(db))) {
    await seedDemoContent(services);
    log("Đã nạp nội dung mẫu của cổng thông tin.");
  } else {
    log("Dữ liệu mẫu đã có; không nạp lại.");
  }
  if (opts.scale !== undefined) await seedScaleArticles(db, opts.scale, { log });
}

/** Every module's durable job handlers, registered before the workers start (app process and `npm run worker`). */
export function registerJobHandlers(services: Services): void {
  registerEmailJobs(services);
  registerContentJobs(services);
}
