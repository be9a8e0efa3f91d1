import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { createInbox, createRefusals } from "./inbox.js";

export interface ReceivedMail {
  /** Envelope sender (MAIL FROM). */
  from: string;
  /** The From header's display name, decoded ("Cổng số"). */
  fromName: string;
  /** Envelope recipients (RCPT TO). */
  to: string[];
  subject: string;
  text: string;
  html: string | undefined;
  messageId: string | undefined;
}

export interface TestSmtpServer {
  port: number;
  /** smtp://127.0.0.1:<port>, ready for SMTP_URL. */
  url: string;
  /** Every message accepted, in arrival order. */
  messages: ReceivedMail[];
  /** How many message attempts were refused with a 4xx so far. */
  refusedCount(): number;
  /** Refuse the next `n` attempts (MAIL FROM → 451), or every attempt until accept() with "always". */
  refuse(n: number | "always"): void;
  accept(): void;
  /** Resolves once `count` messages have arrived; rejects after timeoutMs so a broken sender fails the test. */
  waitForMessages(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

/**
 * A real SMTP server on a free local port (smtp-server + mailparser): tests send mail to it over TCP through the
 * app's own mailer and look at what arrived.
 */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const inbox = createInbox<ReceivedMail>("message(s)", 15_000);
  const refusals = createRefusals();

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onMailFrom(_address, _session, callback) {
      if (refusals.take()) {
        const err = Object.assign(new Error("Hệ thống thư tạm thời bận, vui lòng thử lại sau"), {
          responseCode: 451,
        });
        return callback(err);
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const fromHeader = parsed.from?.value[0];
          const mailFrom = session.envelope.mailFrom;
          inbox.add({
            from: mailFrom ? mailFrom.address : "",
            fromName: fromHeader?.name ?? "",
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : undefined,
            messageId: parsed.messageId,
          });
          callback();
        })
        .catch((err: unknown) => callback(err instanceof Error ? err : new Error(String(err))));
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages: inbox.messages,
    refusedCount: refusals.count,
    refuse: refusals.refuse,
    accept: refusals.accept,
    waitForMessages: inbox.waitForMessages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
