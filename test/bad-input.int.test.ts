import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "./support/app.js";
import { citizenBrowser, createTestCitizen } from "./support/citizen-session.js";
import { fillPattern, listRoutes, patternRegExp, type RouteInfo } from "./support/routes.js";
import { createStaff, csrfFromHtml, signIn } from "./support/staff-session.js";

/**
 * Issue 3 item 11: bad input anywhere gives a 4xx with a clear Vietnamese message, never a 5xx. Every registered
 * route (routes added later are found automatically) gets missing fields, wrong types, 1–2 MB strings, invalid UTF-8,
 * malformed JSON, odd path parameters and huge query strings — anonymously, and as a signed-in system admin with a
 * valid CSRF token so the requests get past sign-in and CSRF to the handlers.
 */

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const RANDOM_UUID = "0190f0e4-7c3a-7b2d-9e4f-5a6b7c8d9e0f";
const ODD_PARAM = "abc'%22%3Cx%3E";
/** Field names tried on every body route besides those found in the app's own forms. */
const COMMON_FIELDS = [
  "name",
  "name_vi",
  "name_en",
  "title",
  "code",
  "email",
  "username",
  "password",
  "parent_id",
  "parentId",
  "unit_id",
  "site_id",
  "slug",
  "role",
  "q",
];
const MB = 1024 * 1024;

interface Session {
  label: string;
  cookie?: string;
  csrf?: string;
  /** Signs in again if an earlier request (sign-out, password change) ended the session. */
  refresh(): Promise<void>;
}

