import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { text } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiskFileStore } from "./disk-store.js";
import type { FileStore } from "./file-store.js";

/** The content-addressed disk store on a real temporary folder. */
describe("disk file store", () => {
  let root: string;
  let store: FileStore;

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "congso-files-"));
    store = createDiskFileStore(root);
  });
  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("stores bytes under <ab>/<cd>/<sha256>, once, through a temporary file", async () => {
    const bytes = Buffer.from("Cổng thông tin điện tử tỉnh Quảng Ngãi");
    const sha = createHash("sha256").update(bytes).digest("hex");
    expect(await store.has(sha)).toBe(false);
    expect(await store.put(bytes)).toEqual({ sha256: sha, size: bytes.length });
    const file = path.join(root, sha.slice(0, 2), sha.slice(2, 4), sha);
    expect(store.path(sha)).toBe(file);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    const mtime = fs.statSync(file).mtimeMs;

    expect(await store.put(Buffer.from(bytes))).toEqual({ sha256: sha, size: bytes.length });
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
    expect(fs.readdirSync(path.join(root, sha.slice(0, 2), sha.slice(2, 4)))).toEqual([sha]);
    expect(fs.readdirSync(path.join(root, "tmp"))).toEqual([]);
    expect(await store.has(sha)).toBe(true);
    expect(await store.size(sha)).toBe(bytes.length);
    expect((await store.read(sha)).equals(bytes)).toBe(true);
  });

  it("stores many different files written at once, each complete", async () => {
    const files = Array.from({ length: 20 }, (_, i) => Buffer.alloc(50_000 + i, i));
    const stored = await Promise.all([...files, ...files].map((b) => store.put(b)));
    for (const [i, f] of files.entries()) {
      expect((await store.read(stored[i]?.sha256 ?? "")).equals(f)).toBe(true);
    }
    expect(fs.readdirSync(path.join(root, "tmp"))).toEqual([]);
  });

  it("streams a whole file or a byte range", async () => {
    const { sha256 } = await store.put(Buffer.from("0123456789"));
    expect(await text(store.createReadStream(sha256))).toBe("0123456789");
    expect(await text(store.createReadStream(sha256, { start: 2, end: 5 }))).toBe("2345");
  });

  it("removes a file, and knows nothing of a file it never stored", async () => {
    const { sha256 } = await store.put(Buffer.from("tạm thời"));
    await store.remove(sha256);
    expect(await store.has(sha256)).toBe(false);
    expect(await store.size(sha256)).toBeNull();
    await store.remove(sha256);
    expect(await store.has("f".repeat(64))).toBe(false);
  });

  it("never turns a malformed name into a path", async () => {
    for (const bad of ["../../etc/passwd", "A".repeat(64), "abc", `${"a".repeat(63)}/`]) {
      expect(() => store.path(bad)).toThrow(/not a SHA-256/);
      await expect(store.has(bad)).rejects.toThrow(/not a SHA-256/);
    }
  });
});
