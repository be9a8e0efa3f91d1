import { randomUUID } from "node:crypto";
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AdminRoute, listAdminRoutes } from "../src/platform/auth/index.js";
import { startTestApp, type TestApp } from "./support/app.js";
import { createStaff, type StaffSession, signIn } from "./support/staff-session.js";

/** A concrete URL for a route pattern: every path parameter (and wildcard) becomes a random UUID. */
function concreteUrl(pattern: string): string {
  return pattern.replace(/:[A-Za-z0-9_]+(\([^)]*\))?/g, () => randomUUID()).replace(/\*/g, randomUUID());
}

function label(route: AdminRoute): string {
  return `${route.method} ${route.url}`;
}

/**
 * Walks every /admin route the app registered (whoever registered it), so a route added later is covered without
 * touching this file: anonymous visitors are sent to sign-in (pages) or get 401, and a signed-in staff member who
 * holds no role gets 403 on every route that requires one.
 */
describe("access control on every admin route", () => {
  let t: TestApp;
  let routes: AdminRoute[];
  let noRole: StaffSession;

  beforeAll(async () => {
    t = await startTestApp();
    routes = listAdminRoutes(t.app).filter((r) => r.method !== "HEAD" && r.method !== "OPTIONS");
    const person = await createStaff(t.services.db, { username: "khong.vai.tro", grants: [] });
    noRole = await signIn(t.app, person);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("finds the admin routes, each with a declared access", () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.map(label)).toEqual(expect.arrayContaining(["GET /admin", "GET /admin/can-bo"]));
    const undeclared = routes.filter((r) => r.access === undefined).map(label);
    expect(undeclared).toEqual([]);
  });

  it("sends anonymous page requests to sign-in and refuses everything else with 401", async () => {
    const problems: string[] = [];
    for (const route of routes) {
      if (route.access === "public") continue;
      const url = concreteUrl(route.url);
      const res = await t.app.inject({
        method: route.method as InjectOptions["method"],
        url,
        headers: { accept: "text/html" },
      });
      if (route.method === "GET") {
        const location = String(res.headers.location ?? "");
        if (
          res.statusCode !== 303 ||
          !location.startsWith(`/admin/dang-nhap?next=${encodeURIComponent(url)}`)
        ) {
          problems.push(`${label(route)} → ${res.statusCode} ${location}`);
        }
      } else if (res.statusCode !== 401) {
        problems.push(`${label(route)} → ${res.statusCode}`);
      }
      if (route.method === "GET") {
        const json = await t.app.inject({ method: "GET", url, headers: { accept: "application/json" } });
        if (json.statusCode !== 401) problems.push(`${label(route)} (JSON) → ${json.statusCode}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("refuses a signed-in staff member without the role with 403", async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const route of routes) {
      if (route.access === "public" || route.access === "staff") continue;
      checked++;
      const res = await t.app.inject({
        method: route.method as InjectOptions["method"],
        url: concreteUrl(route.url),
        headers: { accept: "text/html", cookie: noRole.cookie },
      });
      if (res.statusCode !== 403) problems.push(`${label(route)} → ${res.statusCode}`);
    }
    expect(checked).toBeGreaterThan(5);
    expect(problems).toEqual([]);
    // Still signed in: the refusals did not end the session.
    expect((await noRole.get("/admin")).statusCode).toBe(200);
  });

  it("lets the same person use the pages open to all staff", async () => {
    const home = await noRole.get("/admin");
    expect(home.body).toContain("chưa được giao vai trò");
    expect(home.body).not.toContain('href="/admin/can-bo"');
    expect((await noRole.get("/admin/tai-khoan")).statusCode).toBe(200);
  });
});
