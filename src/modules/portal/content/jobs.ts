import { actorFrom } from "../../../platform/audit/index.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { type JobQueue, PermanentJobError } from "../../../platform/jobs/index.js";
import type { Services } from "../../../platform/services.js";
import { isUuid } from "./domain/input.js";
import { transition, type WorkflowAction } from "./domain/workflow.js";
import { getItemForUpdate } from "./store.js";
import { applyTransition, EXPIRE_QUEUE, PUBLISH_QUEUE } from "./transitions.js";

/** A job that ran before its time (another node's clock, a manual retry): fail so the queue tries again later. */
class NotDueYet extends Error {}

function parsePayload(payload: Record<string, unknown>): { id: string; at: Date } {
  const id = payload.contentId;
  const at = typeof payload.at === "string" ? new Date(payload.at) : null;
  if (!isUuid(id) || !at || Number.isNaN(at.getTime())) {
    throw new PermanentJobError(`Bad payload: ${JSON.stringify(payload).slice(0, 200)}`);
  }
  return { id, at };
}

/**
 * Runs one scheduled publication or expiry. The job only says "item X at time T"; the item's current row decides:
 * if it was rescheduled (another time), unpublished, edited back to a draft or deleted since, the job does nothing.
 * Jobs live in the database, so a restart in between loses none of them.
 */
async function runClockStep(
  services: Services,
  queue: JobQueue,
  action: Extract<WorkflowAction, "publishDue" | "expire">,
  payload: Record<string, unknown>,
  now: Date,
): Promise<"done" | "stale"> {
  const { id, at } = parsePayload(payload);
  const result = await inTransaction(services.db, async (tx) => {
    const item = await getItemForUpdate(tx, id);
    if (!item) return { outcome: "stale" as const };
    const planned = action === "publishDue" ? item.publish_at : item.expire_at;
    const expectedStatus = action === "publishDue" ? "scheduled" : "published";
    if (item.status !== expectedStatus || !planned || planned.getTime() !== at.getTime()) {
      return { outcome: "stale" as const };
    }
    if (planned.getTime() > now.getTime())
      throw new NotDueYet(`Item ${id} is due at ${planned.toISOString()}`);
    const allowed = transition(item.status, action, "system", { now, expireAt: item.expire_at });
    if (!allowed.ok) {
      // Expired before its scheduled publication: it never goes live.
      if (action === "publishDue" && allowed.refusal === "expiryPassed") {
        await applyTransition(tx, queue, item, "unpublish", actorFrom(null), { now });
        return { outcome: "done" as const, siteId: item.site_id };
      }
      return { outcome: "stale" as const };
    }
    await applyTransition(tx, queue, item, action, actorFrom(null), { now });
    return { outcome: "done" as const, siteId: item.site_id };
  });
  if (result.outcome === "done") services.pageCache.purge([`site:${result.siteId}`, `content:${id}`]);
  return result.outcome;
}

/**
 * Registers the handlers of "portal.publish" and "portal.expire" (from src/bootstrap.ts registerJobHandlers).
 * Tests pass their own queue and clock to drive time forward.
 */
export function registerContentJobs(
  services: Services,
  opts: { queue?: JobQueue; now?: () => Date } = {},
): void {
  const queue = opts.queue ?? services.jobs;
  const now = opts.now ?? (() => new Date());
  queue.register(PUBLISH_QUEUE, async (payload) => {
    await runClockStep(services, queue, "publishDue", payload, now());
  });
  queue.register(EXPIRE_QUEUE, async (payload) => {
    await runClockStep(services, queue, "expire", payload, now());
  });
}
