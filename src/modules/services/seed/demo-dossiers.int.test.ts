import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import type { Db } from "../../../platform/db/connection.js";
import { DOSSIER_STATES } from "../lifecycle/domain/state-machine.js";
import { seedDemoDossiers, seedScaleDossiers } from "./demo-dossiers.js";
import { ensureTestProcedures } from "./test-procedures.js";

/** Issue 6 item 11: a deterministic year of demo dossiers in every state, consistent with the lifecycle. */

async function boot(): Promise<TestApp> {
  const t = await startTestApp({ fresh: true });
  // The catalogue's demo procedures make the boot seed the dossiers; without them, a few of ours.
  await ensureTestProcedures(t.services.db);
  await seedDemoDossiers(t.services);
  return t;
}

function snapshot(db: Db) {
  return db
    .selectFrom("dossiers")
    .select([
      "id",
      "code",
      "procedure_id",
      "unit_id",
      "current_unit_id",
      "assignee_id",
      "citizen_id",
      "applicant_name",
      "receipt_channel",
      "return_channel",
      "state",
      "submitted_at",
      "received_at",
      sql<string>`due_on::text`.as("due_on"),
      "resolved_at",
      "returned_at",
      "ended_at",
      "end_kind",
      sql<string>`apology_due_on::text`.as("apology_due_on"),
    ])
    .orderBy("code")
    .execute();
}

