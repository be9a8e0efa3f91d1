import type { FastifyRequest } from "fastify";
import type { Executor } from "../db/transaction.js";

export interface AuditActor {
  id: string | null;
  name: string | null;
  ip: string | null;
  requestId: string | null;
}

export interface AuditEvent {
  /** Verb in dotted form: "unit.create", "site.deactivate", "staff.password_reset". */
  action: string;
  entityType: string;
  entityId: string | null;
  summary?: string;
  before?: unknown;
  after?: unknown;
}

/** Who is acting, from the request (the signed-in staff member, or the system for background work). */
export function actorFrom(request: FastifyRequest | null): AuditActor {
  if (!request) return { id: null, name: "Hệ thống", ip: null, requestId: null };
  return {
    id: request.staff?.id ?? null,
    name: request.staff?.fullName ?? null,
    ip: request.ip ?? null,
    requestId: request.id ?? null,
  };
}

/** Keys whose values never go into the audit log. */
const SECRET_KEYS = /password|secret|token|recovery_codes|hash/i;

export function redact(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEYS.test(k) ? "[ẩn]" : redact(v);
    return out;
  }
  return value;
}

/**
 * Writes one audit row. Call it with the transaction that makes the change, so the change and its record commit
 * together (ARCHITECTURE "Data": every user-triggered write runs in one transaction with its audit row).
 */
export async function recordAudit(tx: Executor, actor: AuditActor, event: AuditEvent): Promise<void> {
  await tx
    .insertInto("audit_log")
    .values({
      actor_id: actor.id,
      actor_name: actor.name,
      action: event.action,
      entity_type: event.entityType,
      entity_id: event.entityId,
      summary: event.summary ?? null,
      before: event.before === undefined ? null : JSON.stringify(redact(event.before)),
      after: event.after === undefined ? null : JSON.stringify(redact(event.after)),
      ip: actor.ip,
      request_id: actor.requestId,
    })
    .execute();
}
