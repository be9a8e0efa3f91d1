import path from "node:path";
import { z } from "zod";

/**
 * Every setting of Cổng số. This is the only file that reads process.env, so the README's table of settings can be
 * checked against one place.
 */
const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().trim().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().trim().min(1).default("./data"),
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL phải bắt đầu bằng postgres:// hoặc postgresql://")
      .optional(),
  ),
  REDIS_URL: optionalString.pipe(
    z
      .string()
      .regex(/^rediss?:\/\//, "REDIS_URL phải bắt đầu bằng redis:// hoặc rediss://")
      .optional(),
  ),
  REDIS_PREFIX: z
    .string()
    .trim()
    .regex(/^[\w:.-]{1,64}$/, "REDIS_PREFIX chỉ gồm chữ, số, dấu : . - _ (tối đa 64 ký tự)")
    .default("congso:"),
  ADMIN_PASSWORD: optionalString.pipe(
    z.string().min(12, "ADMIN_PASSWORD phải có ít nhất 12 ký tự").optional(),
  ),
  SEED: z.enum(["demo", "none"]).default("demo"),
  SMTP_URL: optionalString.pipe(
    z
      .string()
      .regex(/^smtps?:\/\//, "SMTP_URL phải bắt đầu bằng smtp:// hoặc smtps://")
      .optional(),
  ),
  MAIL_FROM: z.string().trim().min(3).default("Cổng số <no-reply@congso.local>"),
  PUBLIC_URL: optionalString.pipe(z.url().optional()),
  TRUST_PROXY: z.enum(["true", "false", "1", "0"]).default("false"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  /** Prefix of every Redis key (sessions, rate limits), so several installs or test runs can share one Redis. */
  redisPrefix: string;
  adminPassword: string | undefined;
  seed: "demo" | "none";
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** Honour X-Forwarded-For/-Proto from a reverse proxy (nginx); off by default so clients cannot spoof their IP. */
  trustProxy: boolean;
  /** Secure cookies need HTTPS; on by default only in production. */
  secureCookies: boolean;
  env: "development" | "production" | "test";
}

export class ConfigError extends Error {}

/** Turns an environment (process.env by default) into a validated Config, or throws ConfigError listing every problem. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Cấu hình không hợp lệ (invalid settings):\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: path.resolve(c.DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    redisUrl: c.REDIS_URL,
    redisPrefix: c.REDIS_PREFIX,
    adminPassword: c.ADMIN_PASSWORD,
    seed: c.SEED,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    publicUrl: c.PUBLIC_URL ?? `http://localhost:${c.PORT}`,
    logLevel: c.LOG_LEVEL,
    trustProxy: c.TRUST_PROXY === "true" || c.TRUST_PROXY === "1",
    secureCookies: c.NODE_ENV === "production",
    env: c.NODE_ENV,
  };
}
