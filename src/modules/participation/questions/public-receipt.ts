import type { Tx } from "../../../platform/db/transaction.js";
import { mobileMsisdn } from "../../../platform/i18n/vietnamese-phone.js";
import { enqueueEmail } from "../../../platform/notify/email-jobs.js";
import { enqueueSms } from "../../../platform/notify/message-jobs.js";
import type { Services } from "../../../platform/services.js";
import { PARTICIPATION_PATHS } from "../paths.js";
import { tq } from "./views/public-text.js";

/**
 * Tells the asker their question arrived, with its code: by email, or by SMS for an account with only a mobile
 * number. Enqueued in the asking transaction with a dedupe key, so a rolled-back ask sends nothing and a retried one
 * sends once.
 */
export async function enqueueAskReceipt(
  services: Pick<Services, "jobs" | "config">,
  tx: Tx,
  question: { id: string; code: string; title: string },
  asker: { fullName: string; email: string | null; phone: string | null },
): Promise<"email" | "sms" | null> {
  const url = `${services.config.publicUrl.replace(/\/+$/, "")}${PARTICIPATION_PATHS.myQuestions}`;
  const params = { code: question.code, name: asker.fullName, title: question.title, url };
  if (asker.email) {
    await enqueueEmail(
      services.jobs,
      tx,
      { to: asker.email, subject: tq("vi", "email.subject", params), text: tq("vi", "email.text", params) },
      { dedupeKey: `question-received:${question.id}` },
    );
    return "email";
  }
  const mobile = mobileMsisdn(asker.phone);
  if (!mobile) return null;
  await enqueueSms(
    services.jobs,
    tx,
    { to: mobile, text: tq("vi", "sms.text", params), ref: `question:${question.code}` },
    { dedupeKey: `question-received-sms:${question.id}` },
  );
  return "sms";
}