describe("demo dossiers", () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await boot();
    b = await boot();
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it("is deterministic: two fresh databases hold the same dossiers, codes, histories and counters", async () => {
    const [x, y] = [await snapshot(a.services.db), await snapshot(b.services.db)];
    expect(x.length).toBeGreaterThanOrEqual(1000);
    expect(x).toEqual(y);
    const events = (db: Db) =>
      db
        .selectFrom("dossier_events")
        .select(({ fn }) => ["action", fn.countAll<string>().as("n")])
        .groupBy("action")
        .orderBy("action")
        .execute();
    expect(await events(a.services.db)).toEqual(await events(b.services.db));
    const counters = (db: Db) =>
      db
        .selectFrom("dossier_code_counters")
        .select(["agency_code", sql<string>`day::text`.as("day"), "last_seq"])
        .orderBy("agency_code")
        .orderBy("day")
        .execute();
    expect(await counters(a.services.db)).toEqual(await counters(b.services.db));
    // Seeding again does nothing.
    expect(await seedDemoDossiers(a.services)).toEqual({ inserted: 0 });
  });

  it("has dossiers in every state, over the year before today", async () => {
    const db = a.services.db;
    const states = await db.selectFrom("dossiers").select("state").distinct().execute();
    expect(states.map((s) => s.state).sort()).toEqual([...DOSSIER_STATES].sort());
    const range = await db
      .selectFrom("dossiers")
      .select(({ fn }) => [fn.min("submitted_at").as("first"), fn.max("submitted_at").as("last")])
      .executeTakeFirstOrThrow();
    const now = Date.now();
    expect(new Date(range.last as Date).getTime()).toBeLessThan(now);
    expect(now - new Date(range.first as Date).getTime()).toBeGreaterThan(300 * 86_400_000);
    expect(now - new Date(range.first as Date).getTime()).toBeLessThan(367 * 86_400_000);
  });

  it("keeps codes, counters, histories and slips consistent with the lifecycle rules", async () => {
    const db = a.services.db;
    const rows = await db
      .selectFrom("dossiers as d")
      .innerJoin("units as u", "u.id", "d.unit_id")
      .select([
        "d.code",
        "u.identifier_code",
        "d.submitted_at",
        "d.state",
        "d.version",
        "d.received_at",
        "d.resolved_at",
        "d.ended_at",
        "d.returned_at",
      ])
      .execute();
    const maxSeq = new Map<string, number>();
    for (const r of rows) {
      const day = new Date(r.submitted_at.getTime() + 7 * 3_600_000)
        .toISOString()
        .slice(2, 10)
        .replaceAll("-", "");
      const m = /^(.+)-(\d{6})-(\d{4})$/.exec(r.code);
      expect(m?.[1]).toBe(r.identifier_code);
      expect(m?.[2]).toBe(day);
      const key = `${m?.[1]}|${m?.[2]}`;
      maxSeq.set(key, Math.max(maxSeq.get(key) ?? 0, Number(m?.[3])));
      if (r.state === "returned") expect(r.returned_at).not.toBeNull();
      if (r.state === "rejected" || r.state === "withdrawn") expect(r.ended_at).not.toBeNull();
      if (r.resolved_at) expect(r.resolved_at.getTime()).toBeGreaterThan((r.received_at as Date).getTime());
    }
    const counters = await db
      .selectFrom("dossier_code_counters")
      .select(["agency_code", sql<string>`to_char(day, 'YYMMDD')`.as("d"), "last_seq"])
      .execute();
    expect(counters.length).toBe(maxSeq.size);
    for (const c of counters) expect(c.last_seq).toBe(maxSeq.get(`${c.agency_code}|${c.d}`));

    // The last event of every dossier is its state; the first is the submission; one event per version.
    const last = await sql<{ mismatches: number; firsts: number; versions: number }>`
      select
        (select count(*)::int from dossiers d where d.state <> (
          select e.to_state from dossier_events e where e.dossier_id = d.id order by e.at desc, e.id desc limit 1)) as mismatches,
        (select count(*)::int from dossiers d where (
          select e.action from dossier_events e where e.dossier_id = d.id order by e.at, e.id limit 1) <> 'submit') as firsts,
        (select count(*)::int from dossiers d where d.version <> (
          select count(*) from dossier_events e where e.dossier_id = d.id)) as versions`.execute(db);
    expect(last.rows[0]).toEqual({ mismatches: 0, firsts: 0, versions: 0 });

    const received = await db
      .selectFrom("dossier_events")
      .select(sql<number>`count(*)::int`.as("n"))
      .where("action", "=", "receive")
      .where("due_on", "is", null)
      .executeTakeFirstOrThrow();
    expect(received.n).toBe(0);
    const apologies = await db
      .selectFrom("dossier_apologies as a")
      .innerJoin("dossiers as d", "d.id", "a.dossier_id")
      .select(["a.new_due_on", "a.previous_due_on", "d.apology_due_on"])
      .execute();
    expect(apologies.length).toBeGreaterThan(0);
    const apologyEvents = await db
      .selectFrom("dossier_events")
      .select(sql<number>`count(*)::int`.as("n"))
      .where("action", "=", "apology")
      .executeTakeFirstOrThrow();
    expect(apologyEvents.n).toBe(apologies.length);
    for (const ap of apologies) expect(String(ap.new_due_on) > String(ap.previous_due_on)).toBe(true);
    const citizens = await db.selectFrom("citizens").select("id").limit(1).executeTakeFirst();
    if (citizens) {
      const linked = await db
        .selectFrom("dossiers")
        .select("id")
        .where("citizen_id", "is not", null)
        .limit(1)
        .executeTakeFirst();
      expect(linked).toBeDefined();
    }
  });

  it("has fee notices, some paid online and some at the counter, each paid one with exactly one receipt", async () => {
    const db = a.services.db;
    const notices = await db
      .selectFrom("dossier_fee_notices as n")
      .leftJoin("payment_receipts as r", "r.dossier_id", "n.dossier_id")
      .select([
        "n.dossier_id",
        "n.status",
        "n.paid_via",
        "n.total_vnd",
        sql<number>`count(r.id)::int`.as("receipts"),
      ])
      .groupBy(["n.dossier_id", "n.status", "n.paid_via", "n.total_vnd"])
      .execute();
    const paid = notices.filter((n) => n.status === "paid");
    expect(notices.some((n) => n.status === "unpaid")).toBe(true);
    expect(paid.some((n) => n.paid_via === "online")).toBe(true);
    expect(paid.some((n) => n.paid_via === "counter")).toBe(true);
    for (const n of notices) expect(n.receipts, n.dossier_id).toBe(n.status === "paid" ? 1 : 0);
    // Each online payment is one paid order, settled by the bank's callback, for the notice's amount.
    const orders = await db
      .selectFrom("payment_orders as o")
      .innerJoin("dossier_fee_notices as n", "n.dossier_id", "o.dossier_id")
      .select(["o.status", "o.settled_via", "o.gateway", "o.amount_vnd", "n.total_vnd", "n.paid_via"])
      .execute();
    expect(orders.length).toBe(paid.filter((n) => n.paid_via === "online").length);
    for (const o of orders) {
      expect(o).toMatchObject({
        status: "paid",
        settled_via: "callback",
        gateway: "sandbox",
        paid_via: "online",
      });
      expect(Number(o.amount_vnd)).toBe(Number(o.total_vnd));
    }
    const receipts = await db
      .selectFrom("payment_receipts as r")
      .innerJoin("electronic_documents as e", "e.id", "r.electronic_document_id")
      .select(["e.kind", "e.verify_code"])
      .execute();
    expect(receipts.every((r) => r.kind === "receipt" && r.verify_code.length > 0)).toBe(true);
    // A full-online unit receives part of its dossiers online.
    const online = await sql<{ unit_id: string; share: number }>`
      select d.unit_id, avg((d.receipt_channel = 'online')::int)::float as share
      from dossiers d join procedures p on p.id = d.procedure_id
      where p.online_class = 'full' group by d.unit_id`.execute(db);
    expect(online.rows.length).toBeGreaterThan(0);
    for (const row of online.rows) expect(row.share).toBeGreaterThan(0);
  });

  it("adds N scale dossiers for benchmarks after the demo's codes, and only the difference on a second run", async () => {
    const db = a.services.db;
    const count = async () =>
      (await db.selectFrom("dossiers").select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow())
        .n;
    const before = await count();
    const lines: string[] = [];
    expect(await seedScaleDossiers(db, 300, { log: (l) => lines.push(l) })).toEqual({ inserted: 300 });
    expect(await count()).toBe(before + 300);
    expect(lines.at(-1)).toBe("Hồ sơ mẫu: 300/300");
    expect(await seedScaleDossiers(db, 300)).toEqual({ inserted: 0 });
    expect(await seedScaleDossiers(db, 350)).toEqual({ inserted: 50 });
    expect(await count()).toBe(before + 350);
    // Counters still match the highest sequence used per agency and day.
    const off = await sql<{ n: number }>`
      select count(*)::int as n from dossier_code_counters c
      where c.last_seq <> (select max(right(d.code, 4)::int) from dossiers d
        where d.code like c.agency_code || '-' || to_char(c.day, 'YYMMDD') || '-%')`.execute(db);
    expect(off.rows[0]?.n).toBe(0);
  });
});
