import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../../test/support/app.js";
import { LOOKUP_RATE } from "./domain/lookup.js";
import { takeLookupSlot } from "./store.js";

/** The lookup rate limit takes an advisory lock and counts rows: the embedded database must do the same. */
describe("lookup rate limit on PGlite", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ database: "pglite", seed: "none" });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("allows the first lookups of an address, refuses past the limit, and frees up after the window", async () => {
    const start = new Date("2026-03-02T02:00:00Z");
    for (let i = 0; i < LOOKUP_RATE.max; i++) {
      const at = new Date(start.getTime() + i * 1000);
      expect((await takeLookupSlot(t.services.db, "192.0.2.7", at)).allowed).toBe(true);
    }
    const over = await takeLookupSlot(t.services.db, "192.0.2.7", new Date(start.getTime() + 60_000));
    expect(over).toEqual({ allowed: false, retryAfterSeconds: 540 });
    expect((await takeLookupSlot(t.services.db, "192.0.2.8", start)).allowed).toBe(true);
    const later = new Date(start.getTime() + LOOKUP_RATE.windowMs + 30_000);
    expect((await takeLookupSlot(t.services.db, "192.0.2.7", later)).allowed).toBe(true);
  });
});
