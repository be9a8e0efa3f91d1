import type { Updateable } from "kysely";
import { type AuditActor, recordAudit } from "../../../platform/audit/index.js";
import { formatVnDateTime } from "../../../platform/calendar/vn-datetime.js";
import type { Tx } from "../../../platform/db/transaction.js";
import type { JobQueue } from "../../../platform/jobs/index.js";
import type { ContentItem, ContentItemTable } from "../tables.js";
import { tc } from "./catalogue.js";
import type { WorkflowAction } from "./domain/workflow.js";
import { updateItem } from "./store.js";

/** Durable queues of the clock's work: publish a scheduled item, unpublish an expired one. */
export const PUBLISH_QUEUE = "portal.publish";
export const EXPIRE_QUEUE = "portal.expire";

/** One job per item and time: rescheduling to a new time adds a new job, the old one finds nothing to do. */
export function scheduleKey(itemId: string, at: Date): string {
  return `${itemId}@${at.toISOString()}`;
}

export async function enqueuePublish(jobs: JobQueue, tx: Tx, itemId: string, at: Date): Promise<void> {
  await jobs.enqueue(
    tx,
    PUBLISH_QUEUE,
    { contentId: itemId, at: at.toISOString() },
    {
      runAt: at,
      dedupeKey: scheduleKey(itemId, at),
    },
  );
}

export async function enqueueExpire(jobs: JobQueue, tx: Tx, itemId: string, at: Date): Promise<void> {
  await jobs.enqueue(
    tx,
    EXPIRE_QUEUE,
    { contentId: itemId, at: at.toISOString() },
    {
      runAt: at,
      dedupeKey: scheduleKey(itemId, at),
    },
  );
}

/** The workflow fields the audit log shows before and after a step. */
export function workflowSnapshot(item: ContentItem) {
  return {
    status: item.status,
    publish_at: item.publish_at,
    published_at: item.published_at,
    expire_at: item.expire_at,
    return_comment: item.return_comment,
    version: item.version,
  };
}

/**
 * Writes a workflow step that `transition()` has already allowed: the new state and its companions, the jobs it
 * needs (a scheduled publication, an expiry), and the audit row — all in the caller's transaction, on a locked row.
 */
export async function applyTransition(
  tx: Tx,
  jobs: JobQueue,
  item: ContentItem,
  action: WorkflowAction,
  actor: AuditActor,
  ctx: { now: Date; publishAt?: Date | null; comment?: string },
): Promise<ContentItem> {
  const patch: Updateable<ContentItemTable> = { updated_by: actor.id ?? item.updated_by };
  switch (action) {
    case "submit":
      patch.status = "submitted";
      break;
    case "return":
      patch.status = "returned";
      patch.return_comment = (ctx.comment ?? "").trim();
      break;
    case "publish":
      patch.status = "published";
      patch.return_comment = null;
      patch.approved_by = actor.id;
      // A republished correction keeps its first publication date; lists stay in their original order.
      patch.published_at = item.published_at ?? ctx.now;
      break;
    case "publishDue":
      patch.status = "published";
      patch.published_at = item.published_at ?? item.publish_at ?? ctx.now;
      patch.updated_by = item.updated_by;
      break;
    case "schedule":
      patch.status = "scheduled";
      patch.return_comment = null;
      patch.approved_by = actor.id;
      patch.publish_at = ctx.publishAt ?? null;
      break;
    case "unpublish":
      patch.status = "unpublished";
      break;
    case "expire":
      patch.status = "unpublished";
      patch.updated_by = item.updated_by;
      break;
  }
  const updated = await updateItem(tx, item.id, patch);
  if (action === "schedule" && updated.publish_at)
    await enqueuePublish(jobs, tx, item.id, updated.publish_at);
  if ((action === "publish" || action === "publishDue") && updated.expire_at) {
    await enqueueExpire(jobs, tx, item.id, updated.expire_at);
  }
  await recordAudit(tx, actor, {
    action: `content.${action === "publishDue" ? "publish_scheduled" : action}`,
    entityType: "content_item",
    entityId: item.id,
    summary: tc(`portal.content.audit.${action}`, {
      title: item.title,
      time: formatVnDateTime(updated.publish_at),
    }),
    before: workflowSnapshot(item),
    after: workflowSnapshot(updated),
  });
  return updated;
}
