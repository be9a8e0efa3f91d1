/**
 * A bank for the payment integration tests: a node:http server on a free port speaking the gateway protocol
 * (payments/gateway/protocol.ts describes it). It has its OWN signing code, written from the protocol text and not
 * imported from ours, so a mistake in our implementation shows up as a refusal here instead of agreeing with itself.
 *
 * Each `GET /pay` takes the next script (default "success"); the bank records every request it gets and keeps a
 * ledger that `POST /query` answers from.
 */
import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export type BankScript =
  /** The customer pays: the callback first, then the browser goes back (the usual order). */
  | "success"
  /** The bank refuses (insufficient funds, code 51). */
  | "failure"
  /** The customer presses cancel (code 24). */
  | "cancel"
  /** The callback arrives twice (banks retry when they do not read our answer in time). */
  | "callback-twice"
  /** The browser goes back first; the callback waits for `sendCallback`. */
  | "return-first"
  /** A callback signed with another key (someone pretending to be the bank); the browser is not sent back. */
  | "forged"
  /** A correctly signed callback for another amount than the order's. */
  | "tampered-amount"
  /** The customer leaves the bank's page: nothing is sent, the ledger says pending. */
  | "abandon";

export interface BankRequest {
  method: string;
  path: string;
  params: Record<string, string>;
}

export interface LedgerEntry {
  amount: number;
  status: "paid" | "failed" | "cancelled" | "pending";
  responseCode: string;
  transactionNo: string;
  callbackUrl: string;
  returnUrl: string;
}

export interface CallbackReply {
  status: number;
  body: { RspCode?: string; Message?: string };
}

function canonicalText(params: Record<string, string>): string {
  const names = Object.keys(params)
    .filter((n) => n !== "signature")
    .sort();
  const parts: string[] = [];
  for (const n of names) parts.push(`${n}=${encodeURIComponent(params[n] as string)}`);
  return parts.join("&");
}

export function bankSign(params: Record<string, string>, secret: string): string {
  return createHmac("sha512", Buffer.from(secret, "utf8")).update(canonicalText(params)).digest("hex");
}

function bankVerify(params: Record<string, string>, secret: string): boolean {
  const expected = Buffer.from(bankSign(params, secret), "utf8");
  const given = Buffer.from(String(params.signature ?? "").toLowerCase(), "utf8");
  return expected.length === given.length && timingSafeEqual(expected, given);
}

