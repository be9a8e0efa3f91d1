/**
 * Who hears about a question's step, queued inside the transition's transaction (sent only if it commits): the asker
 * by email and SMS when the answer is published (with its public link) or the question rejected (with the reason);
 * the unit's specialists by email when a question is routed to them. Every job has a dedupe key naming the question,
 * the step and the version, so a retried transaction sends once.
 */
import { sql } from "kysely";
import { viDate } from "../../../platform/calendar/vn-day.js";
import type { Tx } from "../../../platform/db/transaction.js";
import { t } from "../../../platform/i18n/index.js";
import { mobileMsisdn } from "../../../platform/i18n/vietnamese-phone.js";
import { stripDiacritics } from "../../../platform/i18n/vietnamese-slug.js";
import { enqueueEmail } from "../../../platform/notify/email-jobs.js";
import { enqueueSms } from "../../../platform/notify/message-jobs.js";
import type { Services } from "../../../platform/services.js";
import { PARTICIPATION_PATHS } from "../paths.js";
import type { Question } from "../tables.js";
import type { QuestionAction } from "./domain/workflow.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

/** The gateways take a mobile number as "84…" (no "+"); landlines and anything else get no SMS. */
function absolute(services: Services, path: string): string {
  return `${services.config.publicUrl.replace(/\/+$/, "")}${path}`;
}

/** Specialists whose grant covers the unit (on it or on a unit above it) and who can receive mail. */
async function specialistsOf(tx: Tx, unitId: string) {
  const { rows } = await sql<{ id: string; full_name: string; email: string }>`
    with recursive chain(id, parent_id, depth) as (
      select id, parent_id, 0 from units where id = ${unitId}
      union all
      select u.id, u.parent_id, c.depth + 1 from units u join chain c on u.id = c.parent_id where c.depth < 16
    )
    select distinct s.id, s.full_name, s.email
      from chain c
      join role_grants g on g.unit_id = c.id and g.role = 'specialist'
      join staff_users s on s.id = g.user_id
      where s.active and s.email is not null
      order by s.id`.execute(tx);
  return rows;
}

export async function notifyQuestionStep(
  services: Services,
  tx: Tx,
  q: Question,
  action: QuestionAction,
  ctx: { unitName: string | null; note: string | null },
): Promise<void> {
  const key = `participation.question:${q.id}:${q.version}:${action}`;
  if (action === "route" && q.unit_id) {
    const due = q.due_on ? viDate(q.due_on) : "";
    for (const s of await specialistsOf(tx, q.unit_id)) {
      await enqueueEmail(
        services.jobs,
        tx,
        {
          to: s.email,
          subject: tv("qadmin.mail.routed.subject", { code: q.code, due }),
          text: tv("qadmin.mail.routed.text", {
            name: s.full_name,
            code: q.code,
            title: q.title,
            unit: ctx.unitName ?? "",
            due,
            note: ctx.note ? `\n${ctx.note}` : "",
            url: absolute(services, PARTICIPATION_PATHS.adminQuestion(q.id)),
          }),
        },
        { dedupeKey: `${key}:${s.id}` },
      );
    }
    return;
  }
  if (action !== "publish" && action !== "reject") return;
  const params = {
    name: q.asker_name,
    code: q.code,
    title: q.title,
    unit: ctx.unitName ?? "",
    url: absolute(services, PARTICIPATION_PATHS.question(q.code)),
    reason: q.reject_reason ?? "",
  };
  const kind = action === "publish" ? "published" : "rejected";
  if (q.asker_email) {
    await enqueueEmail(
      services.jobs,
      tx,
      {
        to: q.asker_email,
        subject: tv(`qadmin.mail.${kind}.subject`, params),
        text: tv(`qadmin.mail.${kind}.text`, params),
      },
      { dedupeKey: `${key}:email` },
    );
  }
  const msisdn = mobileMsisdn(q.asker_phone);
  if (msisdn) {
    // SMS without diacritics: one Unicode SMS holds only 70 characters.
    const text = tv(`qadmin.sms.${kind}`, {
      ...params,
      reason: stripDiacritics(params.reason.slice(0, 300)),
    });
    await enqueueSms(
      services.jobs,
      tx,
      { to: msisdn, text: text.slice(0, 1000), ref: `question:${q.code}` },
      { dedupeKey: `${key}:sms` },
    );
  }
}
