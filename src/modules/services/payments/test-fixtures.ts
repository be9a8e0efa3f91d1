/** Set-up shared by the payment tests on PostgreSQL and on PGlite. */
import net from "node:net";
import type { Db } from "../../../platform/db/connection.js";
import { insertDossier } from "../notifications/test-fixtures.js";
import type { Dossier } from "../tables.js";

/** A port for the app to listen on, because the bank calls our callback over real HTTP. */
export async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, "127.0.0.1", resolve));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

/** The path and query of an absolute URL, to follow a redirect with the in-process browser. */
export function pathOf(url: string): string {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
}

/** A dossier of `ownerId` with a one-line fee notice of `feeVnd` (nothing to pay when exempt). */
export async function insertDossierWithNotice(
  db: Db,
  opts: {
    procedureId: string;
    unitId: string;
    ownerId: string | null;
    feeVnd: number;
    line: { label: string; basis: string };
    status?: "unpaid" | "paid" | "exempt";
  },
): Promise<Dossier> {
  const d = await insertDossier(db, { procedureId: opts.procedureId, unitId: opts.unitId });
  await db.updateTable("dossiers").set({ citizen_id: opts.ownerId }).where("id", "=", d.id).execute();
  const status = opts.status ?? "unpaid";
  const total = status === "exempt" ? 0 : opts.feeVnd;
  await db
    .insertInto("dossier_fee_notices")
    .values({
      dossier_id: d.id,
      lines: JSON.stringify([{ ...opts.line, quantity: 1, unitVnd: opts.feeVnd, amountVnd: opts.feeVnd }]),
      subtotal_vnd: total,
      exempt_vnd: 0,
      total_vnd: total,
      status,
      paid_at: status === "paid" ? new Date() : null,
      paid_via: status === "paid" ? "counter" : null,
    })
    .execute();
  return d;
}
