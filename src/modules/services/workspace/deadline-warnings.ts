/**
 * Deadline warnings (issue 6 item 6, the warning half): every working day at 07:00 a durable job finds the dossiers
 * due within one working day, or overdue without an apology slip, and sends each person ONE digest: the assignee,
 * or the unit's one-stop officers when nobody is assigned. Exactly once per person and day (a claimed row in
 * dossier_deadline_digests, and the email job's dedupe key), then it schedules the next day's run.
 */
import { type SqlBool, sql } from "kysely";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { loadWorkingCalendar } from "../../../platform/calendar/index.js";
import { addDays, viDate, vnDay, vnDayStart } from "../../../platform/calendar/vn-day.js";
import { type Executor, inTransaction, type Tx } from "../../../platform/db/transaction.js";
import { servicesWorkspace } from "../../../platform/i18n/catalogues/services-workspace.js";
import { registerCatalogue, t } from "../../../platform/i18n/index.js";
import type { JobQueue } from "../../../platform/jobs/index.js";
import { enqueueEmail } from "../../../platform/notify/email-jobs.js";
import type { Services } from "../../../platform/services.js";
import { SERVICES_PATHS } from "../paths.js";
import "../tables.js";
import "./tables.js";
import { type DeadlineLimits, deadlineLimits, needsWarning } from "./domain/queues.js";
import { dueSoonSql, needsApologySql } from "./store.js";

registerCatalogue(servicesWorkspace);

export const DEADLINE_SWEEP_QUEUE = "services.deadline-sweep";
/** Before the working day starts in Quảng Ngãi. */
const SWEEP_HOUR = 7;

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

function sweepAt(day: string): Date {
  return new Date(vnDayStart(day).getTime() + SWEEP_HOUR * 3_600_000);
}

/** Puts the sweep of `day` on the queue once (the dedupe key names the day), at 07:00 or now if that has passed. */
export async function scheduleDeadlineSweep(
  tx: Executor,
  jobs: JobQueue,
  day: string,
  now: Date,
): Promise<void> {
  const at = sweepAt(day);
  await jobs.enqueue(
    tx,
    DEADLINE_SWEEP_QUEUE,
    { day },
    { runAt: at < now ? now : at, dedupeKey: `${DEADLINE_SWEEP_QUEUE}:${day}` },
  );
}

/** On every start: make sure today's sweep exists, so the daily chain survives a stop of any length. */
export async function ensureDeadlineSweep(services: Services, now: Date = new Date()): Promise<void> {
  await scheduleDeadlineSweep(services.db, services.jobs, vnDay(now), now);
}

export interface DigestItem {
  code: string;
  procedure: string;
  applicant: string;
  due: string;
  kind: "soon" | "overdue";
}

export interface Digest {
  staffId: string;
  name: string;
  email: string;
  items: DigestItem[];
}

interface Counter {
  id: string;
  full_name: string;
  email: string;
}

/**
 * The one-stop officers answering for each unit: those with the role on the unit itself or, when it has none, on the
 * nearest unit above it (a grant on a department covers its sub-units, as in the workspace's scope).
 */
async function countersOf(tx: Tx, unitIds: readonly string[]): Promise<Map<string, Counter[]>> {
  const out = new Map<string, Counter[]>();
  if (unitIds.length === 0) return out;
  const { rows } = await sql<Counter & { unit_id: string; depth: number }>`
    with recursive chain(unit_id, ancestor_id, depth) as (
      select id, id, 0 from units where id in (${sql.join([...unitIds])})
      union all
      select c.unit_id, u.parent_id, c.depth + 1
        from chain c join units u on u.id = c.ancestor_id
        where u.parent_id is not null and c.depth < 16
    )
    select c.unit_id, c.depth, s.id, s.full_name, s.email
      from chain c
      join role_grants g on g.unit_id = c.ancestor_id and g.role = 'one_stop_officer'
      join staff_users s on s.id = g.user_id
      where s.active and s.email is not null
      order by c.unit_id, c.depth, s.id`.execute(tx);
  const nearest = new Map<string, number>();
  for (const r of rows) {
    const depth = nearest.get(r.unit_id) ?? r.depth;
    if (r.depth !== depth) continue;
    nearest.set(r.unit_id, depth);
    const list = out.get(r.unit_id) ?? [];
    if (!list.some((c) => c.id === r.id)) list.push({ id: r.id, full_name: r.full_name, email: r.email });
    out.set(r.unit_id, list);
  }
  return out;
}

