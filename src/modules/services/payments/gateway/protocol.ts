/**
 * The payment gateway protocol (VNPay-like). Pure: no I/O, no clock — the callers pass times in.
 *
 * 1. Pay (browser redirect): `GET {gatewayUrl}/pay?` with
 *    merchant, orderRef, amount (whole đồng), currency=VND, orderInfo (ASCII, no diacritics), returnUrl, callbackUrl,
 *    createdAt, expiresAt (yyyyMMddHHmmss, Vietnam time) and signature.
 * 2. signature = hex HMAC-SHA512(secret, the other parameters sorted by name, each `name=encodeURIComponent(value)`,
 *    joined by `&`). Compared in constant time. Unknown or repeated parameters, or a bad format, make a message
 *    invalid: a bank never sends them, so they mean tampering or a bug, and guessing would be worse.
 * 3. Callback (IPN, server to server): `GET {callbackUrl}?` merchant, orderRef, amount, responseCode ("00" success,
 *    "24" customer cancelled, anything else a failure), transactionNo, bankCode, payDate, signature. We answer HTTP
 *    200 with JSON `{ RspCode, Message }`: "00" confirmed, "01" order not found, "02" already confirmed, "04" invalid
 *    amount, "97" invalid signature, "99" other — and HTTP 400 only to a request we cannot read at all.
 * 4. Browser return: `GET {returnUrl}?` with the same signed parameters as the callback.
 * 5. Status query: `POST {gatewayUrl}/query`, JSON {merchant, orderRef, requestId, signature} → signed JSON
 *    {orderRef, amount, responseCode, transactionNo, status: "paid"|"failed"|"cancelled"|"pending"|"unknown",
 *    signature}; numbers are signed as their decimal text.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { stripDiacritics } from "../../../../platform/i18n/vietnamese-slug.js";

export type Params = Record<string, string>;

/** Vietnam has kept UTC+7 all year since 1975: a fixed offset is exact. */
const VN_OFFSET_MS = 7 * 3_600_000;

/** 2026-03-04T17:05:09Z → "20260305000509" (Vietnam time). */
export function gatewayTime(at: Date): string {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 19).replace(/[-T:]/g, "");
}

/** "20260305000509" → the instant; null when it is not a real time. */
export function parseGatewayTime(text: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  return new Date(ms - VN_OFFSET_MS);
}

/** The bank shows orderInfo as ASCII: Vietnamese letters folded ("Lệ phí" → "Le phi"), anything else dropped. */
export function asciiOrderInfo(text: string, max = 255): string {
  return stripDiacritics(text.normalize("NFC"))
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, max);
}

/** The signed text: every parameter but the signature, sorted by name, `name=encodeURIComponent(value)`. */
export function canonical(params: Params): string {
  return Object.keys(params)
    .filter((k) => k !== "signature")
    .sort()
    .map((k) => `${k}=${encodeURIComponent(params[k] ?? "")}`)
    .join("&");
}

export function sign(params: Params, secret: string): string {
  return createHmac("sha512", secret).update(canonical(params), "utf8").digest("hex");
}

export function withSignature(params: Params, secret: string): Params {
  const { signature: _drop, ...rest } = params;
  return { ...rest, signature: sign(rest, secret) };
}

