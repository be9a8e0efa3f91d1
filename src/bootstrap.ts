import { seedDemoCitizens } from "./modules/citizens/seed.js";
import { seedComplianceMappings } from "./modules/governance/compliance/seed.js";
import { ensureDutySweep, registerDutyJobs } from "./modules/governance/duties/reminders.js";
import { seedDuties } from "./modules/governance/duties/seed.js";
import { seedDemoProvince } from "./modules/orgs/seed/demo-province.js";
import { ensureSystemAdmin, seedDemoStaff } from "./modules/orgs/staff-bootstrap.js";
import { ensureParticipationJobs, registerParticipationJobs } from "./modules/participation/jobs.js";
import { seedDemoParticipation } from "./modules/participation/seed/demo.js";
import { seedDemoComments } from "./modules/portal/comments/seed.js";
import { registerContentJobs } from "./modules/portal/content/jobs.js";
import { seedEnglishPages } from "./modules/portal/public/english-pages.js";
import { registerRegistryJobs } from "./modules/portal/registry/reminders.js";
import { seedSiteRegistry } from "./modules/portal/registry/seed.js";
import { seedDemoRoyalties } from "./modules/portal/royalties/seed.js";
import { hasDemoContent, seedDemoContent } from "./modules/portal/seed/demo-content.js";
import { seedScaleArticles } from "./modules/portal/seed/scale.js";
import { seedSpellcheckWords } from "./modules/portal/spellcheck/seed.js";
import { seedDemoProcedures } from "./modules/services/catalogue/seed.js";
import { ensureDeadlineSweep, ensurePaymentJobs, registerServicesJobs } from "./modules/services/jobs.js";
import { seedDemoDossiers, seedScaleDossiers } from "./modules/services/seed/demo-dossiers.js";
import { seedCalendarChanges } from "./platform/calendar/seed.js";
import { registerEmailJobs } from "./platform/notify/email-jobs.js";
import { registerMessageJobs } from "./platform/notify/gateways.js";
import type { Services } from "./platform/services.js";

/** The demo province: units, sites, staff, then everything that lives on them. */
async function seedDemoEverything(services: Services): Promise<void> {
  const { db } = services;
  await seedDemoProvince(db);
  await seedDemoStaff(db);
  await seedEnglishPages(db);
  await seedDemoPortal(services);
  await seedSiteRegistry(services);
  await seedDuties(services);
  await seedCalendarChanges(db);
  await seedDemoServices(services);
  await seedDemoParticipation(services);
}

/** Online public services: procedures, citizens, then a year of dossiers (which need the calendar and both). */
async function seedDemoServices(services: Services): Promise<void> {
  await seedDemoProcedures(services.db);
  await seedDemoCitizens(services.db);
  await seedDemoDossiers(services);
}

/** The portal's demo content and what hangs on it (word list, comments, royalties, compliance mappings). */
async function seedDemoPortal(services: Services): Promise<void> {
  const { db } = services;
  await seedDemoContent(services);
  await seedSpellcheckWords(db);
  await seedDemoComments(db);
  await seedDemoRoyalties(db);
  await seedComplianceMappings(db);
}

/**
 * What `npm start` does on every start after migrations: on an empty database, seed the demo province
 * (unless SEED=none), then make sure a system admin exists (ADMIN_PASSWORD, or a random password printed once).
 */
export async function firstStart(services: Services, opts: { quiet?: boolean } = {}): Promise<void> {
  const { db, config } = services;
  const anyUnit = await db.selectFrom("units").select("id").limit(1).executeTakeFirst();
  if (!anyUnit && config.seed === "demo") {
    await seedDemoEverything(services);
  }
  await ensureSystemAdmin(db, { password: config.adminPassword, quiet: opts.quiet ?? false });
  await ensureDutySweep(services);
  await ensureDeadlineSweep(services);
  await ensurePaymentJobs(services);
  await ensureParticipationJobs(services);
}

/**
 * `npm run seed [-- --scale N] [--dossiers N]`: the demo province, its portal content and its online services if
 * missing, then with --scale N articles and --dossiers N dossiers for benchmarks (N in total; a second run with a larger
 * N adds only the difference). Progress goes to `log`.
 */
export async function runSeed(
  services: Services,
  opts: { scale: number | undefined; dossiers?: number | undefined; log?: (line: string) => void },
): Promise<void> {
  const { db } = services;
  const log = opts.log ?? ((line: string) => console.log(line));
  const anyUnit = await db.selectFrom("units").select("id").limit(1).executeTakeFirst();
  if (!anyUnit) {
    await seedDemoEverything(services);
    log("Đã nạp dữ liệu mẫu tỉnh Quảng Ngãi.");
  } else if (!(await hasDemoContent(db))) {
    await seedDemoPortal(services);
    log("Đã nạp nội dung mẫu của cổng thông tin.");
  } else {
    log("Dữ liệu mẫu đã có; không nạp lại.");
  }
  if (!(await db.selectFrom("procedures").select("id").limit(1).executeTakeFirst())) {
    await seedDemoServices(services);
    log("Đã nạp thủ tục, công dân và hồ sơ mẫu.");
  }
  if (!(await db.selectFrom("question_topics").select("id").limit(1).executeTakeFirst())) {
    await seedDemoParticipation(services);
    log("Đã nạp câu hỏi, dự thảo lấy ý kiến và đối thoại mẫu.");
  }
  if (opts.scale !== undefined) await seedScaleArticles(db, opts.scale, { log });
  if (opts.dossiers !== undefined) await seedScaleDossiers(db, opts.dossiers, { log });
}

/** Every module's durable job handlers, registered before the workers start (app process and `npm run worker`). */
export function registerJobHandlers(services: Services): void {
  registerEmailJobs(services);
  registerMessageJobs(services);
  registerServicesJobs(services);
  registerRegistryJobs(services);
  registerDutyJobs(services);
  registerContentJobs(services);
  registerParticipationJobs(services);
}
