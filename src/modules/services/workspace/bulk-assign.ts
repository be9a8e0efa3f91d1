/**
 * Bulk assign (issue 6 item 9): the chosen dossiers go to one specialist through the lifecycle's `applyTransition`
 * ("assign"), all in ONE transaction: one refusal (another unit's dossier, a wrong state) and nothing is assigned,
 * with a message naming that dossier.
 */
import type { FastifyRequest } from "fastify";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { AppError } from "../../../platform/http/errors.js";
import { type Lang, t } from "../../../platform/i18n/index.js";
import type { Services } from "../../../platform/services.js";
import { applyTransition } from "../lifecycle/transitions.js";
import { bulkTargets, specialistUnits, type UnitScope } from "./store.js";

export const MAX_BULK = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A refusal to show on the workspace page: the status, the field it belongs to, the message. */
export class BulkAssignError extends Error {
  constructor(
    readonly statusCode: number,
    readonly field: "dossier" | "to_assignee",
    message: string,
  ) {
    super(message);
    this.name = "BulkAssignError";
  }
}

export interface BulkInput {
  ids: string[];
  toAssignee: string | undefined;
}

/** The posted form: `dossier` (repeated) and `to_assignee`. */
export function bulkInput(body: unknown): BulkInput {
  const b = (body ?? {}) as Record<string, unknown>;
  const raw = b.dossier;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const ids = [...new Set(list.filter((v): v is string => typeof v === "string").map((v) => v.trim()))];
  const to =
    typeof b.to_assignee === "string" && b.to_assignee.trim() !== "" ? b.to_assignee.trim() : undefined;
  return { ids, toAssignee: to };
}

export async function bulkAssign(
  services: Services,
  request: FastifyRequest,
  scope: UnitScope,
  input: BulkInput,
  lang: Lang,
  now: Date = new Date(),
): Promise<{ count: number; assigneeName: string }> {
  const tr = (key: string, params?: Record<string, string | number>) => t(lang, key, params);
  const staff = request.staff;
  if (!staff) throw new BulkAssignError(403, "dossier", tr("errors.forbidden"));
  if (input.ids.length === 0) throw new BulkAssignError(422, "dossier", tr("workspace.bulk.noneSelected"));
  if (input.ids.length > MAX_BULK) {
    throw new BulkAssignError(422, "dossier", tr("workspace.bulk.tooMany", { max: MAX_BULK }));
  }
  if (!input.ids.every((id) => UUID.test(id))) {
    throw new BulkAssignError(422, "dossier", tr("workspace.bulk.notFound"));
  }
  const assigneeId = input.toAssignee;
  if (!assigneeId || !UUID.test(assigneeId)) {
    throw new BulkAssignError(422, "to_assignee", tr("workspace.bulk.noAssignee"));
  }
  const { db } = services;
  const assignee = await db
    .selectFrom("staff_users")
    .select(["id", "full_name"])
    .where("id", "=", assigneeId.toLowerCase())
    .where("active", "=", true)
    .executeTakeFirst();
  const covered = assignee ? await specialistUnits(db, assignee.id) : "none";
  if (!assignee || covered === "none") {
    throw new BulkAssignError(422, "to_assignee", tr("workspace.bulk.noAssignee"));
  }
  const ids = input.ids.map((id) => id.toLowerCase());
  const targets = await bulkTargets(db, ids, scope);
  if (targets.length !== ids.length) throw new BulkAssignError(404, "dossier", tr("workspace.bulk.notFound"));
  targets.sort((a, b) => a.code.localeCompare(b.code));
  for (const d of targets) {
    if (!d.in_scope)
      throw new BulkAssignError(403, "dossier", tr("workspace.bulk.otherUnit", { code: d.code }));
    if (!covered.has(d.current_unit_id)) {
      throw new BulkAssignError(422, "to_assignee", tr("workspace.bulk.badAssignee", { code: d.code }));
    }
  }

  await inTransaction(db, async (tx) => {
    for (const d of targets) {
      try {
        await applyTransition(services, tx, {
          dossierId: d.id,
          action: "assign",
          actor: { kind: "staff", staffId: staff.id },
          toAssigneeId: assignee.id,
          at: now,
          audit: actorFrom(request),
        });
      } catch (err) {
        if (err instanceof AppError) {
          const reason = Object.keys(err.fields).length
            ? Object.values(err.fields).join(" ")
            : t(lang, err.messageKey, err.params);
          const status = err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 409;
          throw new BulkAssignError(
            status,
            "dossier",
            tr("workspace.bulk.failed", { code: d.code, reason: withStop(reason) }),
          );
        }
        throw err;
      }
    }
    await recordAudit(tx, actorFrom(request), {
      action: "dossier.bulk_assign",
      entityType: "dossier",
      entityId: null,
      summary: `Phân công ${targets.length} hồ sơ cho ${assignee.full_name}: ${targets.map((d) => d.code).join(", ")}`,
      after: { assigneeId: assignee.id, dossiers: targets.map((d) => d.code) },
    });
  });
  return { count: targets.length, assigneeName: assignee.full_name };
}

function withStop(text: string): string {
  const s = text.trim();
  return /[.!?…]$/.test(s) ? s : `${s}.`;
}
