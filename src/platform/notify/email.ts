// STUB — to be replaced by the jobs/email work.
export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface Mailer {
  send(message: EmailMessage): Promise<void>;
  close(): Promise<void>;
}

export function createMailer(_opts: { smtpUrl: string | undefined; from: string }): Mailer {
  return {
    send: async () => {
      throw new Error("not implemented");
    },
    close: async () => {},
  };
}
