import { describe, expect, it } from "vitest";
import { ANY_CHANGE, PageCache } from "./page-cache.js";

describe("PageCache", () => {
  it("expires entries after their TTL", () => {
    let now = 1000;
    const cache = new PageCache(10, () => now);
    cache.set("/a", { body: Buffer.from("A"), etag: "1", contentType: "text/html", tags: [] }, 500);
    expect(cache.get("/a")?.body.toString()).toBe("A");
    now = 1500;
    expect(cache.get("/a")).toBeUndefined();
  });

  it("purges by tag and evicts the least recently used", () => {
    const cache = new PageCache(2);
    cache.set(
      "/a",
      { body: Buffer.from("A"), etag: "1", contentType: "text/html", tags: ["site:1"] },
      60_000,
    );
    cache.set(
      "/b",
      { body: Buffer.from("B"), etag: "2", contentType: "text/html", tags: ["site:2"] },
      60_000,
    );
    cache.get("/a");
    cache.set(
      "/c",
      { body: Buffer.from("C"), etag: "3", contentType: "text/html", tags: ["site:1", "content:9"] },
      60_000,
    );
    expect(cache.get("/b")).toBeUndefined();
    expect(cache.purge(["site:1"])).toBe(2);
    expect(cache.size).toBe(0);
  });

  it("drops pages tagged ANY_CHANGE on every purge", () => {
    const cache = new PageCache(10);
    cache.set(
      "/tim-kiem?q=a",
      { body: Buffer.from("S"), etag: "s", contentType: "text/html", tags: [ANY_CHANGE] },
      60_000,
    );
    cache.set(
      "/b",
      { body: Buffer.from("B"), etag: "b", contentType: "text/html", tags: ["site:2"] },
      60_000,
    );
    expect(cache.purge(["content:7"])).toBe(1);
    expect(cache.get("/tim-kiem?q=a")).toBeUndefined();
    expect(cache.get("/b")?.body.toString()).toBe("B");
  });
});
