/** Mails of a consultation: the drafting unit when comments can be synthesised, commenters when it is concluded. */

import { viDate } from "../../../platform/calendar/vn-day.js";
import type { Executor } from "../../../platform/db/transaction.js";
import { t } from "../../../platform/i18n/index.js";
import type { JobQueue } from "../../../platform/jobs/index.js";
import { enqueueEmail } from "../../../platform/notify/email-jobs.js";
import { PARTICIPATION_PATHS } from "../paths.js";
import type { Consultation } from "../tables.js";
import { unitSpecialists } from "./store.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", `consultAdmin.${key}`, params);
const link = (publicUrl: string, path: string) => `${publicUrl.replace(/\/$/, "")}${path}`;

/** Each specialist of the drafting unit (or a unit above it) once per consultation. */
export async function notifyClosed(
  tx: Executor,
  jobs: JobQueue,
  c: Consultation,
  commentCount: number,
  publicUrl: string,
): Promise<number> {
  const staff = await unitSpecialists(tx, c.drafting_unit_id);
  for (const s of staff) {
    await enqueueEmail(
      jobs,
      tx,
      {
        to: s.email,
        subject: tv("mail.closed.subject", { title: c.title }),
        text: tv("mail.closed.text", {
          name: s.full_name,
          title: c.title,
          date: viDate(c.closes_on),
          count: commentCount,
          url: link(publicUrl, PARTICIPATION_PATHS.adminConsultationResponses(c.id)),
        }),
      },
      { dedupeKey: `participation.consultation-closed:${c.id}:${s.id}` },
    );
  }
  return staff.length;
}

/** Every citizen who commented (any status), one mail each whatever the number of their comments. */
export async function notifyConcluded(
  tx: Executor,
  jobs: JobQueue,
  c: Consultation,
  publicUrl: string,
): Promise<number> {
  const people = await tx
    .selectFrom("consultation_comments as m")
    .innerJoin("citizens as z", "z.id", "m.citizen_id")
    .select(["z.id", "z.full_name", "z.email"])
    .distinct()
    .where("m.consultation_id", "=", c.id)
    .where("z.email", "is not", null)
    .execute();
  for (const p of people) {
    if (!p.email) continue;
    await enqueueEmail(
      jobs,
      tx,
      {
        to: p.email,
        subject: tv("mail.concluded.subject", { title: c.title }),
        text: tv("mail.concluded.text", {
          name: p.full_name || "bạn",
          title: c.title,
          url: link(publicUrl, PARTICIPATION_PATHS.consultation(c.slug)),
        }),
      },
      { dedupeKey: `participation.consultation-concluded:${c.id}:${p.id}` },
    );
  }
  return people.length;
}
