/**
 * Demo participation data (issue 7 item 8): topics, a year of questions and feedback with their history, drafts for
 * comment (open today, awaiting synthesis, concluded) and two dialogues, planned by `plan.ts` relative to today and
 * written in one transaction. Skipped when topics already exist (a second run changes nothing).
 */
import { sql } from "kysely";
import { loadWorkingCalendar } from "../../../platform/calendar/index.js";
import type { Db } from "../../../platform/db/connection.js";
import { type Executor, inTransaction } from "../../../platform/db/transaction.js";
import type { Services } from "../../../platform/services.js";
import { DEMO_CITIZEN_COUNT, demoCitizenId } from "../../citizens/index.js";
import "../../citizens/tables.js";
import { vnDay } from "../../../platform/calendar/vn-day.js";
import "../tables.js";
import {
  DEMO_PARTICIPATION_SEED,
  DEMO_QUESTION_COUNT,
  type ParticipationPlan,
  type PlanAsker,
  type PlanLeader,
  type PlanUnit,
  planParticipation,
} from "./plan.js";

/** Which leader of a unit's published list chairs its dialogue, and how the title reads in full. */
const DIALOGUE_LEADERS: Record<string, { position: string; suffix: string }> = {
  UBND: { position: "Phó Chủ tịch", suffix: " Ủy ban nhân dân tỉnh" },
  SKHDT: { position: "Giám đốc", suffix: " Sở Kế hoạch và Đầu tư" },
};

/** Units, their drafting and approving staff, the router, the demo citizens and the dialogue leaders. */
export async function loadParticipationPlanInputs(db: Executor) {
  const unitRows = await db
    .selectFrom("units")
    .select(["id", "short_code", "leaders"])
    .where("active", "=", true)
    .orderBy("short_code")
    .execute();
  const staff = await db
    .selectFrom("role_grants as g")
    .innerJoin("staff_users as s", "s.id", "g.user_id")
    .select(["g.unit_id", "g.role", "s.id"])
    .where("s.active", "=", true)
    .where("g.unit_id", "is not", null)
    .where("g.role", "in", ["specialist", "leader"])
    .orderBy("s.username")
    .execute();
  const router = await db
    .selectFrom("role_grants as g")
    .innerJoin("staff_users as s", "s.id", "g.user_id")
    .innerJoin("sites", "sites.id", "g.site_id")
    .select("s.id")
    .where("sites.kind", "=", "main")
    .where("g.role", "=", "editor")
    .where("s.active", "=", true)
    .orderBy("s.username")
    .executeTakeFirst();
  const units = new Map<string, PlanUnit>();
  const leaders = new Map<string, PlanLeader>();
  for (const u of unitRows) {
    const unit: PlanUnit = { id: u.id, specialistId: null, leaderId: null };
    for (const s of staff) {
      if (s.unit_id !== u.id) continue;
      if (s.role === "specialist") unit.specialistId ??= s.id;
      if (s.role === "leader") unit.leaderId ??= s.id;
    }
    units.set(u.short_code, unit);
    const chair = DIALOGUE_LEADERS[u.short_code];
    const listed = (u.leaders ?? []).find((l) => l.position === chair?.position) ?? u.leaders?.[0];
    if (chair && listed)
      leaders.set(u.short_code, { name: listed.name, title: `${listed.position}${chair.suffix}` });
  }
  const ids = Array.from({ length: DEMO_CITIZEN_COUNT }, (_, i) => demoCitizenId(i + 1));
  const citizenRows = await db
    .selectFrom("citizens")
    .select(["id", "full_name", "email", "phone", "business_name", "tax_code"])
    .where("id", "in", ids)
    .execute();
  const byId = new Map(citizenRows.map((c) => [c.id, c]));
  const citizens: PlanAsker[] = ids.flatMap((id) => {
    const c = byId.get(id);
    return c
      ? [
          {
            id: c.id,
            fullName: c.full_name,
            email: c.email,
            phone: c.phone,
            businessName: c.business_name,
            taxCode: c.tax_code,
          },
        ]
      : [];
  });
  return { units, leaders, citizens, routerId: router?.id ?? null };
}

const CHUNK = 200;

async function insertChunked<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/** Writes a plan (one transaction is the caller's). */
export async function insertParticipationPlan(tx: Executor, plan: ParticipationPlan): Promise<void> {
  await tx.insertInto("question_topics").values(plan.topics).execute();
  await insertChunked(plan.questions, (chunk) =>
    tx
      .insertInto("questions")
      .values(chunk.map(({ events: _events, ...q }) => q))
      .execute(),
  );
  // In each question's order, so the event ids read as its history.
  const events = plan.questions.flatMap((q) => q.events.map((e) => ({ ...e, question_id: q.id })));
  await insertChunked(events, (chunk) => tx.insertInto("question_events").values(chunk).execute());
  await insertChunked(plan.counters, (chunk) =>
    tx
      .insertInto("question_counters")
      .values(chunk)
      .onConflict((oc) =>
        oc
          .columns(["prefix", "day"])
          .doUpdateSet({ last: sql`greatest(question_counters.last, excluded.last)` }),
      )
      .execute(),
  );
  for (const { clauses, groups, comments, ...c } of plan.consultations) {
    await tx.insertInto("consultations").values(c).execute();
    await tx.insertInto("consultation_clauses").values(clauses).execute();
    if (groups.length > 0) await tx.insertInto("consultation_response_groups").values(groups).execute();
    if (comments.length > 0) await tx.insertInto("consultation_comments").values(comments).execute();
  }
  for (const { questions, ...d } of plan.dialogues) {
    await tx.insertInto("dialogues").values(d).execute();
    if (questions.length > 0) await tx.insertInto("dialogue_questions").values(questions).execute();
  }
}

/** Plans and writes the demo participation data; `now` and the size can be injected by tests. */
export async function seedDemoParticipationInto(
  db: Db,
  opts: { now?: Date; seed?: number; count?: number } = {},
): Promise<{ questions: number }> {
  const any = await db.selectFrom("question_topics").select("id").limit(1).executeTakeFirst();
  if (any) return { questions: 0 };
  const now = opts.now ?? new Date();
  const year = Number(vnDay(now).slice(0, 4));
  const calendar = await loadWorkingCalendar(db, [year - 1, year, year + 1]);
  const inputs = await loadParticipationPlanInputs(db);
  const plan = planParticipation({
    seed: opts.seed ?? DEMO_PARTICIPATION_SEED,
    count: opts.count ?? DEMO_QUESTION_COUNT,
    now,
    calendar,
    ...inputs,
  });
  await inTransaction(db, (tx) => insertParticipationPlan(tx, plan));
  return { questions: plan.questions.length };
}

export async function seedDemoParticipation(services: Services): Promise<void> {
  await seedDemoParticipationInto(services.db);
}