/** Whether the signature matches, compared in constant time (a wrong length is simply false). */
export function verify(params: Params, secret: string): boolean {
  const given = params.signature;
  if (typeof given !== "string" || !/^[0-9a-fA-F]{128}$/.test(given)) return false;
  const a = Buffer.from(sign(params, secret), "hex");
  const b = Buffer.from(given, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

const merchant = z.string().regex(/^[A-Za-z0-9]{2,32}$/);
const orderRef = z.string().regex(/^[A-Za-z0-9]{8,34}$/);
const amount = z.string().regex(/^[1-9]\d{0,14}$/);
const time = z.string().refine((v) => parseGatewayTime(v) !== null);
const signature = z.string().regex(/^[0-9a-fA-F]{128}$/);

const payRequestSchema = z.strictObject({
  merchant,
  orderRef,
  amount,
  currency: z.literal("VND"),
  orderInfo: z.string().regex(/^[\x20-\x7e]{1,255}$/),
  returnUrl: z.url(),
  callbackUrl: z.url(),
  createdAt: time,
  expiresAt: time,
  signature,
});
export type PayRequest = z.infer<typeof payRequestSchema>;

const resultSchema = z.strictObject({
  merchant,
  orderRef,
  amount,
  responseCode: z.string().regex(/^\d{2}$/),
  transactionNo: z.string().regex(/^[A-Za-z0-9]{1,40}$/),
  bankCode: z.string().regex(/^[A-Za-z0-9]{0,20}$/),
  payDate: time,
  signature,
});
export type GatewayResult = z.infer<typeof resultSchema>;

const queryRequestSchema = z.strictObject({
  merchant,
  orderRef,
  requestId: z.string().regex(/^[A-Za-z0-9]{8,40}$/),
  signature,
});
export type QueryRequest = z.infer<typeof queryRequestSchema>;

export type BankStatus = "paid" | "failed" | "cancelled" | "pending" | "unknown";
const queryAnswerSchema = z.strictObject({
  orderRef,
  amount: z.number().int().nonnegative(),
  responseCode: z.string().regex(/^\d{2}$/),
  transactionNo: z.string().max(40),
  status: z.enum(["paid", "failed", "cancelled", "pending", "unknown"]),
  signature,
});
export type QueryAnswer = z.infer<typeof queryAnswerSchema>;

/**
 * Parameters from a query string, refusing any name given twice (URLSearchParams keeps both; a parser that kept
 * the first or the last would let an attacker pick which one we read and which one the signature covered).
 */
export function paramsFromSearch(search: string): Params | null {
  const out: Params = {};
  for (const [k, v] of new URLSearchParams(search)) {
    if (Object.hasOwn(out, k)) return null;
    out[k] = v;
  }
  return out;
}

export type Checked<T> =
  | { ok: true; value: T }
  | { ok: false; problem: "malformed" }
  | { ok: false; problem: "bad_signature"; orderRef: string | null };

function check<T>(schema: z.ZodType<T>, params: Params | null, secret: string): Checked<T> {
  if (params === null) return { ok: false, problem: "malformed" };
  const parsed = schema.safeParse(params);
  if (!parsed.success) return { ok: false, problem: "malformed" };
  if (!verify(params, secret)) {
    const ref = params.orderRef;
    return { ok: false, problem: "bad_signature", orderRef: typeof ref === "string" ? ref : null };
  }
  return { ok: true, value: parsed.data };
}

/** A callback or browser return: well formed and signed with our secret. */
export function checkResult(params: Params | null, secret: string): Checked<GatewayResult> {
  return check(resultSchema, params, secret);
}

/** A pay request, as the bank (the sandbox) checks it. */
export function checkPayRequest(params: Params | null, secret: string): Checked<PayRequest> {
  return check(payRequestSchema, params, secret);
}

export function checkQueryRequest(params: Params | null, secret: string): Checked<QueryRequest> {
  return check(queryRequestSchema, params, secret);
}

/** The query answer as JSON from the bank: numbers are signed as their decimal text. */
export function checkQueryAnswer(json: unknown, secret: string): Checked<QueryAnswer> {
  if (!json || typeof json !== "object" || Array.isArray(json)) return { ok: false, problem: "malformed" };
  const parsed = queryAnswerSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: "malformed" };
  if (!verify(stringParams(parsed.data), secret)) {
    return { ok: false, problem: "bad_signature", orderRef: parsed.data.orderRef };
  }
  return { ok: true, value: parsed.data };
}

export function stringParams(record: Record<string, string | number>): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(record)) out[k] = String(v);
  return out;
}

export interface PayOrder {
  orderRef: string;
  amountVnd: number;
  orderInfo: string;
  createdAt: Date;
  expiresAt: Date;
}

export interface MerchantSettings {
  gatewayUrl: string;
  merchantId: string;
  secret: string;
  returnUrl: string;
  callbackUrl: string;
}

export function payParams(order: PayOrder, m: MerchantSettings): Params {
  return withSignature(
    {
      merchant: m.merchantId,
      orderRef: order.orderRef,
      amount: String(order.amountVnd),
      currency: "VND",
      orderInfo: asciiOrderInfo(order.orderInfo) || order.orderRef,
      returnUrl: m.returnUrl,
      callbackUrl: m.callbackUrl,
      createdAt: gatewayTime(order.createdAt),
      expiresAt: gatewayTime(order.expiresAt),
    },
    m.secret,
  );
}

export function payUrl(order: PayOrder, m: MerchantSettings): string {
  return `${m.gatewayUrl.replace(/\/+$/, "")}/pay?${new URLSearchParams(payParams(order, m)).toString()}`;
}

export type ResultKind = "paid" | "cancelled" | "failed";

/** "00" paid, "24" the customer cancelled at the bank, anything else (51 no funds, 11 timed out …) a failure. */
export function resultKind(responseCode: string): ResultKind {
  if (responseCode === "00") return "paid";
  if (responseCode === "24") return "cancelled";
  return "failed";
}

export type RspCode = "00" | "01" | "02" | "04" | "97" | "99";

const RSP_MESSAGES: Record<RspCode, string> = {
  "00": "Confirm Success",
  "01": "Order not found",
  "02": "Order already confirmed",
  "04": "Invalid amount",
  "97": "Invalid signature",
  "99": "Unknown error",
};

/** The JSON answer to the bank's callback (its messages are the bank's, in English). */
export function callbackAnswer(code: RspCode): { RspCode: RspCode; Message: string } {
  return { RspCode: code, Message: RSP_MESSAGES[code] };
}
