import type { FastifyReply, FastifyRequest } from "fastify";
import { setFlash } from "../../../platform/admin/shell.js";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import type { Db } from "../../../platform/db/connection.js";
import { type Executor, inTransaction, type Tx } from "../../../platform/db/transaction.js";
import { notFound } from "../../../platform/http/errors.js";
import type { FieldErrors } from "../../../platform/http/validation.js";
import { formString, isUuid } from "../domain/unit-input.js";
import { tv } from "../views/admin-text.js";

/**
 * What the unit and site admin pages handle alike: the list filters, loading a row by its id, a save whose checks run
 * inside its transaction, switching a row on or off, and the flash-and-redirect that ends a successful write.
 */

/** The list filters as the query string gave them: search words, one of the known kinds, and the status. */
export interface ListFilters<Kind extends string> {
  q: string;
  kind: Kind | undefined;
  active: boolean | undefined;
  /** The same filters as the filter form shows them again (unknown values read as "all"). */
  form: { q: string; kind: string; active: string };
}

export function listFiltersFrom<Kind extends string>(
  query: Record<string, unknown>,
  kinds: readonly Kind[],
): ListFilters<Kind> {
  const q = formString(query.q).trim().slice(0, 200);
  const kindRaw = formString(query.kind);
  const kind = (kinds as readonly string[]).includes(kindRaw) ? (kindRaw as Kind) : undefined;
  const activeRaw = formString(query.active);
  const active = activeRaw === "1" ? true : activeRaw === "0" ? false : undefined;
  return { q, kind, active, form: { q, kind: kind ?? "", active: active === undefined ? "" : activeRaw } };
}

/** The row an admin URL names, or a 404 for a malformed or unknown id. */
export async function loadOr404<Row>(
  db: Executor,
  id: string,
  get: (db: Executor, id: string) => Promise<Row | undefined>,
): Promise<Row> {
  if (!isUuid(id)) throw notFound();
  const row = await get(db, id);
  if (!row) throw notFound();
  return row;
}

/** Tree rows as select options, each name indented by its depth ("— — Xã …"). */
export function indentedOptions(
  rows: readonly { node: { id: string; name_vi: string }; depth: number }[],
): { value: string; label: string }[] {
  return rows.map(({ node, depth }) => ({ value: node.id, label: `${"— ".repeat(depth)}${node.name_vi}` }));
}

/** Why a write was refused by a check inside its transaction: field messages for the form. */
export class Refusal {
  constructor(readonly errors: FieldErrors) {}
}

export type SaveOutcome<Row> = { ok: true; row: Row } | { ok: false; errors: FieldErrors };

/**
 * Runs a write whose checks need the database. The work returns a Refusal to write nothing; a unique index that a
 * concurrent save took between check and write becomes field messages through `conflictErrors` (null: rethrown).
 */
export async function saveChecked<Row>(
  db: Db,
  work: (tx: Tx) => Promise<Row | Refusal>,
  conflictErrors: (err: unknown) => FieldErrors | null = () => null,
): Promise<SaveOutcome<Row>> {
  try {
    const result = await inTransaction(db, work);
    return result instanceof Refusal ? { ok: false, errors: result.errors } : { ok: true, row: result };
  } catch (err) {
    const errors = conflictErrors(err);
    if (!errors) throw err;
    return { ok: false, errors };
  }
}

/** The end of a successful write: a 303 back to the row's own admin page, with a message that names the row. */
export async function backToRowPage(
  request: FastifyRequest,
  reply: FastifyReply,
  listPath: string,
  row: { id: string; name_vi: string },
  messageKey: string,
  params: Record<string, string> = {},
): Promise<FastifyReply> {
  await setFlash(request, tv(messageKey, { name: row.name_vi, ...params }));
  return reply.redirect(`${listPath}/${row.id}`, 303);
}

interface Switchable {
  id: string;
  name_vi: string;
  active: boolean;
}

/**
 * Deactivates or reactivates a row, audited as "<entity>.deactivate" / "<entity>.reactivate". A row already in the
 * wanted state is left as it is; `refusal` names what blocks the change (null: nothing does).
 */
export async function switchActive<Row extends Switchable>(
  db: Db,
  request: FastifyRequest,
  opts: {
    entityType: "site" | "unit";
    id: string;
    active: boolean;
    lockForUpdate: (tx: Tx, id: string) => Promise<Row | undefined>;
    update: (tx: Tx, id: string, patch: { active: boolean }) => Promise<Row>;
    refusal: (tx: Tx, before: Row) => Promise<string | null>;
  },
): Promise<{ ok: true; row: Row } | { ok: false; refusal: string }> {
  const { active } = opts;
  return inTransaction(db, async (tx) => {
    const before = await opts.lockForUpdate(tx, opts.id);
    if (!before) throw notFound();
    if (before.active === active) return { ok: true as const, row: before };
    const refusal = await opts.refusal(tx, before);
    if (refusal !== null) return { ok: false as const, refusal };
    const after = await opts.update(tx, before.id, { active });
    await recordAudit(tx, actorFrom(request), {
      action: `${opts.entityType}.${active ? "reactivate" : "deactivate"}`,
      entityType: opts.entityType,
      entityId: after.id,
      summary: after.name_vi,
      before: { active: before.active },
      after: { active: after.active },
    });
    return { ok: true as const, row: after };
  });
}
