import type { FastifyInstance } from "fastify";
import { AppError } from "./errors.js";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** NFC-normalises every string in a parsed body (SPEC: Vietnamese is data, stored in NFC). */
export function normalizeStrings<T>(value: T): T {
  if (typeof value === "string") return value.normalize("NFC") as T;
  if (Array.isArray(value)) return value.map((v) => normalizeStrings(v)) as T;
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === "__proto__" || k === "constructor" || k === "prototype") continue;
      out[k.normalize("NFC")] = normalizeStrings(v);
    }
    return out as T;
  }
  return value;
}

function decode(body: Buffer): string {
  try {
    return strictUtf8.decode(body);
  } catch {
    throw new AppError(400, "invalid_utf8", "errors.invalidUtf8");
  }
}

/** application/x-www-form-urlencoded → object; a repeated key becomes an array. */
export function parseUrlEncoded(text: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = Object.create(null);
  for (const [key, value] of new URLSearchParams(text)) {
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else out[key] = [existing, value];
  }
  return { ...out };
}

/**
 * Body parsers that refuse invalid UTF-8 (Fastify's defaults silently replace it) and normalise to NFC.
 * A malformed percent-escape in a form is a 400 too, never a 500.
 */
export function registerBodyParsers(app: FastifyInstance): void {
  app.removeContentTypeParser(["application/json", "text/plain"]);
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (_req, body, done) => {
    const text = decode(body as Buffer);
    if (text.trim() === "") return done(null, {});
    try {
      done(null, normalizeStrings(JSON.parse(text)));
    } catch {
      done(new AppError(400, "bad_json", "errors.badJson"));
    }
  });
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "buffer" }, (_req, body, done) => {
    const text = decode(body as Buffer);
    try {
      done(null, normalizeStrings(parseUrlEncoded(text)));
    } catch {
      done(new AppError(400, "bad_form", "errors.validation"));
    }
  });
  app.addContentTypeParser("text/plain", { parseAs: "buffer" }, (_req, body, done) => {
    done(null, decode(body as Buffer).normalize("NFC"));
  });
}
