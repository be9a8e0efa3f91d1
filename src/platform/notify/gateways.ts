import fs from "node:fs/promises";
import path from "node:path";
import type { Config } from "../../config.js";
import { PermanentJobError } from "../jobs/index.js";
import type { Services } from "../services.js";
import { SMS_QUEUE, type TextMessage, textMessagePayload, ZALO_QUEUE } from "./message-jobs.js";

export type MessageChannel = typeof SMS_QUEUE | typeof ZALO_QUEUE;

/** One outgoing text message as the gateway adapter hands it over, with the key that makes a resend harmless. */
export interface GatewayMessage extends TextMessage {
  /** `<queue>-<job id>`: the same job retried carries the same key, so the provider (or the outbox) drops a repeat. */
  idempotencyKey: string;
}

export interface TextGateway {
  readonly channel: MessageChannel;
  /** An HTTP provider, or JSON files under DATA_DIR/outbox/<channel> for a demo without one. */
  readonly transport: "http" | "outbox";
  /** Resolves when the provider took the message; throws GatewayError (or a network error) otherwise. */
  send(message: GatewayMessage): Promise<void>;
}

/** A gateway that answered with a non-2xx status. */
export class GatewayError extends Error {
  constructor(
    readonly channel: MessageChannel,
    readonly status: number,
    detail: string,
  ) {
    super(`${channelName(channel)} gateway answered HTTP ${status}${detail ? `: ${detail}` : ""}`);
    this.name = "GatewayError";
  }
}

function channelName(channel: MessageChannel): string {
  return channel === SMS_QUEUE ? "SMS" : "Zalo OA";
}

/** A provider that does not answer within this long counts as down for this attempt (retried later). */
export const GATEWAY_TIMEOUT_MS = 10_000;

/**
 * What to do with an HTTP status: 2xx sent; 408 (timeout), 429 (throttled) and 5xx retried; any other status (bad
 * token, unknown number, malformed request, a redirect we do not follow) will not change on retry.
 */
export function classifyGatewayStatus(status: number): "sent" | "retry" | "permanent" {
  if (status >= 200 && status < 300) return "sent";
  if (status === 408 || status === 429 || status >= 500) return "retry";
  return "permanent";
}

/** Whether a failed send should go straight to the dead-letter list (see classifyGatewayStatus); network trouble and timeouts are retried. */
export function isPermanentGatewayFailure(err: unknown): boolean {
  return err instanceof GatewayError && classifyGatewayStatus(err.status) === "permanent";
}

export interface GatewayOptions {
  /** Without a URL, messages go to `<dataDir>/outbox/<channel>`. */
  url: string | undefined;
  token: string | undefined;
  dataDir: string;
  timeoutMs?: number;
}

/** SMS brandname gateway: POST JSON `{to, text, ref}` with `Authorization: Bearer <token>` and `Idempotency-Key`. */
export function createSmsGateway(opts: GatewayOptions): TextGateway {
  if (!opts.url) return outboxGateway(SMS_QUEUE, opts.dataDir);
  const url = opts.url;
  const timeoutMs = opts.timeoutMs ?? GATEWAY_TIMEOUT_MS;
  return {
    channel: SMS_QUEUE,
    transport: "http",
    send: (m) =>
      postJson(SMS_QUEUE, url, timeoutMs, {
        headers: {
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
          "idempotency-key": m.idempotencyKey,
        },
        body: { to: m.to, text: m.text, ref: m.ref },
      }),
  };
}

/** Zalo OA message gateway: POST JSON `{phone, text, ref}` with the `access_token` header (and `Idempotency-Key`). */
export function createZaloGateway(opts: GatewayOptions): TextGateway {
  if (!opts.url) return outboxGateway(ZALO_QUEUE, opts.dataDir);
  const url = opts.url;
  const timeoutMs = opts.timeoutMs ?? GATEWAY_TIMEOUT_MS;
  return {
    channel: ZALO_QUEUE,
    transport: "http",
    send: (m) =>
      postJson(ZALO_QUEUE, url, timeoutMs, {
        headers: {
          ...(opts.token ? { access_token: opts.token } : {}),
          "idempotency-key": m.idempotencyKey,
        },
        body: { phone: m.to, text: m.text, ref: m.ref },
      }),
  };
}

