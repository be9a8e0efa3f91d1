import type { Executor, Tx } from "../../../platform/db/transaction.js";
import { mobileMsisdn } from "../../../platform/i18n/vietnamese-phone.js";
import { enqueueEmail } from "../../../platform/notify/email-jobs.js";
import { enqueueSms, enqueueZalo } from "../../../platform/notify/message-jobs.js";
import type { Services } from "../../../platform/services.js";
import { resolution } from "../lifecycle/domain/clock.js";
import { SERVICES_PATHS } from "../paths.js";
import type { Dossier, DossierEvent } from "../tables.js";
import { buildNotice, type Notice, type NoticeFacts, noticeKindFor } from "./domain/messages.js";

/** Public links of a dossier: the lookup with the receipt's token, the bare lookup page, the supplement form. */
export function dossierLinks(
  publicUrl: string,
  d: Pick<Dossier, "code" | "lookup_token">,
): { lookupUrl: string; smsLookupUrl: string; supplementUrl: string } {
  const base = publicUrl.replace(/\/+$/, "");
  const q = new URLSearchParams({ ma: d.code, k: d.lookup_token });
  return {
    lookupUrl: `${base}${SERVICES_PATHS.lookup}?${q.toString()}`,
    smsLookupUrl: `${base}${SERVICES_PATHS.lookup}`,
    supplementUrl: `${base}${SERVICES_PATHS.supplement(d.code)}?${new URLSearchParams({ k: d.lookup_token }).toString()}`,
  };
}

/** Names a notice needs that the dossier row does not carry. */
export async function dossierNames(
  db: Executor,
  d: Pick<Dossier, "procedure_id" | "unit_id">,
): Promise<{ procedureName: string; unitName: string }> {
  const procedure = await db
    .selectFrom("procedures")
    .select("name")
    .where("id", "=", d.procedure_id)
    .executeTakeFirst();
  const unit = await db.selectFrom("units").select("name_vi").where("id", "=", d.unit_id).executeTakeFirst();
  return { procedureName: procedure?.name ?? "", unitName: unit?.name_vi ?? "" };
}

/**
 * Enqueues one notice to the applicant: SMS and Zalo OA to a mobile number, email to an address; each job carries a
 * dedupe key `<channel>:<keyBase>` so the same change enqueued twice (a retried transaction) sends once.
 * Returns the channels used.
 */
export async function enqueueNotice(
  services: Pick<Services, "jobs">,
  tx: Executor,
  to: { phone: string | null; email: string | null },
  notice: Notice,
  keyBase: string,
  ref: string,
): Promise<("sms" | "zalo" | "email")[]> {
  const used: ("sms" | "zalo" | "email")[] = [];
  const msisdn = mobileMsisdn(to.phone);
  if (msisdn) {
    await enqueueSms(
      services.jobs,
      tx,
      { to: msisdn, text: notice.sms, ref },
      { dedupeKey: `sms:${keyBase}` },
    );
    await enqueueZalo(
      services.jobs,
      tx,
      { to: msisdn, text: notice.zalo, ref },
      { dedupeKey: `zalo:${keyBase}` },
    );
    used.push("sms", "zalo");
  }
  const email = to.email?.trim();
  if (email && /^[^\s@]+@[^\s@]+$/.test(email)) {
    await enqueueEmail(
      services.jobs,
      tx,
      { to: email, subject: notice.email.subject, text: notice.email.text },
      { dedupeKey: `email:${keyBase}` },
    );
    used.push("email");
  }
  return used;
}

/**
 * Tells the applicant about a change of their dossier (SPEC §B4): SMS, Zalo OA and email as their contacts allow,
 * each a durable job enqueued in `tx` (so nothing is sent for a change that rolls back, and nothing is lost when a
 * gateway is down). Called by the transition service for every event; internal hand-overs send nothing.
 */
export async function notifyDossierChange(
  services: Services,
  tx: Tx,
  dossier: Dossier,
  event: Pick<DossierEvent, "action" | "from_state" | "to_state" | "note" | "due_on">,
): Promise<void> {
  const kind = noticeKindFor(event.action, dossier.receipt_channel);
  if (kind === null) return;
  const to = { phone: dossier.applicant_phone, email: dossier.applicant_email };
  if (!mobileMsisdn(to.phone) && !to.email) return;

  const names = await dossierNames(tx, dossier);
  const dueOn =
    kind === "apology" ? (dossier.apology_due_on ?? event.due_on) : (event.due_on ?? dossier.due_on);
  const facts: NoticeFacts = {
    kind,
    code: dossier.code,
    ...names,
    applicantName: dossier.applicant_name,
    dueOn,
    note: event.note,
    timeliness:
      kind === "result_ready" && dossier.due_on
        ? resolution(dossier.resolved_at ?? new Date(), dossier.due_on)
        : null,
    ...dossierLinks(services.config.publicUrl, dossier),
    returnChannel: dossier.return_channel,
  };
  // The version after the change identifies it; an apology slip may not bump it, so its new date does.
  const stamp = kind === "apology" ? `${dossier.version}-${dueOn ?? ""}` : String(dossier.version);
  await enqueueNotice(
    services,
    tx,
    to,
    buildNotice(facts),
    `${dossier.id}:${event.action}:${stamp}`,
    `dossier:${dossier.code}:${event.action}`,
  );
}
