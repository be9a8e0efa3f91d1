import http from "node:http";
import type { AddressInfo } from "node:net";
import { createInbox, createRefusals } from "./inbox.js";

export interface ReceivedTextMessage {
  channel: "sms" | "zalo";
  /** The phone number (`to` of the SMS body, `phone` of the Zalo body). */
  to: string;
  text: string;
  ref: string | undefined;
  idempotencyKey: string | undefined;
}

export interface TestMessageGateway {
  port: number;
  /** http://127.0.0.1:<port>/sms — for SMS_GATEWAY_URL. */
  smsUrl: string;
  /** http://127.0.0.1:<port>/zalo — for ZALO_GATEWAY_URL. */
  zaloUrl: string;
  smsToken: string;
  zaloToken: string;
  /** The env of a test app pointing both gateways here. */
  env: Record<string, string>;
  /** Every accepted message, in arrival order, each once (a repeat of an Idempotency-Key is not added again). */
  messages: ReceivedTextMessage[];
  /** Requests refused with 503 so far. */
  refusedCount(): number;
  /** Accepted requests whose Idempotency-Key had already been accepted (answered 200, not recorded again). */
  duplicateCount(): number;
  /** Requests refused for a wrong or missing token (401). */
  unauthorizedCount(): number;
  /** Refuse the next `n` requests with 503, or every request until accept() with "always". */
  refuse(n: number | "always"): void;
  accept(): void;
  /** Answer the next requests with this status instead (e.g. 400 for an unknown number), until accept(). */
  answerWith(status: number): void;
  /** Resolves once `count` messages have been accepted in total; rejects after timeoutMs. */
  waitForMessages(count: number, timeoutMs?: number): Promise<ReceivedTextMessage[]>;
  close(): Promise<void>;
}

/**
 * A real HTTP server on a free local port that plays both the SMS brandname gateway (POST /sms, Bearer token) and the
 * Zalo OA gateway (POST /zalo, `access_token` header), the way a provider behaves: it checks the token, dedupes by
 * Idempotency-Key (answering 200 to a repeat without delivering it twice), and can be told to be down (503).
 */
export async function startMessageGateway(
  opts: { smsToken?: string; zaloToken?: string } = {},
): Promise<TestMessageGateway> {
  const smsToken = opts.smsToken ?? "sms-test-token";
  const zaloToken = opts.zaloToken ?? "zalo-test-token";
  const inbox = createInbox<ReceivedTextMessage>("gateway messages", 10_000);
  const refusals = createRefusals();
  const seenKeys = new Set<string>();
  let forcedStatus: number | undefined;
  let duplicates = 0;
  let unauthorized = 0;

  const reply = (res: http.ServerResponse, status: number, body: Record<string, unknown>) => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify(body));
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const channel = req.url === "/sms" ? "sms" : req.url === "/zalo" ? "zalo" : undefined;
      if (req.method !== "POST" || !channel) return reply(res, 404, { error: "not found" });
      const authorised =
        channel === "sms"
          ? req.headers.authorization === `Bearer ${smsToken}`
          : req.headers.access_token === zaloToken;
      if (!authorised) {
        unauthorized += 1;
        return reply(res, 401, { error: "invalid token" });
      }
      if (refusals.take()) return reply(res, 503, { error: "Hệ thống tạm thời quá tải" });
      if (forcedStatus !== undefined) return reply(res, forcedStatus, { error: "forced" });
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
      } catch {
        return reply(res, 400, { error: "malformed JSON" });
      }
      const to = channel === "sms" ? body.to : body.phone;
      if (typeof to !== "string" || typeof body.text !== "string" || body.text === "") {
        return reply(res, 400, { error: "missing recipient or text" });
      }
      const keyHeader = req.headers["idempotency-key"];
      const idempotencyKey = typeof keyHeader === "string" ? keyHeader : undefined;
      if (idempotencyKey !== undefined) {
        const scoped = `${channel}:${idempotencyKey}`;
        if (seenKeys.has(scoped)) {
          duplicates += 1;
          return reply(res, 200, { status: "duplicate" });
        }
        seenKeys.add(scoped);
      }
      inbox.add({
        channel,
        to,
        text: body.text,
        ref: typeof body.ref === "string" ? body.ref : undefined,
        idempotencyKey,
      });
      reply(res, 200, { status: "accepted", id: inbox.messages.length });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;

  return {
    port,
    smsUrl: `${base}/sms`,
    zaloUrl: `${base}/zalo`,
    smsToken,
    zaloToken,
    env: {
      SMS_GATEWAY_URL: `${base}/sms`,
      SMS_GATEWAY_TOKEN: smsToken,
      ZALO_GATEWAY_URL: `${base}/zalo`,
      ZALO_ACCESS_TOKEN: zaloToken,
    },
    messages: inbox.messages,
    refusedCount: refusals.count,
    duplicateCount: () => duplicates,
    unauthorizedCount: () => unauthorized,
    refuse: refusals.refuse,
    accept() {
      refusals.accept();
      forcedStatus = undefined;
    },
    answerWith(status) {
      forcedStatus = status;
    },
    waitForMessages: inbox.waitForMessages,
    close() {
      return new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      });
    },
  };
}
