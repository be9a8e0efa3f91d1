import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/**
 * The TipTap editor island for the browser, bundled once per process with esbuild (started when the content plugin
 * registers, so the first editor page does not wait for it) and served from memory under a content-hashed name with a
 * year-long immutable cache. The CSP allows only 'self' scripts, so it is an external file, never inline.
 */
export const EDITOR_PATH_PREFIX = "/static/soan-thao/";

export interface EditorBundle {
  fileName: string;
  url: string;
  code: string;
}

const ENTRY = path.join(path.dirname(fileURLToPath(import.meta.url)), "editor", "island.ts");

let pending: Promise<EditorBundle | null> | undefined;

async function bundle(): Promise<EditorBundle> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: ["es2020"],
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error("esbuild produced no output for the editor island");
  const code = file.text;
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
  const fileName = `editor-${hash}.js`;
  return { fileName, url: `${EDITOR_PATH_PREFIX}${fileName}`, code };
}

/**
 * The bundle (built on the first call, shared afterwards). Resolves to null if the build failed: the editor pages
 * then fall back to the plain HTML textarea, which is how they work without JavaScript anyway.
 */
export function editorBundle(onError?: (err: unknown) => void): Promise<EditorBundle | null> {
  pending ??= bundle().catch((err: unknown) => {
    onError?.(err);
    return null;
  });
  return pending;
}
