import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { getProcedureById } from "./store.js";
import { createDossier, validateSubmission } from "./submission.js";
import { insertTestProcedure, validOnlineFields } from "./test-fixtures.js";

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ database: "pglite" });
});

afterAll(async () => {
  await t?.close();
});

describe("dossier codes on the embedded database", () => {
  it("gives 50 concurrent submissions 50 distinct, consecutive codes", async () => {
    const db = t.services.db;
    const unit = await db
      .selectFrom("units")
      .select(["id", "name_vi", "short_code", "identifier_code"])
      .where("short_code", "=", "STP")
      .executeTakeFirstOrThrow();
    const procedureId = await insertTestProcedure(db, { code: "PGLITE.STP.001", unitId: unit.id });
    const procedure = await getProcedureById(db, procedureId);
    if (!procedure) throw new Error("procedure missing");
    // Papers by post: no files needed, so the test exercises the code allocator and the rows only.
    const checked = validateSubmission(
      procedure,
      validOnlineFields({ receiptChannel: "post" }),
      { accepted: [], errors: {} },
      "online",
    );
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    const at = new Date("2026-03-16T02:00:00Z");
    // The demo year of dossiers may already have used some numbers of that agency on that day.
    const agency = unit.identifier_code ?? unit.short_code;
    const before =
      (
        await db
          .selectFrom("dossier_code_counters")
          .select("last_seq")
          .where("agency_code", "=", agency)
          .where("day", "=", "2026-03-16")
          .executeTakeFirst()
      )?.last_seq ?? 0;
    const dossiers = await Promise.all(
      Array.from({ length: 50 }, () =>
        inTransaction(db, (tx) =>
          createDossier(t.services, tx, {
            procedure,
            unit,
            submission: checked.value,
            stored: [],
            citizenId: null,
            staffId: null,
            at,
          }),
        ),
      ),
    );
    const codes = dossiers.map((d) => d.code).sort();
    expect(new Set(codes).size).toBe(50);
    const prefix = `${agency}-260316-`;
    expect(codes).toEqual(
      Array.from({ length: 50 }, (_, i) => `${prefix}${String(before + i + 1).padStart(4, "0")}`),
    );
    const counter = await db
      .selectFrom("dossier_code_counters")
      .selectAll()
      .where("agency_code", "=", agency)
      .where("day", "=", "2026-03-16")
      .executeTakeFirstOrThrow();
    expect(counter.last_seq).toBe(before + 50);
  });
});
