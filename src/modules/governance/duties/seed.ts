import { recordStaffActivity } from "../../../platform/activity/index.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import type { Services } from "../../../platform/services.js";
import { addDays, vnDay, vnDayAt } from "./domain/days.js";
import { insertRule, loadObligations } from "./store.js";

/** Fixed ids so two demo databases hold the same rules. */
export const DEMO_RULE_IDS = {
  headReviewsSite: "0192f000-0000-7000-8000-000000006101",
  deputySignsIn: "0192f000-0000-7000-8000-000000006102",
} as const;

/** Weeks of demo activity before the first start. */
const HISTORY_DAYS = 42;

/**
 * Demo duty tracking (seed 004): the two rules of the province's regulation, and six weeks of sign-ins and site
 * reviews for the people they bind — most keep to the rules, some let a gap run over, one has stopped — so the
 * breach list and the dashboard have something true to show. Deterministic for a given first-start day.
 */
export async function seedDuties(services: Services, opts: { now?: Date } = {}): Promise<void> {
  const now = opts.now ?? new Date();
  const today = vnDay(now);
  const startsOn = addDays(today, -HISTORY_DAYS);
  const deputy = await services.db
    .selectFrom("staff_users")
    .select("id")
    .where("username", "=", "duyet.cong")
    .executeTakeFirst();
  await inTransaction(services.db, async (tx) => {
    await insertRule(
      tx,
      DEMO_RULE_IDS.headReviewsSite,
      {
        title: "Lãnh đạo đơn vị kiểm tra trang thông tin điện tử thành phần ít nhất 7 ngày một lần",
        subject: "site_leader",
        staff_id: null,
        site_id: null,
        activity: "site_review",
        max_gap_days: 7,
        remind_days_before: 2,
        starts_on: startsOn,
        active: true,
      },
      null,
      now,
    );
    if (deputy) {
      await insertRule(
        tx,
        DEMO_RULE_IDS.deputySignsIn,
        {
          title: "Phó Trưởng Ban biên tập đăng nhập Cổng thông tin điện tử ít nhất 10 ngày một lần",
          subject: "staff",
          staff_id: deputy.id,
          site_id: null,
          activity: "sign_in",
          max_gap_days: 10,
          remind_days_before: 3,
          starts_on: startsOn,
          active: true,
        },
        null,
        now,
      );
    }
    const obligations = await loadObligations(tx);
    for (const [k, o] of obligations.entries()) {
      const every = Math.max(1, o.rule.max_gap_days - 2 - (k % 3));
      // Every third person lets one gap run a few days over the rule; every fifth has stopped two weeks ago.
      const skipFrom = k % 3 === 1 ? 12 + (k % 5) : -1;
      const stopAfter = k % 5 === 4 ? HISTORY_DAYS - o.rule.max_gap_days - 4 : HISTORY_DAYS;
      for (let d = 1 + (k % every); d <= Math.min(HISTORY_DAYS, stopAfter); d += every) {
        if (skipFrom > 0 && d >= skipFrom && d < skipFrom + o.rule.max_gap_days + 3) continue;
        const day = addDays(startsOn, d);
        if (day > today) break;
        await recordStaffActivity(tx, {
          staffId: o.staffId,
          activity: o.rule.activity,
          siteId: o.siteKey === "*" ? null : o.siteId,
          at: vnDayAt(day, 8 + (k % 8)),
        });
      }
    }
  });
}
