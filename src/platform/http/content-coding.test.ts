import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { acceptsGzip, gzipForCache } from "./content-coding.js";

describe("content coding of cached pages", () => {
  it("reads Accept-Encoding as browsers and proxies send it", () => {
    expect(acceptsGzip("gzip, deflate, br, zstd")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8, *;q=0.1")).toBe(true);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0, *")).toBe(false);
    expect(acceptsGzip("GZIP")).toBe(true);
    expect(acceptsGzip("gzip;q=abc")).toBe(false);
  });

  it("compresses a page once, and leaves small bodies alone", () => {
    const page = Buffer.from(`<p>Ủy ban nhân dân tỉnh Quảng Ngãi</p>`.repeat(200), "utf8");
    const packed = gzipForCache(page);
    expect(packed).toBeDefined();
    expect(packed!.length).toBeLessThan(page.length / 3);
    expect(gunzipSync(packed!).equals(page)).toBe(true);
    expect(gzipForCache(Buffer.from("ngắn"))).toBeUndefined();
  });
});
