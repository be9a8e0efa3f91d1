import { describe, expect, it } from "vitest";
import type { Grant } from "./access.js";
import { grantScopeFor, ROLE_LABELS_VI } from "./grant-scope.js";
import { can, grantCovers, holdsAnyRole, sitesFor } from "./grants.js";
import { ROLES } from "./roles.js";

const U = "0190aaaa-0000-7000-8000-000000000001";
const CHILD = "0190aaaa-0000-7000-8000-000000000002";
const S = "0190bbbb-0000-7000-8000-000000000001";
const S2 = "0190bbbb-0000-7000-8000-000000000002";

describe("grant scope by role", () => {
  it("puts site roles on a site, unit roles on a unit, system_admin on nothing", () => {
    expect(grantScopeFor("editor", { siteId: S, unitId: U })).toEqual({ ok: true, unitId: null, siteId: S });
    expect(grantScopeFor("editor", { unitId: U })).toEqual({ ok: false, problem: "needSite" });
    expect(grantScopeFor("leader", { siteId: S, unitId: U })).toEqual({ ok: true, unitId: U, siteId: null });
    expect(grantScopeFor("clerk", { siteId: S })).toEqual({ ok: false, problem: "needUnit" });
    expect(grantScopeFor("system_admin", { siteId: S, unitId: U })).toEqual({
      ok: true,
      unitId: null,
      siteId: null,
    });
  });

  it("names every role in Vietnamese", () => {
    for (const r of ROLES) expect(ROLE_LABELS_VI[r]).toMatch(/\S/);
    expect(ROLE_LABELS_VI.one_stop_officer).toBe("Cán bộ một cửa");
  });
});

describe("grant coverage", () => {
  const siteEditor: Grant = { role: "editor", unitId: null, siteId: S };
  const unitLeader: Grant = { role: "leader", unitId: U, siteId: null };

  it("covers a site grant's own site only", () => {
    expect(grantCovers(siteEditor, { siteId: S })).toBe(true);
    expect(grantCovers(siteEditor, { siteId: S2 })).toBe(false);
    expect(grantCovers(siteEditor, { unitId: U })).toBe(false);
  });

  it("covers a unit grant's unit and, through ancestors, its sub-units", () => {
    expect(grantCovers(unitLeader, { unitId: U })).toBe(true);
    expect(grantCovers(unitLeader, { unitId: CHILD })).toBe(false);
    expect(grantCovers(unitLeader, { unitId: CHILD }, [U])).toBe(true);
  });

  it("lets a system admin do anything and others only what they were granted", () => {
    const admin = { grants: [{ role: "system_admin", unitId: null, siteId: null } as Grant] };
    const editor = { grants: [siteEditor] };
    expect(can(admin, "approver", { siteId: S2 })).toBe(true);
    expect(can(editor, "editor", { siteId: S })).toBe(true);
    expect(can(editor, "approver", { siteId: S })).toBe(false);
    expect(can(editor, "editor", { siteId: S2 })).toBe(false);
    expect(can(null, "editor", { siteId: S })).toBe(false);
    expect(holdsAnyRole(editor, ["editor", "approver"])).toBe(true);
    expect(holdsAnyRole({ grants: [] }, ["editor"])).toBe(false);
    expect(sitesFor(editor, ["editor"])).toEqual([S]);
    expect(sitesFor(admin, ["editor"])).toBe("all");
  });
});
