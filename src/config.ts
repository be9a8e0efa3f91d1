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
  SMS_GATEWAY_URL: optionalString.pipe(z.url("SMS_GATEWAY_URL phải là một địa chỉ http(s)").optional()),
  SMS_GATEWAY_TOKEN: optionalString,
  ZALO_GATEWAY_URL: optionalString.pipe(z.url("ZALO_GATEWAY_URL phải là một địa chỉ http(s)").optional()),
  ZALO_ACCESS_TOKEN: optionalString,
  OIDC_ISSUER: optionalString.pipe(z.url("OIDC_ISSUER phải là một địa chỉ http(s)").optional()),
  OIDC_CLIENT_ID: optionalString,
  OIDC_CLIENT_SECRET: optionalString,
  PUBLIC_URL: optionalString.pipe(z.url().optional()),
  PAYMENT_GATEWAY_URL: optionalString.pipe(
    z.url("PAYMENT_GATEWAY_URL phải là một địa chỉ http(s)").optional(),
  ),
  PAYMENT_MERCHANT_ID: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{2,32}$/, "PAYMENT_MERCHANT_ID chỉ gồm chữ và số (2–32 ký tự)")
    .default("CONGSO"),
  PAYMENT_SECRET: optionalString.pipe(
    z.string().min(16, "PAYMENT_SECRET phải có ít nhất 16 ký tự").optional(),
  ),
  SIGNING_P12_PATH: optionalString,
  SIGNING_P12_PASSWORD: optionalString,
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
  /** SMS brandname gateway (HTTP JSON); without it SMS are written to DATA_DIR/outbox/sms. */
  smsGatewayUrl: string | undefined;
  smsGatewayToken: string | undefined;
  /** Zalo OA message gateway (HTTP JSON); without it messages are written to DATA_DIR/outbox/zalo. */
  zaloGatewayUrl: string | undefined;
  zaloAccessToken: string | undefined;
  /** Citizen sign-in through an OpenID Connect provider (VNeID-like); off when OIDC_ISSUER is unset. */
  oidc: { issuer: string; clientId: string; clientSecret: string | undefined } | undefined;
  publicUrl: string;
  /**
   * The payment gateway (redirect + HMAC-signed callback + status query; payments/gateway.ts). `mode` "gateway" uses
   * PAYMENT_GATEWAY_URL and PAYMENT_SECRET; "sandbox" (no URL, outside production) serves a test bank inside the app
   * for the demo; "off" (production without a gateway) hides online payment.
   */
  payment: { mode: "gateway" | "sandbox" | "off"; gatewayUrl: string; merchantId: string; secret: string };
  /** The PKCS#12 certificate that signs receipts and results; without it a demo certificate is made under DATA_DIR. */
  signing: { p12Path: string | undefined; p12Password: string | undefined };
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
  const publicUrl = c.PUBLIC_URL ?? `http://localhost:${c.PORT}`;
  if (c.PAYMENT_GATEWAY_URL && !c.PAYMENT_SECRET) {
    throw new ConfigError(
      "Cấu hình không hợp lệ (invalid settings):\n  - PAYMENT_SECRET: cần khi có PAYMENT_GATEWAY_URL",
    );
  }
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
    smsGatewayUrl: c.SMS_GATEWAY_URL,
    smsGatewayToken: c.SMS_GATEWAY_TOKEN,
    zaloGatewayUrl: c.ZALO_GATEWAY_URL,
    zaloAccessToken: c.ZALO_ACCESS_TOKEN,
    oidc:
      c.OIDC_ISSUER && c.OIDC_CLIENT_ID
        ? { issuer: c.OIDC_ISSUER, clientId: c.OIDC_CLIENT_ID, clientSecret: c.OIDC_CLIENT_SECRET }
        : undefined,
    publicUrl,
    payment: c.PAYMENT_GATEWAY_URL
      ? {
          mode: "gateway",
          gatewayUrl: c.PAYMENT_GATEWAY_URL,
          merchantId: c.PAYMENT_MERCHANT_ID,
          secret: c.PAYMENT_SECRET ?? "",
        }
      : {
          mode: c.NODE_ENV === "production" ? "off" : "sandbox",
          // The sandbox bank is served by the app itself (SERVICES_PATHS.sandboxBank); it moves no money.
          gatewayUrl: `${publicUrl.replace(/\/$/, "")}/cong-thanh-toan-thu-nghiem`,
          merchantId: c.PAYMENT_MERCHANT_ID,
          secret: c.PAYMENT_SECRET ?? "sandbox-secret-not-for-real-money",
        },
    signing: { p12Path: c.SIGNING_P12_PATH, p12Password: c.SIGNING_P12_PASSWORD },
    logLevel: c.LOG_LEVEL,
    trustProxy: c.TRUST_PROXY === "true" || c.TRUST_PROXY === "1",
    secureCookies: c.NODE_ENV === "production",
    env: c.NODE_ENV,
  };
}
