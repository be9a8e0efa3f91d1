import { gunzipSync } from "node:zlib";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { viewCounterOf } from "../src/modules/portal/stats/view-counter.js";
import { startTestApp, type TestApp } from "./support/app.js";

const BROWSER =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

/**
 * The page-cache front (src/platform/http/page-cache-front.ts) answers cached pages before Fastify. It only shows on a
 * real socket (inject() calls Fastify directly), so this file listens on a port.
 */
describe("pages answered from the page cache before Fastify", () => {
  let t: TestApp;
  let base = "";
  let articleUrl = "";
  let articleId = "";
  const frontAnswers = async () => {
    const metric = await t.services.metrics.httpRequests.get();
    return metric.values.filter((v) => v.labels.route === "page-cache").reduce((sum, v) => sum + v.value, 0);
  };
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, {
      headers: { "user-agent": BROWSER, "accept-encoding": "identity", ...headers },
    });

  beforeAll(async () => {
    t = await startTestApp();
    base = await t.app.listen({ port: 0, host: "127.0.0.1" });
    const row = await sql<{ id: string; slug: string }>`
      select c.id, c.slug from content_items c join sites s on s.id = c.site_id
      where s.kind = 'main' and c.kind = 'article' and c.status = 'published'
      order by c.published_at desc limit 1`.execute(t.services.db);
    articleId = row.rows[0]!.id;
    articleUrl = `/bai-viet/${row.rows[0]!.slug}`;
  });
  afterAll(async () => {
    await t?.close();
  });

  it("sends exactly what the app sent on the miss, with the same security headers", async () => {
    const miss = await get(articleUrl);
    expect(miss.status).toBe(200);
    expect(miss.headers.get("x-cache")).toBe("miss");
    const before = await frontAnswers();
    const hit = await get(articleUrl, { "x-request-id": "doc-kiem-tra-01" });
    expect(hit.headers.get("x-cache")).toBe("hit");
    expect(await frontAnswers()).toBe(before + 1);
    expect(await hit.text()).toBe(await miss.text());
    for (const name of [
      "content-security-policy",
      "x-content-type-options",
      "x-frame-options",
      "referrer-policy",
      "cache-control",
      "etag",
      "vary",
      "content-type",
    ]) {
      expect(hit.headers.get(name), name).toBe(miss.headers.get(name));
    }
    expect(hit.headers.get("x-request-id")).toBe("doc-kiem-tra-01");
  });

  it("answers 304 to a matching If-None-Match, HEAD without a body, and gzip to clients that take it", async () => {
    const page = await get(articleUrl);
    const etag = page.headers.get("etag") ?? "";
    expect((await get(articleUrl, { "if-none-match": etag })).status).toBe(304);
    const head = await fetch(`${base}${articleUrl}`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("x-cache")).toBe("hit");
    expect(await head.text()).toBe("");
    // Node's fetch decodes gzip itself; read the raw bytes to see what went over the wire.
    const packed = await new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
      import("node:http").then(({ get: httpGet }) =>
        httpGet(`${base}${articleUrl}`, { headers: { "accept-encoding": "gzip, br" } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () =>
            resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }),
          );
        }).on("error", reject),
      );
    });
    expect(packed.encoding).toBe("gzip");
    expect(gunzipSync(packed.body).toString("utf8")).toBe(await page.text());
  });

  it("keeps display preferences apart and counts every human view, hits included", async () => {
    const contrast = await get(articleUrl, { cookie: "hien_thi=normal.hc" });
    expect(await contrast.text()).toContain('class="contrast"');
    expect((await get(articleUrl, { cookie: "hien_thi=normal.hc" })).headers.get("x-cache")).toBe("hit");
    const counter = viewCounterOf(t.app);
    await counter?.flush();
    const views = async () =>
      Number(
        (
          await sql<{
            n: string | null;
          }>`select sum(views) as n from page_views where content_id = ${articleId}`.execute(t.services.db)
        ).rows[0]?.n ?? 0,
      );
    const start = await views();
    await get(articleUrl);
    await get(articleUrl);
    await get(articleUrl, { "user-agent": "Googlebot/2.1 (+http://www.google.com/bot.html)" });
    await counter?.flush();
    expect(await views()).toBe(start + 2);
  });

  it("leaves to the app what it cannot answer exactly: a proxy's host, other methods, unknown pages", async () => {
    await get(articleUrl);
    const before = await frontAnswers();
    const proxied = await get(articleUrl, { "x-forwarded-host": "example.gov.vn" });
    expect(proxied.status).toBe(200);
    const posted = await fetch(`${base}${articleUrl}`, { method: "POST" });
    expect(posted.status).toBeGreaterThanOrEqual(400);
    expect((await get("/bai-viet/khong-co-bai-nay")).status).toBe(404);
    expect(await frontAnswers()).toBe(before);
  });
});