function vnNow(): string {
  const d = new Date(Date.now() + 7 * 3600_000);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

const PAY_NAMES = [
  "amount",
  "callbackUrl",
  "createdAt",
  "currency",
  "expiresAt",
  "merchant",
  "orderInfo",
  "orderRef",
  "returnUrl",
  "signature",
];

export class TestBank {
  readonly requests: BankRequest[] = [];
  readonly ledger = new Map<string, LedgerEntry>();
  /** Answers our app gave to the callbacks this bank sent, in order. */
  readonly callbackReplies: { orderRef: string; reply: CallbackReply }[] = [];
  private readonly scripts: BankScript[] = [];
  private server: http.Server | null = null;
  url = "";

  constructor(
    readonly merchant: string,
    readonly secret: string,
  ) {}

  get env(): Record<string, string> {
    return { PAYMENT_GATEWAY_URL: this.url, PAYMENT_MERCHANT_ID: this.merchant, PAYMENT_SECRET: this.secret };
  }

  /** What the next pay request will do (scripts are used in order; afterwards "success"). */
  script(...next: BankScript[]): void {
    this.scripts.push(...next);
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch((err: Error) => {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(String(err.stack ?? err));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** A result message for an order, signed as the bank signs it (or with another key). */
  resultParams(
    orderRef: string,
    over: { responseCode?: string; amount?: number; transactionNo?: string; secret?: string } = {},
  ): Record<string, string> {
    const entry = this.ledger.get(orderRef);
    const params: Record<string, string> = {
      merchant: this.merchant,
      orderRef,
      amount: String(over.amount ?? entry?.amount ?? 0),
      responseCode: over.responseCode ?? entry?.responseCode ?? "00",
      transactionNo: over.transactionNo ?? entry?.transactionNo ?? String(randomInt(10_000_000, 99_999_999)),
      bankCode: "NCB",
      payDate: vnNow(),
    };
    params.signature = bankSign(params, over.secret ?? this.secret);
    return params;
  }

  /** Calls the merchant's callback URL of an order as the bank does (a GET with the signed result). */
  async sendCallback(orderRef: string, params = this.resultParams(orderRef)): Promise<CallbackReply> {
    const entry = this.ledger.get(orderRef);
    if (!entry) throw new Error(`test bank: no order ${orderRef}`);
    const res = await fetch(`${entry.callbackUrl}?${new URLSearchParams(params)}`);
    const text = await res.text();
    let body: CallbackReply["body"] = {};
    try {
      body = JSON.parse(text) as CallbackReply["body"];
    } catch {
      body = {};
    }
    const reply = { status: res.status, body };
    this.callbackReplies.push({ orderRef, reply });
    return reply;
  }

  /** The URL the bank sends the browser back to after an order. */
  returnUrl(orderRef: string, params = this.resultParams(orderRef)): string {
    const entry = this.ledger.get(orderRef);
    if (!entry) throw new Error(`test bank: no order ${orderRef}`);
    return `${entry.returnUrl}?${new URLSearchParams(params)}`;
  }

  /** Sets what the bank's books say about an order (for the reconciliation tests). */
  setLedger(orderRef: string, change: Partial<LedgerEntry>): void {
    const entry = this.ledger.get(orderRef);
    if (!entry) throw new Error(`test bank: no order ${orderRef}`);
    this.ledger.set(orderRef, { ...entry, ...change });
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    if (req.method === "GET" && url.pathname === "/pay") return this.pay(url, res);
    if (req.method === "POST" && url.pathname === "/query") return this.query(req, res);
    this.requests.push({ method: req.method ?? "", path: url.pathname, params: {} });
    res.writeHead(404).end();
  }

  private async pay(url: URL, res: http.ServerResponse): Promise<void> {
    const params: Record<string, string> = {};
    let duplicate = false;
    for (const [k, v] of url.searchParams) {
      if (k in params) duplicate = true;
      params[k] = v;
    }
    this.requests.push({ method: "GET", path: "/pay", params });
    const names = Object.keys(params).sort();
    const wellFormed =
      !duplicate &&
      names.join(",") === PAY_NAMES.join(",") &&
      params.merchant === this.merchant &&
      params.currency === "VND" &&
      /^[1-9][0-9]*$/.test(params.amount ?? "") &&
      /^[\x20-\x7e]+$/.test(params.orderInfo ?? "") &&
      /^[0-9]{14}$/.test(params.createdAt ?? "") &&
      /^[0-9]{14}$/.test(params.expiresAt ?? "");
    if (!wellFormed || !bankVerify(params, this.secret)) {
      res.writeHead(400, { "content-type": "text/plain" }).end("invalid pay request");
      return;
    }
    const orderRef = params.orderRef as string;
    const script = this.scripts.shift() ?? "success";
    const codes: Record<BankScript, { status: LedgerEntry["status"]; code: string }> = {
      success: { status: "paid", code: "00" },
      "callback-twice": { status: "paid", code: "00" },
      "return-first": { status: "paid", code: "00" },
      "tampered-amount": { status: "paid", code: "00" },
      forged: { status: "paid", code: "00" },
      failure: { status: "failed", code: "51" },
      cancel: { status: "cancelled", code: "24" },
      abandon: { status: "pending", code: "99" },
    };
    const { status, code } = codes[script];
    // The tampered script plays a bank that really took another amount: its books say so too.
    const taken = script === "tampered-amount" ? Number(params.amount) - 1_000 : Number(params.amount);
    this.ledger.set(orderRef, {
      amount: taken,
      status,
      responseCode: code,
      transactionNo: String(randomInt(10_000_000, 99_999_999)),
      callbackUrl: params.callbackUrl as string,
      returnUrl: params.returnUrl as string,
    });
    if (script === "abandon") {
      res.writeHead(200, { "content-type": "text/html" }).end("<p>Nhập thông tin thẻ</p>");
      return;
    }
    if (script === "forged") {
      await this.sendCallback(orderRef, this.resultParams(orderRef, { secret: "not-the-bank-secret-0000" }));
      res.writeHead(200, { "content-type": "text/html" }).end("<p>…</p>");
      return;
    }
    const result = this.resultParams(orderRef);
    if (script !== "return-first") await this.sendCallback(orderRef, result);
    if (script === "callback-twice") await this.sendCallback(orderRef, result);
    res.writeHead(302, { location: this.returnUrl(orderRef, result) }).end();
  }

  private async query(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
    } catch {
      body = {};
    }
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(body)) params[k] = String(v);
    this.requests.push({ method: "POST", path: "/query", params });
    const names = Object.keys(params).sort().join(",");
    if (
      names !== "merchant,orderRef,requestId,signature" ||
      params.merchant !== this.merchant ||
      !bankVerify(params, this.secret)
    ) {
      res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ error: "invalid" }));
      return;
    }
    const entry = this.ledger.get(params.orderRef as string);
    const answer: Record<string, string | number> = {
      orderRef: params.orderRef as string,
      amount: entry?.amount ?? 0,
      responseCode: entry?.responseCode ?? "91",
      transactionNo: entry?.transactionNo ?? "",
      status: entry?.status ?? "unknown",
    };
    const text: Record<string, string> = {};
    for (const [k, v] of Object.entries(answer)) text[k] = String(v);
    res
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify({ ...answer, signature: bankSign(text, this.secret) }));
  }
}

export async function startTestBank(opts: { merchant?: string; secret?: string } = {}): Promise<TestBank> {
  const bank = new TestBank(opts.merchant ?? "CONGSOTEST", opts.secret ?? "bi-mat-ngan-hang-thu-nghiem-2026");
  await bank.start();
  return bank;
}
