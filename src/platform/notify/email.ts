import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import nodemailer from "nodemailer";
import { v7 as uuidv7 } from "uuid";

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
}

export interface Mailer {
  /** Where messages go: an SMTP server (SMTP_URL) or .eml files under DATA_DIR/outbox for a demo without one. */
  readonly transport: "smtp" | "outbox";
  /** Sends one message; rejects when the server refuses it (the email job then retries). */
  send(message: EmailMessage): Promise<void>;
  close(): Promise<void>;
}

export interface MailerOptions {
  smtpUrl: string | undefined;
  from: string;
  /** DATA_DIR: without SMTP_URL, messages are written to <dataDir>/outbox. */
  dataDir?: string;
}

/** A stuck mail server must not hold a job (and its worker slot) forever. */
const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 };

export function createMailer(opts: MailerOptions): Mailer {
  return opts.smtpUrl
    ? smtpMailer(opts.smtpUrl, opts.from)
    : outboxMailer(path.join(opts.dataDir ?? path.join(os.tmpdir(), "congso"), "outbox"), opts.from);
}

function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS });
  return {
    transport: "smtp",
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
    async close() {
      transport.close();
    },
  };
}

/** The whole RFC 5322 message as the SMTP transport would send it, saved where an operator can open it. */
function outboxMailer(dir: string, from: string): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    transport: "outbox",
    async send(message) {
      const info = await transport.sendMail({ from, ...message });
      const data = info.message;
      if (!Buffer.isBuffer(data)) throw new Error("nodemailer did not return the message as a buffer");
      await fs.mkdir(dir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, "-");
      const file = path.join(dir, `${stamp}-${uuidv7()}.eml`);
      // Write then rename, so a reader never sees half a message.
      await fs.writeFile(`${file}.tmp`, data);
      await fs.rename(`${file}.tmp`, file);
    },
    async close() {
      transport.close();
    },
  };
}