/** Who is told about which dossier: the assignee when there is one who can get mail, else the unit's counter. */
async function digestsFor(tx: Tx, limits: DeadlineLimits): Promise<Digest[]> {
  const dossiers = await tx
    .selectFrom("dossiers as d")
    .innerJoin("procedures as p", "p.id", "d.procedure_id")
    .leftJoin("staff_users as s", (j) =>
      j.onRef("s.id", "=", "d.assignee_id").on("s.active", "=", true).on("s.email", "is not", null),
    )
    .where(sql<SqlBool>`(${dueSoonSql(limits)} or ${needsApologySql(limits)})`)
    .select([
      "d.code",
      "d.applicant_name",
      "p.name as procedure_name",
      "d.state",
      "d.due_on",
      "d.apology_due_on",
      "d.current_unit_id",
      "s.id as assignee_id",
      "s.full_name as assignee_name",
      "s.email as assignee_email",
    ])
    .orderBy("d.due_on")
    .orderBy("d.code")
    .execute();
  if (dossiers.length === 0) return [];

  const unassignedUnits = [
    ...new Set(dossiers.filter((d) => d.assignee_id === null).map((d) => d.current_unit_id)),
  ];
  const officers = await countersOf(tx, unassignedUnits);
  const digests = new Map<string, Digest>();
  const add = (staffId: string, name: string, email: string, item: DigestItem) => {
    let d = digests.get(staffId);
    if (!d) {
      d = { staffId, name, email, items: [] };
      digests.set(staffId, d);
    }
    d.items.push(item);
  };
  for (const d of dossiers) {
    const kind = needsWarning(d, limits);
    if (!kind || d.due_on === null) continue;
    const item: DigestItem = {
      code: d.code,
      procedure: d.procedure_name,
      applicant: d.applicant_name,
      due: d.due_on,
      kind,
    };
    if (d.assignee_id && d.assignee_email) {
      add(d.assignee_id, d.assignee_name ?? "", d.assignee_email, item);
      continue;
    }
    for (const o of officers.get(d.current_unit_id) ?? []) add(o.id, o.full_name, o.email, item);
  }
  return [...digests.values()];
}

export function digestMail(
  digest: Digest,
  day: string,
  publicUrl: string,
): { subject: string; text: string } {
  const soon = digest.items.filter((i) => i.kind === "soon").length;
  const overdue = digest.items.length - soon;
  const lines = digest.items.map((i) =>
    tv(i.kind === "soon" ? "workspace.mail.soonLine" : "workspace.mail.overdueLine", {
      code: i.code,
      procedure: i.procedure,
      applicant: i.applicant,
      due: viDate(i.due),
    }),
  );
  return {
    subject: tv("workspace.mail.subject", { date: viDate(day), soon, overdue }),
    text: [
      tv("workspace.mail.greeting", { name: digest.name }),
      "",
      tv("workspace.mail.intro"),
      "",
      ...lines,
      "",
      tv("workspace.mail.footer", { url: `${publicUrl.replace(/\/$/, "")}${SERVICES_PATHS.workspace}` }),
    ].join("\n"),
  };
}

/**
 * The daily sweep: on a working day, one digest per person (claimed in dossier_deadline_digests, so a second run the
 * same day sends nothing), then tomorrow's sweep, all in one transaction. Returns how many digests were queued.
 */
export async function runDeadlineSweep(services: Services, jobs: JobQueue, now: Date): Promise<number> {
  const today = vnDay(now);
  const calendar = await loadWorkingCalendar(services.db, [Number(today.slice(0, 4))]);
  const limits = deadlineLimits(calendar, now);
  return inTransaction(services.db, async (tx) => {
    let sent = 0;
    if (calendar.isWorkingDay(today)) {
      for (const digest of await digestsFor(tx, limits)) {
        const soon = digest.items.filter((i) => i.kind === "soon").length;
        const claimed = await tx
          .insertInto("dossier_deadline_digests")
          .values({
            staff_id: digest.staffId,
            day: today,
            soon_count: soon,
            overdue_count: digest.items.length - soon,
            sent_at: now,
          })
          .onConflict((oc) => oc.columns(["staff_id", "day"]).doNothing())
          .returning("staff_id")
          .executeTakeFirst();
        if (!claimed) continue;
        await enqueueEmail(
          jobs,
          tx,
          { to: digest.email, ...digestMail(digest, today, services.config.publicUrl) },
          {
            dedupeKey: `services.deadline-digest:${digest.staffId}:${today}`,
          },
        );
        sent += 1;
      }
    }
    if (sent > 0) {
      await recordAudit(tx, actorFrom(null), {
        action: "dossier.deadline_digests",
        entityType: "dossier",
        entityId: null,
        summary: `Gửi ${sent} thư nhắc hạn hồ sơ ngày ${viDate(today)}`,
      });
    }
    await scheduleDeadlineSweep(tx, jobs, addDays(today, 1), now);
    return sent;
  });
}

/** Registers the sweep's handler (registerServicesJobs); tests pass their own queue and clock. */
export function registerDeadlineJobs(
  services: Services,
  opts: { queue?: JobQueue; now?: () => Date } = {},
): void {
  const queue = opts.queue ?? services.jobs;
  const now = opts.now ?? (() => new Date());
  queue.register(DEADLINE_SWEEP_QUEUE, async () => {
    await runDeadlineSweep(services, queue, now());
  });
}