interface Case {
  name: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

let ipCounter = 0;
/** A different client address per request, so per-IP rate limits do not hide what the handlers do. */
function nextIp(): string {
  ipCounter++;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

function urlencoded(fields: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) {
    for (const one of Array.isArray(v) ? v : [v]) params.append(k, one);
  }
  return params.toString();
}

function casesFor(
  method: string,
  url: string,
  fields: string[],
  csrf: string | undefined,
  big: boolean,
): Case[] {
  const base: Record<string, string> = csrf ? { _csrf: csrf } : {};
  const withCsrf = (o: Record<string, unknown>) => ({ ...base, ...o });
  const form = { "content-type": "application/x-www-form-urlencoded" };
  const json = { "content-type": "application/json" };
  const cases: Case[] = [
    { name: "no query, no body", method, url },
    { name: "huge query string", method, url: `${url}?q=${"x".repeat(100_000)}&page=${"9".repeat(5000)}` },
    {
      name: "odd query values",
      method,
      url: `${url}?page=-1&page=abc&trang=1e999&q[]=x&sort=%FF%FE&next=//evil.example&id=${ODD_PARAM}&lang=xx`,
    },
  ];
  if (!BODY_METHODS.has(method)) return cases;

  const fill = <V>(value: V): Record<string, V> => Object.fromEntries(fields.map((f) => [f, value]));
  const under = Math.floor((900 * 1024) / Math.max(1, fields.length));
  cases.push(
    {
      name: "empty form",
      method,
      url,
      headers: form,
      body: urlencoded(base),
    },
    { name: "empty JSON object", method, url, headers: json, body: JSON.stringify(withCsrf({})) },
    {
      name: "fields repeated (arrays in a form)",
      method,
      url,
      headers: form,
      body: urlencoded({ ...base, ...fill(["a", "b"]) }),
    },
    { name: "JSON numbers", method, url, headers: json, body: JSON.stringify(withCsrf(fill(12345))) },
    {
      name: "JSON objects",
      method,
      url,
      headers: json,
      body: JSON.stringify(withCsrf(fill({ a: { b: 1 } }))),
    },
    { name: "JSON arrays", method, url, headers: json, body: JSON.stringify(withCsrf(fill([1, "x", null]))) },
    { name: "JSON nulls", method, url, headers: json, body: JSON.stringify(withCsrf(fill(null))) },
    { name: "JSON booleans", method, url, headers: json, body: JSON.stringify(withCsrf(fill(true))) },
    { name: "JSON top-level array", method, url, headers: json, body: "[1,2,3]" },
    { name: "JSON top-level string", method, url, headers: json, body: '"chuỗi"' },
    { name: "malformed JSON", method, url, headers: json, body: '{"name": "Sở' },
    {
      name: "long strings under the body limit",
      method,
      url,
      headers: form,
      body: urlencoded({
        ...base,
        ...fill("ả".repeat(Math.floor(under / 9))),
      }),
    },
    {
      name: "invalid UTF-8 in a form",
      method,
      url,
      headers: form,
      body: Buffer.concat([
        Buffer.from(urlencoded(base)),
        ...fields.map((f) =>
          Buffer.concat([Buffer.from(`&${encodeURIComponent(f)}=`), Buffer.from([0xc3, 0x28, 0xff])]),
        ),
      ]),
    },
    {
      name: "invalid UTF-8 percent-encoded in a form",
      method,
      url,
      headers: form,
      body: `${urlencoded(base)}&${fields.map((f) => `${f}=%C3%28%FF%`).join("&")}`,
    },
    {
      name: "invalid UTF-8 in JSON",
      method,
      url,
      headers: json,
      body: Buffer.concat([
        Buffer.from(`{${csrf ? `"_csrf":"${csrf}",` : ""}"${fields[0] ?? "name"}":"`),
        Buffer.from([0xff, 0xfe, 0xc3]),
        Buffer.from('"}'),
      ]),
    },
    { name: "unknown content type", method, url, headers: { "content-type": "text/xml" }, body: "<a/>" },
    {
      name: "broken multipart",
      method,
      url,
      headers: { "content-type": "multipart/form-data; boundary=zzz" },
      body: '--zzz\r\nContent-Disposition: form-data; name="x"\r\n\r\nabc',
    },
  );
  if (big) {
    for (const size of [MB, 2 * MB]) {
      cases.push(
        {
          name: `${size / MB} MB string fields (form)`,
          method,
          url,
          headers: form,
          body: urlencoded({
            ...base,
            ...Object.fromEntries(fields.slice(0, 3).map((f) => [f, "a".repeat(size)])),
          }),
        },
        {
          name: `${size / MB} MB string field (JSON)`,
          method,
          url,
          headers: json,
          body: JSON.stringify(withCsrf({ [fields[0] ?? "name"]: "a".repeat(size) })),
        },
      );
    }
  }
  return cases;
}

/** The English site answers in English (SPEC §A6); everything else in Vietnamese. */
function isEnglishSite(url: string): boolean {
  const path = url.split("?")[0] ?? "";
  return path === "/en" || path.startsWith("/en/");
}

/** English error text: non-empty words, no Vietnamese diacritics, and for pages a document marked lang="en". */
function englishProblem(status: number, text: string, body: string, isHtml: boolean): string | null {
  if (!/[a-z]{3,}/i.test(text) || VIETNAMESE.test(text))
    return `status ${status}: English site without an English message`;
  if (isHtml && !/<html[^>]*\blang="en"/i.test(body))
    return `status ${status}: English site page not marked lang="en"`;
  return null;
}

/** What is wrong with a response, or null when it is acceptable. */
function problemWith(
  status: number,
  contentType: string,
  body: string,
  method: string,
  url: string,
): string | null {
  if (status >= 500) return `status ${status}`;
  if (status < 400 || method === "HEAD") return null;
  if (contentType.includes("application/json")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return `status ${status} with a JSON content type but no JSON body`;
    }
    const error = (parsed as { error?: { code?: unknown; message?: unknown } }).error;
    if (typeof error?.code !== "string" || typeof error.message !== "string") {
      return `status ${status}: JSON body is not { error: { code, message } }: ${body.slice(0, 200)}`;
    }
    if (isEnglishSite(url)) return englishProblem(status, error.message, body, false);
    if (!VIETNAMESE.test(error.message))
      return `status ${status}: message not in Vietnamese: ${error.message}`;
    return null;
  }
  if (contentType.includes("text/html")) {
    const main = /<main\b[\s\S]*<\/main>/i.exec(body)?.[0] ?? body;
    const text = main.replace(/<[^>]+>/g, " ");
    if (isEnglishSite(url)) return englishProblem(status, text, body, true);
    if (!VIETNAMESE.test(text)) return `status ${status}: HTML page without a Vietnamese message`;
    return null;
  }
  return `status ${status} with content type "${contentType}" (expected an HTML page or the JSON error shape)`;
}

/** Forms and links of the app's own pages: field names per form action, and real ids for path parameters. */
interface Crawl {
  fieldsByAction: Map<string, Set<string>>;
  urls: Set<string>;
}

