import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

/** The README is the operator's reference: it must keep up with the code it describes. */
describe("README", () => {
  it("documents every setting that src/config.ts reads", () => {
    const settings = [...read("src/config.ts").matchAll(/^ {2}([A-Z][A-Z0-9_]+): /gm)].map((m) => m[1]);
    expect(settings).toContain("DATABASE_URL");
    const readme = read("README.md");
    const documented = new Set([...readme.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((m) => m[1]));
    expect(settings.filter((s) => !documented.has(s))).toEqual([]);
  });

  it("names the scripts it tells people to run, and they exist", () => {
    const scripts = Object.keys(JSON.parse(read("package.json")).scripts as Record<string, string>);
    const readme = read("README.md");
    for (const m of readme.matchAll(/`npm run ([a-z0-9:]+)/g)) expect(scripts).toContain(m[1]);
    for (const s of ["start", "test", "migrate", "seed", "worker", "bench"]) expect(scripts).toContain(s);
  });

  it("has a CI entry that ends with the README's test command", () => {
    const ci = read(".ci/run");
    expect(ci.startsWith("#!/usr/bin/env bash")).toBe(true);
    expect(ci).toContain("set -euo pipefail");
    expect(ci.trimEnd().endsWith("npm test")).toBe(true);
    expect(read("README.md")).toContain("```sh\nnpm test\n```");
    expect(fs.statSync(path.join(root, ".ci/run")).mode & 0o111).not.toBe(0);
  });
});
