/**
 * The payment jobs: every 10 minutes, pending orders past their expiry are asked about and settled or closed; every
 * day at 01:00 (Vietnam time) the previous day is reconciled. Each run schedules the next one (dedupe keys name the
 * slot, so chains started from several places merge), and creating an order makes sure both chains exist.
 */
import { addDays, vnDay, vnDayStart } from "../../../platform/calendar/vn-day.js";
import type { Executor } from "../../../platform/db/transaction.js";
import type { JobQueue } from "../../../platform/jobs/index.js";
import type { Services } from "../../../platform/services.js";
import { gatewayFromConfig } from "./gateway/from-config.js";
import type { PaymentGateway } from "./gateway/http-gateway.js";
import { reconcileDay } from "./reconcile.js";
import { expireOrder, settleFromQuery } from "./settle.js";

export const PAYMENT_EXPIRY_QUEUE = "services.payment-expiry";
export const PAYMENT_RECONCILE_QUEUE = "services.payment-reconcile";
const SWEEP_EVERY_MS = 10 * 60_000;
const RECONCILE_HOUR = 1;
/** A sweep handles at most this many orders; the next sweep takes the rest. */
const SWEEP_BATCH = 200;

function nextSweepSlot(now: Date): number {
  return Math.floor(now.getTime() / SWEEP_EVERY_MS) + 1;
}

async function scheduleSweep(tx: Executor, jobs: JobQueue, slot: number): Promise<void> {
  await jobs.enqueue(
    tx,
    PAYMENT_EXPIRY_QUEUE,
    { slot },
    { runAt: new Date(slot * SWEEP_EVERY_MS), dedupeKey: `${PAYMENT_EXPIRY_QUEUE}:${slot}` },
  );
}

/** The reconciliation of `day` runs at 01:00 on the day after. */
async function scheduleReconcile(tx: Executor, jobs: JobQueue, day: string, now: Date): Promise<void> {
  const at = new Date(vnDayStart(addDays(day, 1)).getTime() + RECONCILE_HOUR * 3_600_000);
  await jobs.enqueue(
    tx,
    PAYMENT_RECONCILE_QUEUE,
    { day },
    { runAt: at < now ? now : at, dedupeKey: `${PAYMENT_RECONCILE_QUEUE}:${day}` },
  );
}

/** On start and with every new order (in its transaction): the next sweep and today's reconciliation exist. */
export async function ensurePaymentJobs(
  services: Services,
  now: Date = new Date(),
  tx: Executor = services.db,
): Promise<void> {
  if (services.config.payment.mode === "off") return;
  await scheduleSweep(tx, services.jobs, nextSweepSlot(now));
  await scheduleReconcile(tx, services.jobs, vnDay(now), now);
}

/** Pending orders past expiry: settled from the bank's final answer, or closed as expired when it has none. */
export async function sweepExpiredOrders(
  services: Services,
  gateway: PaymentGateway,
  now: Date,
): Promise<{ settled: number; expired: number }> {
  const due = await services.db
    .selectFrom("payment_orders")
    .select(["id", "order_ref"])
    .where("status", "=", "pending")
    .where("expires_at", "<", now)
    .orderBy("expires_at")
    .limit(SWEEP_BATCH)
    .execute();
  let settled = 0;
  let expired = 0;
  for (const o of due) {
    const q = await gateway.queryStatus(o.order_ref);
    try {
      const result = await settleFromQuery(services, o.order_ref, q, now);
      if (result) settled++;
      // A bank that cannot be reached says nothing either way: ask again at the next sweep.
      else if (q.ok && (await expireOrder(services, o.id, now))) expired++;
    } catch {
      // One order that fails to settle stays pending and is asked about again; the others go on.
    }
  }
  return { settled, expired };
}

export function registerPaymentJobs(
  services: Services,
  opts: { queue?: JobQueue; now?: () => Date; gateway?: PaymentGateway } = {},
): void {
  const queue = opts.queue ?? services.jobs;
  const now = opts.now ?? (() => new Date());
  const gateway = opts.gateway ?? gatewayFromConfig(services.config);
  queue.register(PAYMENT_EXPIRY_QUEUE, async () => {
    const at = now();
    await sweepExpiredOrders(services, gateway, at);
    await scheduleSweep(services.db, queue, nextSweepSlot(at));
  });
  queue.register(PAYMENT_RECONCILE_QUEUE, async (payload) => {
    const day = typeof payload.day === "string" ? payload.day : addDays(vnDay(now()), -1);
    await reconcileDay(services, gateway, day, { runBy: null, now: now() });
    await scheduleReconcile(services.db, queue, addDays(day, 1), now());
  });
}