async function crawl(t: TestApp, session: Session, starts: string[], limit: number): Promise<Crawl> {
  const seen = new Set<string>();
  const queue = [...starts];
  const fieldsByAction = new Map<string, Set<string>>();
  while (queue.length > 0 && seen.size < limit) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const res = await t.app.inject({
      method: "GET",
      url,
      headers: session.cookie ? { cookie: session.cookie } : {},
    });
    if (res.statusCode !== 200 || !String(res.headers["content-type"]).includes("text/html")) continue;
    const html = res.body;
    for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
      const attrs = m[1] ?? "";
      const action = (/\baction="([^"]*)"/i.exec(attrs)?.[1] ?? url).replace(/&amp;/g, "&").split("?")[0]!;
      const set = fieldsByAction.get(action) ?? new Set<string>();
      for (const f of (m[2] ?? "").matchAll(/\bname="([^"]+)"/gi)) if (f[1] !== "_csrf") set.add(f[1]!);
      fieldsByAction.set(action, set);
    }
    for (const m of html.matchAll(/\bhref="(\/[^"#]*)"/gi)) {
      const href = (m[1] ?? "").replace(/&amp;/g, "&");
      if (href.startsWith("/static/") || href.includes("dang-xuat")) continue;
      if (!seen.has(href) && starts.some((s) => href.startsWith(s === "/" ? "/" : s))) queue.push(href);
    }
  }
  return { fieldsByAction, urls: new Set([...seen, ...fieldsByAction.keys()]) };
}

interface SweepResult {
  failures: string[];
  /** How many responses had each status: shows the requests got past sign-in and CSRF to the handlers. */
  statuses: Record<number, number>;
  requests: number;
}

async function sweep(t: TestApp, routes: RouteInfo[], session: Session, found: Crawl): Promise<SweepResult> {
  const failures: string[] = [];
  const statuses: Record<number, number> = {};
  let requests = 0;
  for (const route of routes) {
    const re = patternRegExp(route.path);
    const fields = new Set(COMMON_FIELDS);
    for (const [action, names] of found.fieldsByAction) {
      if (re.test(action)) for (const n of names) fields.add(n);
    }
    const paths =
      route.path.includes(":") || route.path.endsWith("*")
        ? [
            fillPattern(route.path, RANDOM_UUID),
            fillPattern(route.path, ODD_PARAM),
            ...[...found.urls].filter((u) => re.test(u)).slice(0, 2),
          ]
        : [route.path];
    for (const method of route.methods) {
      for (const [i, url] of paths.entries()) {
        for (const c of casesFor(method, url, [...fields], session.csrf, i === 0)) {
          const headers: Record<string, string> = { accept: "text/html", ...c.headers };
          if (session.cookie) headers.cookie = session.cookie;
          if (session.csrf) headers["x-csrf-token"] = session.csrf;
          const options: InjectOptions = {
            method: c.method as InjectOptions["method"],
            url: c.url,
            headers,
            remoteAddress: nextIp(),
            ...(c.body === undefined ? {} : { payload: c.body }),
          };
          for (const accept of ["text/html", "application/json"]) {
            headers.accept = accept;
            const res = await t.app.inject(options);
            requests++;
            statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
            const problem = problemWith(
              res.statusCode,
              String(res.headers["content-type"] ?? ""),
              res.body,
              method,
              c.url,
            );
            if (problem)
              failures.push(
                `${session.label} ${method} ${c.url.slice(0, 120)} [${c.name}, ${accept}]: ${problem}`,
              );
          }
        }
        await session.refresh();
      }
    }
  }
  return { failures, statuses, requests };
}