async function postJson(
  channel: MessageChannel,
  url: string,
  timeoutMs: number,
  req: { headers: Record<string, string>; body: Record<string, unknown> },
): Promise<void> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json; charset=utf-8",
        accept: "application/json",
        ...req.headers,
      },
      body: JSON.stringify(req.body),
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    // Refused connection, DNS failure, timeout: the provider may be back later, so this is retried.
    const cause = (err as { cause?: { code?: unknown } }).cause;
    const why =
      err instanceof Error && err.name === "TimeoutError"
        ? `no answer within ${timeoutMs} ms`
        : String(cause?.code ?? (err instanceof Error ? err.message : err));
    throw new Error(`${channelName(channel)} gateway unreachable: ${why}`, { cause: err });
  }
  // Read (and bound) the body so the connection is released, and keep a little of it for the dead-letter view.
  const detail = (await res.text().catch(() => "")).slice(0, 300).replace(/\s+/g, " ").trim();
  if (classifyGatewayStatus(res.status) !== "sent") throw new GatewayError(channel, res.status, detail);
}

/** The JSON file written per message when no gateway URL is configured. */
export interface OutboxMessage {
  channel: MessageChannel;
  to: string;
  text: string;
  ref: string | undefined;
  idempotencyKey: string;
  createdAt: string;
}

export function outboxDir(dataDir: string, channel: MessageChannel): string {
  return path.join(dataDir, "outbox", channel);
}

function outboxGateway(channel: MessageChannel, dataDir: string): TextGateway {
  const dir = outboxDir(dataDir, channel);
  return {
    channel,
    transport: "outbox",
    async send(m) {
      await fs.mkdir(dir, { recursive: true });
      const createdAt = new Date().toISOString();
      const record: OutboxMessage = {
        channel,
        to: m.to,
        text: m.text,
        ref: m.ref,
        idempotencyKey: m.idempotencyKey,
        createdAt,
      };
      const safeKey = m.idempotencyKey.replace(/[^\w.-]/g, "_");
      const file = path.join(dir, `${createdAt.replace(/[:.]/g, "-")}-${safeKey}.json`);
      // Write then rename, so a reader never sees half a message.
      await fs.writeFile(`${file}.tmp`, `${JSON.stringify(record, null, 2)}\n`, "utf8");
      await fs.rename(`${file}.tmp`, file);
    },
  };
}

/** Every message in DATA_DIR/outbox/<channel>, oldest first (for the demo, the CLI and tests). */
export async function readOutbox(dataDir: string, channel: MessageChannel): Promise<OutboxMessage[]> {
  const dir = outboxDir(dataDir, channel);
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((n) => n.endsWith(".json")).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw err;
  }
  return Promise.all(
    names.map(async (n) => JSON.parse(await fs.readFile(path.join(dir, n), "utf8")) as OutboxMessage),
  );
}

export function gatewaysFromConfig(
  config: Pick<
    Config,
    "smsGatewayUrl" | "smsGatewayToken" | "zaloGatewayUrl" | "zaloAccessToken" | "dataDir"
  >,
): { sms: TextGateway; zalo: TextGateway } {
  return {
    sms: createSmsGateway({
      url: config.smsGatewayUrl,
      token: config.smsGatewayToken,
      dataDir: config.dataDir,
    }),
    zalo: createZaloGateway({
      url: config.zaloGatewayUrl,
      token: config.zaloAccessToken,
      dataDir: config.dataDir,
    }),
  };
}

/** Registers the "sms" and "zalo" queue handlers: each job is one message sent through its gateway adapter. */
export function registerMessageJobs(
  services: Pick<Services, "config" | "jobs">,
  gateways: { sms: TextGateway; zalo: TextGateway } = gatewaysFromConfig(services.config),
): void {
  for (const gateway of [gateways.sms, gateways.zalo]) {
    const queue = gateway.channel;
    services.jobs.register(queue, async (payload, meta) => {
      const parsed = textMessagePayload.safeParse(payload);
      if (!parsed.success) throw new PermanentJobError(`Malformed ${queue} job: ${parsed.error.message}`);
      try {
        await gateway.send({ ...parsed.data, idempotencyKey: `${queue}-${meta.id}` });
      } catch (err) {
        if (isPermanentGatewayFailure(err)) {
          throw new PermanentJobError(err instanceof Error ? err.message : String(err), { cause: err });
        }
        throw err;
      }
    });
  }
}
