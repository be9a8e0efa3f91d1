import { v5 as uuidv5 } from "uuid";
import { loadWorkingCalendar } from "../../../platform/calendar/index.js";
import type { Db } from "../../../platform/db/connection.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import type { Services } from "../../../platform/services.js";
import { insertPlannedFees, loadFeeProcedures } from "./fees.js";
import { planFees } from "./fees-plan.js";
import { insertPlanned, loadPlanInputs, raiseCounters, readCounters } from "./load.js";
import { assignCodes, planDossiers, vnDay } from "./plan.js";

/** The demo's seed number and size: seed 003's centre got 18,077 dossiers a year; the demo keeps boot fast. */
export const DEMO_DOSSIER_SEED = 2026;
export const DEMO_DOSSIERS_PER_YEAR = 1500;

const NAMESPACE = "0c8e7f3a-5d1b-4f6e-9a2c-7b4d1e9f0a63";

/** The id of demo dossier `index` (and of its apology slip), the same on every machine. */
export function demoDossierId(index: number, seed = DEMO_DOSSIER_SEED): string {
  return uuidv5(`dossier:${seed}:${index}`, NAMESPACE);
}

async function calendarFor(db: Db, now: Date) {
  const year = Number(vnDay(now).slice(0, 4));
  return loadWorkingCalendar(db, [year - 1, year]);
}

/**
 * A deterministic year of dossiers in every state (issue 6 item 11), for the demo procedures in the database, ending
 * at the start of today: codes per agency and day, events for every step (history and control slip), apology slips
 * for most late ones, some linked to demo citizens. Skipped when there are no procedures or already dossiers.
 */
export function seedDemoDossiers(
  services: Services,
  opts: { seed?: number; count?: number; now?: Date } = {},
): Promise<{ inserted: number }> {
  return seedDossiers(services.db, opts, services);
}

/**
 * The same on a bare database handle (scripts and browser tests that hold no `Services`): without the fee notices
 * and payments, whose receipts need the signer and the file store.
 */
export function seedDemoDossiersInto(
  db: Db,
  opts: { seed?: number; count?: number; now?: Date } = {},
): Promise<{ inserted: number }> {
  return seedDossiers(db, opts, null);
}

async function seedDossiers(
  db: Db,
  opts: { seed?: number; count?: number; now?: Date },
  services: Services | null,
): Promise<{ inserted: number }> {
  const any = await db.selectFrom("dossiers").select("id").limit(1).executeTakeFirst();
  if (any) return { inserted: 0 };
  const inputs = await loadPlanInputs(db);
  if (inputs.procedures.length === 0) return { inserted: 0 };
  const now = opts.now ?? new Date();
  const seed = opts.seed ?? DEMO_DOSSIER_SEED;
  const dossiers = planDossiers({
    seed,
    count: opts.count ?? DEMO_DOSSIERS_PER_YEAR,
    ...inputs,
    calendar: await calendarFor(db, now),
    now,
    idOf: (kind, index) => uuidv5(`${kind}:${seed}:${index}`, NAMESPACE),
  });
  const last = assignCodes(dossiers);
  await inTransaction(db, async (tx) => {
    await insertPlanned(tx, dossiers);
    await raiseCounters(tx, last);
    if (services) {
      const fees = planFees({ seed, dossiers, procedures: await loadFeeProcedures(tx), now });
      await insertPlannedFees(services, tx, fees);
    }
  });
  return { inserted: dossiers.length };
}

const SCALE_SEED = 9_001;
const SCALE_CHUNK = 10_000;

/**
 * `npm run seed -- --dossiers N`: N generated dossiers in total for benchmarks (a second run with a larger N adds only
 * the difference), spread over the year before today like the demo, with codes after the counters already used.
 * Deterministic apart from the lookup tokens; committed in chunks with a progress line.
 */
export async function seedScaleDossiers(
  db: Db,
  n: number,
  opts: { log?: (line: string) => void; now?: Date } = {},
): Promise<{ inserted: number }> {
  const log = opts.log ?? (() => {});
  const prefix = `scale:${SCALE_SEED}:`;
  const idOf = (kind: "dossier" | "apology", index: number) => uuidv5(`${prefix}${kind}:${index}`, NAMESPACE);
  // The scale set's dossiers are found by their own ids: count how many of the first n exist (they are made in order).
  let have = 0;
  for (let step = 2 ** Math.ceil(Math.log2(n + 1)); step >= 1; step = Math.floor(step / 2)) {
    const probe = have + step;
    if (probe > n) continue;
    const found = await db
      .selectFrom("dossiers")
      .select("id")
      .where("id", "=", idOf("dossier", probe - 1))
      .executeTakeFirst();
    if (found) have = probe;
  }
  if (have >= n) {
    log(`Đã có ${have} hồ sơ mẫu quy mô lớn; không thêm.`);
    return { inserted: 0 };
  }
  const inputs = await loadPlanInputs(db);
  if (inputs.procedures.length === 0) {
    log("Chưa có thủ tục hành chính nào; không tạo hồ sơ.");
    return { inserted: 0 };
  }
  const now = opts.now ?? new Date();
  const calendar = await calendarFor(db, now);
  let inserted = 0;
  for (let first = have; first < n; first += SCALE_CHUNK) {
    const count = Math.min(SCALE_CHUNK, n - first);
    const dossiers = planDossiers({
      seed: SCALE_SEED,
      count,
      firstIndex: first,
      ...inputs,
      calendar,
      now,
      idOf,
    });
    const last = assignCodes(dossiers, await readCounters(db));
    await inTransaction(db, async (tx) => {
      await insertPlanned(tx, dossiers);
      await raiseCounters(tx, last);
    });
    inserted += dossiers.length;
    log(`Hồ sơ mẫu: ${first + count}/${n}`);
  }
  return { inserted };
}
