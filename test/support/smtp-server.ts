import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

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
  const messages: ReceivedMail[] = [];
  let refuseLeft = 0;
  let refuseAlways = false;
  let refused = 0;
  const waiters = new Set<() => void>();

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onMailFrom(_address, _session, callback) {
      if (refuseAlways || refuseLeft > 0) {
        if (!refuseAlways) refuseLeft -= 1;
        refused += 1;
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
          messages.push({
            from: mailFrom ? mailFrom.address : "",
            fromName: fromHeader?.name ?? "",
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : undefined,
            messageId: parsed.messageId,
          });
          for (const wake of waiters) wake();
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
    messages,
    refusedCount: () => refused,
    refuse(n) {
      if (n === "always") refuseAlways = true;
      else refuseLeft = n;
    },
    accept() {
      refuseAlways = false;
      refuseLeft = 0;
    },
    waitForMessages(count, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(messages.slice());
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${count} message(s), got ${messages.length} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