describe("bad input to every route gives a 4xx with a Vietnamese message, never a 5xx", () => {
  let t: TestApp;
  let routes: RouteInfo[];
  beforeAll(async () => {
    t = await startTestApp();
    routes = listRoutes(t.app);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("finds the registered routes", () => {
    const paths = routes.map((r) => `${r.methods.join(",")} ${r.path}`);
    expect(paths).toContain("GET /healthz");
    expect(paths).toContain("GET /static/*");
    expect(routes.find((r) => r.path === "/admin/dang-nhap")?.methods).toEqual(["GET", "POST"]);
    expect(routes.length).toBeGreaterThan(10);
  });

  it("anonymously, without any cookie", async () => {
    const anonymous: Session = { label: "anonymous", refresh: async () => {} };
    const found = await crawl(t, anonymous, ["/", "/en", "/admin/dang-nhap"], 80);
    const result = await sweep(t, routes, anonymous, found);
    // Admin routes refuse before parsing anything: sign-in first.
    expect(result.statuses[401]).toBeGreaterThan(0);
    expect(result.failures).toEqual([]);
  }, 600_000);

  it("anonymously, with a valid anonymous CSRF token (as the sign-in form sends)", async () => {
    const page = await t.app.inject({ url: "/admin/dang-nhap" });
    const cookie = page.cookies.find((c) => c.name === "congso_csrf")?.value;
    const csrf = csrfFromHtml(page.body);
    expect(cookie && csrf).toBeTruthy();
    const anonymous: Session = {
      label: "anonymous+csrf",
      cookie: `congso_csrf=${cookie}`,
      csrf,
      refresh: async () => {},
    };
    const found = await crawl(t, anonymous, ["/admin/dang-nhap"], 10);
    const result = await sweep(t, routes, anonymous, found);
    // Past CSRF, the sign-in forms answer with their own validation messages.
    expect(result.statuses[422]).toBeGreaterThan(0);
    expect(result.failures).toEqual([]);
  }, 600_000);

  it("as a signed-in system admin with a valid CSRF token", async () => {
    // Its own account, so that bad input sent to real staff ids (reset, deactivate) never hits the session's owner.
    const me = await createStaff(t.services.db, {
      username: "kiem-thu-dau-vao",
      grants: [{ role: "system_admin" }],
    });
    const session: Session = {
      label: "admin",
      async refresh() {
        if (this.cookie) {
          const res = await t.app.inject({ url: "/admin", headers: { cookie: this.cookie } });
          if (res.statusCode === 200) return;
        }
        const signedIn = await signIn(t.app, me);
        this.cookie = signedIn.cookie;
        this.csrf = signedIn.csrf;
      },
    };
    await session.refresh();
    const found = await crawl(t, session, ["/admin"], 300);
    for (const url of found.urls) if (url.includes(me.id)) found.urls.delete(url);
    expect(found.fieldsByAction.size).toBeGreaterThan(3);
    const result = await sweep(t, routes, session, found);
    // The requests reached the handlers: forms answered with validation errors, unknown ids with 404.
    expect(result.statuses[422]).toBeGreaterThan(0);
    expect(result.statuses[404]).toBeGreaterThan(0);
    expect(result.statuses[400]).toBeGreaterThan(0);
    expect(result.failures).toEqual([]);
  }, 900_000);

  it("as a signed-in citizen with a valid CSRF token, on every public route", async () => {
    // A business account, so the business Q&A form is reached too; its own, so nothing else is rate-limited.
    const citizen = await createTestCitizen(t.services.db, {
      fullName: "Trần Thị Kiểm Thử",
      business: { name: "Công ty TNHH Kiểm Thử", taxCode: "4300123456" },
    });
    const session: Session = {
      label: "citizen",
      async refresh() {
        if (this.cookie) {
          const res = await t.app.inject({ url: "/tai-khoan/thong-tin", headers: { cookie: this.cookie } });
          if (res.statusCode === 200) return;
        }
        const browser = await citizenBrowser(t.app, citizen.id);
        const page = await browser.get("/hoi-dap/dat-cau-hoi");
        this.cookie = browser.cookieHeader();
        this.csrf = csrfFromHtml(page.body);
      },
    };
    await session.refresh();
    expect(session.csrf).toBeTruthy();
    const starts = ["/tai-khoan/thong-tin", "/hoi-dap/dat-cau-hoi", "/doanh-nghiep-hoi/dat-cau-hoi"];
    starts.push("/phan-anh-kien-nghi/gui", "/gop-y-du-thao", "/doi-thoai", "/hoi-dap");
    const found = await crawl(t, session, starts, 120);
    const publicRoutes = routes.filter((r) => !r.path.startsWith("/admin"));
    const result = await sweep(t, publicRoutes, session, found);
    // The requests reached the citizens' forms: they answered with validation errors.
    expect(result.statuses[422]).toBeGreaterThan(0);
    expect(result.failures).toEqual([]);
  }, 900_000);
});
