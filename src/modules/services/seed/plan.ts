/**
 * The demo dossiers as a pure plan (issue 6 item 11): from a seed number, the procedures, staff and citizens, the
 * working calendar and "now", a year of dossiers with their whole history, following the lifecycle rules of the
 * common brief (received_at → due_on from the calendar, supplement pauses, early / on time / late results, apology
 * slips for late ones, rejections and withdrawals). Each dossier's planned history is cut at the start of today, so
 * the recent ones stay in every intermediate state. Deterministic: the same inputs give the same rows.
 */
import type { WorkingCalendar } from "../../../platform/calendar/index.js";
import { mulberry32 } from "../../../platform/random/prng.js";
import type { DossierAction, DossierState } from "../lifecycle/domain/state-machine.js";
import type { Applicant, Channel, DossierEvent } from "../tables.js";

const VN_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

type Prng = () => number;

export interface PlanProcedure {
  id: string;
  unitId: string;
  processingDays: number;
  onlineClass: "full" | "partial" | "none";
  postalReturn: boolean;
  /** Whether its workflow has a leader's approval step. */
  leaderStep: boolean;
}

export interface PlanUnit {
  id: string;
  identifierCode: string;
  officerId: string | null;
  specialistId: string | null;
  leaderId: string | null;
}

export interface PlanCitizen {
  id: string;
  fullName: string;
  phone: string | null;
  email: string | null;
  idNumber: string | null;
  address: string | null;
}

export interface PlanInput {
  seed: number;
  count: number;
  /** Index of the first dossier (a scale run continues after the ones it already made). */
  firstIndex?: number;
  procedures: readonly PlanProcedure[];
  units: ReadonlyMap<string, PlanUnit>;
  citizens: readonly PlanCitizen[];
  calendar: WorkingCalendar;
  /** The history is cut at the start of this instant's Vietnamese day; dossiers were submitted in the 365 days before. */
  now: Date;
  /** Ids of dossiers and apologies: a different namespace per data set. */
  idOf: (kind: "dossier" | "apology", index: number) => string;
}

/** One row of the dossier_events table, without the ids the loader assigns. */
export type PlannedEvent = Omit<DossierEvent, "id" | "dossier_id">;

export interface PlannedApology {
  id: string;
  previous_due_on: string;
  new_due_on: string;
  reason: string;
  issued_by: string;
  issued_at: Date;
}

export interface PlannedDossier {
  index: number;
  id: string;
  /** Filled in by `assignCodes` (sequence per agency and day, in submission order). */
  code: string;
  agencyCode: string;
  procedureId: string;
  unitId: string;
  currentUnitId: string;
  assigneeId: string | null;
  citizenId: string | null;
  applicant: Applicant;
  receiptChannel: Channel;
  returnChannel: Channel;
  state: DossierState;
  submittedAt: Date;
  receivedAt: Date | null;
  dueOn: string | null;
  pausedAt: Date | null;
  pausedDaysLeft: number | null;
  resolvedAt: Date | null;
  returnedAt: Date | null;
  endedAt: Date | null;
  endKind: "rejected" | "withdrawn" | null;
  endReason: string | null;
  apologyDueOn: string | null;
  registeredBy: string | null;
  events: PlannedEvent[];
  apologies: PlannedApology[];
}

/** A dossier's lifecycle fields before anything has happened to it; the planner and test fixtures start from here. */
export const NOT_YET_DECIDED: Readonly<
  Pick<
    PlannedDossier,
    | "dueOn"
    | "pausedAt"
    | "pausedDaysLeft"
    | "resolvedAt"
    | "returnedAt"
    | "endedAt"
    | "endKind"
    | "endReason"
    | "apologyDueOn"
  >
> = {
  dueOn: null,
  pausedAt: null,
  pausedDaysLeft: null,
  resolvedAt: null,
  returnedAt: null,
  endedAt: null,
  endKind: null,
  endReason: null,
  apologyDueOn: null,
};

const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Huỳnh",
  "Hoàng",
  "Võ",
  "Phan",
  "Trương",
  "Bùi",
  "Đặng",
  "Đỗ",
];
const MIDDLE = ["Văn", "Thị", "Minh", "Hữu", "Ngọc", "Thanh", "Quốc", "Thu", "Đức", "Kim"];
const GIVEN = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hoa", "Hùng", "Lan", "Long", "Mai", "Nam"];
const PLACES = [
  "xã Tịnh Ấn Tây",
  "phường Trần Phú",
  "xã Nghĩa Dõng",
  "thị trấn Ba Tơ",
  "xã Bình Châu",
  "xã Đức Lân",
];
const REJECT_REASONS = [
  "Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan.",
  "Người nộp không đủ điều kiện theo quy định.",
  "Giấy tờ trong hồ sơ không hợp lệ.",
];
const SUPPLEMENT_NOTES = [
  "Đề nghị bổ sung bản sao chứng thực giấy tờ tùy thân.",
  "Đề nghị bổ sung tờ khai có chữ ký của người nộp.",
  "Đề nghị bổ sung bản vẽ hiện trạng.",
];
const WITHDRAW_NOTE = "Công dân đề nghị rút hồ sơ.";
const APOLOGY_REASON = "Hồ sơ cần xác minh thêm với cơ quan liên quan nên chưa trả kết quả đúng hẹn.";

/** The Vietnamese day of an instant ("2026-03-05"). */
export function vnDay(at: Date): string {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant of a Vietnamese day at a minute of that day. */
export function atMinute(day: string, minute: number): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - VN_OFFSET_MS + minute * 60_000);
}

function pick<T>(r: Prng, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)] as T;
}

function int(r: Prng, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

function digits(r: Prng, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += String(Math.floor(r() * 10));
  return s;
}

/** A working day at office hours, strictly after `prev` (k working days later; k = 0: later the same day if possible). */
function later(cal: WorkingCalendar, r: Prng, prev: Date, k: number): Date {
  if (k <= 0) return new Date(prev.getTime() + int(r, 10, 120) * 60_000);
  const day = cal.addWorkingDays(prev, k);
  const at = atMinute(day, int(r, 8 * 60, 16 * 60 + 30));
  return at > prev ? at : new Date(prev.getTime() + int(r, 10, 60) * 60_000);
}

/** The latest of an instant and a moment after `prev`. */
function after(prev: Date, at: Date): Date {
  return at > prev ? at : new Date(prev.getTime() + 15 * 60_000);
}

/** Plans the dossiers (codes empty: see `assignCodes`). */
export function planDossiers(input: PlanInput): PlannedDossier[] {
  const { calendar: cal, procedures, units, citizens } = input;
  if (procedures.length === 0) return [];
  const cutoff = atMinute(vnDay(input.now), 0);
  const today = Date.parse(`${vnDay(input.now)}T00:00:00Z`);
  const out: PlannedDossier[] = [];
  const first = input.firstIndex ?? 0;
  for (let index = first; index < first + input.count; index++) {
    const r = mulberry32(input.seed * 1_000_003 + index);
    const procedure = pick(r, procedures);
    const unit = units.get(procedure.unitId);
    if (!unit) continue;
    // The channel follows the online class of Decree 42/2022: full-online procedures are mostly filed online.
    const u = r();
    const receiptChannel: Channel =
      procedure.onlineClass === "full"
        ? u < 0.8
          ? "online"
          : "counter"
        : procedure.onlineClass === "partial"
          ? u < 0.45
            ? "online"
            : u < 0.9
              ? "counter"
              : "post"
          : u < 0.85
            ? "counter"
            : "post";
    const returnChannel: Channel =
      procedure.postalReturn && r() < 0.25
        ? "post"
        : receiptChannel === "online" && r() < 0.5
          ? "online"
          : "counter";

    // A day in the 365 before today; the counter only on working days, in office hours.
    let day = new Date(today - int(r, 1, 365) * DAY_MS).toISOString().slice(0, 10);
    let minute = int(r, 6 * 60, 23 * 60);
    if (receiptChannel !== "online") {
      let guard = 0;
      while (!cal.isWorkingDay(day) && guard++ < 30) {
        day = new Date(Date.parse(`${day}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
      }
      minute = int(r, 7 * 60 + 30, 16 * 60 + 30);
    }
    const submittedAt = atMinute(day, minute);

    const citizen =
      receiptChannel === "online" && citizens.length > 0 && r() < 0.35 ? pick(r, citizens) : null;
    const applicant: Applicant = citizen
      ? {
          fullName: citizen.fullName,
          ...(citizen.phone ? { phone: citizen.phone } : {}),
          ...(citizen.email ? { email: citizen.email } : {}),
          ...(citizen.idNumber ? { idNumber: citizen.idNumber } : {}),
          ...(citizen.address ? { address: citizen.address } : {}),
        }
      : {
          fullName: `${pick(r, FAMILY)} ${pick(r, MIDDLE)} ${pick(r, GIVEN)}`,
          phone: `09${digits(r, 8)}`,
          idNumber: `051${digits(r, 9)}`,
          address: `Thôn ${int(r, 1, 9)}, ${pick(r, PLACES)}, tỉnh Quảng Ngãi`,
        };

    const d: PlannedDossier = {
      index,
      id: input.idOf("dossier", index),
      code: "",
      agencyCode: unit.identifierCode,
      procedureId: procedure.id,
      unitId: unit.id,
      currentUnitId: unit.id,
      assigneeId: null,
      citizenId: citizen?.id ?? null,
      applicant,
      receiptChannel,
      returnChannel,
      state: "submitted",
      submittedAt,
      receivedAt: null,
      ...NOT_YET_DECIDED,
      registeredBy: receiptChannel === "counter" ? unit.officerId : null,
      events: [],
      apologies: [],
    };
    // Each step applies only if it happened before today; otherwise the dossier stays where it is.
    let open = true;
    const step = (
      at: Date,
      action: DossierAction,
      to: DossierState,
      extra: Partial<PlannedEvent>,
      apply: () => void,
    ): boolean => {
      if (!open || at >= cutoff) {
        open = false;
        return false;
      }
      d.events.push({
        action,
        from_state: action === "submit" ? null : d.state,
        to_state: to,
        actor_staff_id: null,
        actor_citizen_id: null,
        from_unit_id: null,
        to_unit_id: null,
        from_assignee_id: null,
        to_assignee_id: null,
        note: null,
        due_on: null,
        at,
        ...extra,
      });
      d.state = to;
      apply();
      return true;
    };
    step(
      submittedAt,
      "submit",
      "submitted",
      receiptChannel === "counter"
        ? { actor_staff_id: unit.officerId, to_unit_id: unit.id }
        : { actor_citizen_id: d.citizenId, to_unit_id: unit.id },
      () => {},
    );
    out.push(d);

    // Before receipt (filed online or by post): some withdrawn, some refused at the desk.
    let t = submittedAt;
    if (receiptChannel !== "counter") {
      const v = r();
      if (v < 0.03) {
        const at = later(cal, r, t, 1);
        step(at, "withdraw", "withdrawn", { actor_citizen_id: d.citizenId, note: WITHDRAW_NOTE }, () => {
          d.endedAt = at;
          d.endKind = "withdrawn";
          d.endReason = WITHDRAW_NOTE;
        });
        continue;
      }
      if (v < 0.06) {
        const at = later(cal, r, t, 1);
        const reason = pick(r, REJECT_REASONS);
        step(at, "reject", "rejected", { actor_staff_id: unit.officerId, note: reason }, () => {
          d.endedAt = at;
          d.endKind = "rejected";
          d.endReason = reason;
        });
        continue;
      }
    }
    const receivedAt =
      receiptChannel === "counter" ? new Date(t.getTime() + 60_000) : later(cal, r, t, int(r, 0, 2));
    const firstDue = cal.addWorkingDays(receivedAt, procedure.processingDays);
    if (
      !step(receivedAt, "receive", "received", { actor_staff_id: unit.officerId, due_on: firstDue }, () => {
        d.receivedAt = receivedAt;
        d.dueOn = firstDue;
      })
    ) {
      continue;
    }
    t = receivedAt;

    // Assigned to the unit's specialist the same or the next working day.
    const assignAt = later(cal, r, t, int(r, 0, 1));
    const assignee = unit.specialistId;
    // The unit's leader (or the officer) hands the dossier to its specialist.
    const assign = (at: Date) =>
      step(
        at,
        "assign",
        "processing",
        {
          actor_staff_id: unit.leaderId ?? unit.officerId,
          from_unit_id: unit.id,
          to_unit_id: unit.id,
          to_assignee_id: assignee,
        },
        () => {
          d.assigneeId = assignee;
        },
      );
    if (!assign(assignAt)) {
      continue;
    }
    t = assignAt;

    // A request for supplements pauses the clock; most citizens answer within a week.
    if (r() < 0.1) {
      const askAt = later(cal, r, t, int(r, 1, 2));
      const note = pick(r, SUPPLEMENT_NOTES);
      const ok = step(
        askAt,
        "request_supplement",
        "supplement_requested",
        { actor_staff_id: assignee, note },
        () => {
          d.pausedAt = askAt;
          d.pausedDaysLeft = d.dueOn ? cal.daysLeft(d.dueOn, askAt) : null;
        },
      );
      if (!ok) continue;
      t = askAt;
      if (r() < 0.15) {
        // Never answered: some give up and withdraw a month later, the others wait.
        if (r() < 0.5) {
          const at = later(cal, r, t, 20);
          step(at, "withdraw", "withdrawn", { actor_citizen_id: d.citizenId, note: WITHDRAW_NOTE }, () => {
            d.endedAt = at;
            d.endKind = "withdrawn";
            d.endReason = WITHDRAW_NOTE;
          });
        }
        continue;
      }
      const backAt = later(cal, r, t, int(r, 1, 5));
      const newDue = cal.addWorkingDays(backAt, Math.max(d.pausedDaysLeft ?? 1, 1));
      const ok2 = step(
        backAt,
        "supplement",
        d.assigneeId ? "processing" : "received",
        { actor_citizen_id: d.citizenId, due_on: newDue },
        () => {
          d.dueOn = newDue;
          d.pausedAt = null;
          d.pausedDaysLeft = null;
        },
      );
      if (!ok2) continue;
      t = backAt;
      if (d.state === "received") {
        // Back at the desk (no one held it): assigned again.
        const againAt = later(cal, r, t, 0);
        const ok3 = assign(againAt);
        if (!ok3) continue;
        t = againAt;
      }
    }

    // A few are rejected or withdrawn during processing, a few transferred to another unit first.
    const fate = r();
    if (fate < 0.05) {
      const at = later(cal, r, t, int(r, 1, 3));
      const withdraw = fate < 0.02;
      const reason = withdraw ? WITHDRAW_NOTE : pick(r, REJECT_REASONS);
      step(
        at,
        withdraw ? "withdraw" : "reject",
        withdraw ? "withdrawn" : "rejected",
        withdraw
          ? { actor_citizen_id: d.citizenId, note: reason }
          : { actor_staff_id: assignee, note: reason },
        () => {
          d.endedAt = at;
          d.endKind = withdraw ? "withdrawn" : "rejected";
          d.endReason = reason;
        },
      );
      continue;
    }
    if (fate < 0.09 && units.size > 1) {
      const others = [...units.values()].filter((x) => x.id !== unit.id);
      const other = pick(r, others);
      const at = later(cal, r, t, 1);
      const ok = step(
        at,
        "transfer",
        "processing",
        {
          actor_staff_id: assignee,
          from_unit_id: d.currentUnitId,
          to_unit_id: other.id,
          from_assignee_id: d.assigneeId,
          to_assignee_id: other.specialistId,
          note: "Chuyển lấy ý kiến cơ quan phối hợp.",
        },
        () => {
          d.currentUnitId = other.id;
          d.assigneeId = other.specialistId;
        },
      );
      if (!ok) continue;
      t = at;
    }

    // The result: early, on time or late against the due date (a mix like the province's report).
    const due = d.dueOn as string;
    const outcome = r();
    let resultDay: string;
    const windowDays = cal.workingDaysBetween(t, due);
    if (outcome < 0.55 && windowDays >= 1) {
      resultDay = cal.addWorkingDays(t, int(r, 0, windowDays - 1));
    } else if (outcome < 0.87) {
      resultDay = due;
    } else {
      resultDay = cal.addWorkingDays(atMinute(due, 12 * 60), int(r, 1, 6));
    }
    if (resultDay < vnDay(t)) resultDay = vnDay(t);
    const resolvedAt = after(t, atMinute(resultDay, int(r, 13 * 60, 16 * 60 + 30)));
    // Late: most get the apology slip with a new date before the due date passes (an "apology" row in the history,
    // not a change of state), in time order with the request for approval.
    const before: { at: Date; run: () => boolean }[] = [];
    const issuer = unit.leaderId ?? unit.officerId;
    if (resultDay > due && r() < 0.75 && issuer) {
      const issuedAt = after(t, atMinute(due, 15 * 60));
      if (issuedAt < resolvedAt) {
        before.push({
          at: issuedAt,
          run: () =>
            step(
              issuedAt,
              "apology",
              d.state,
              {
                actor_staff_id: issuer,
                from_unit_id: d.currentUnitId,
                to_unit_id: d.currentUnitId,
                from_assignee_id: d.assigneeId,
                to_assignee_id: d.assigneeId,
                note: APOLOGY_REASON,
                due_on: resultDay,
              },
              () => {
                d.apologies.push({
                  id: input.idOf("apology", index),
                  previous_due_on: due,
                  new_due_on: resultDay,
                  reason: APOLOGY_REASON,
                  issued_by: issuer,
                  issued_at: issuedAt,
                });
                d.apologyDueOn = resultDay;
              },
            ),
        });
      }
    }
    if (procedure.leaderStep) {
      // Two working days before the result (not two calendar days), so on any day — a weekend included — some
      // dossiers are waiting for the leader.
      let sendDay = vnDay(resolvedAt);
      for (let counted = 0; counted < 2; ) {
        sendDay = new Date(Date.parse(`${sendDay}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
        if (cal.isWorkingDay(sendDay)) counted++;
      }
      const sendAt =
        cal.workingDaysBetween(t, resultDay) >= 2
          ? after(t, atMinute(sendDay, 9 * 60))
          : new Date(t.getTime() + (resolvedAt.getTime() - t.getTime()) / 2);
      before.push({
        at: sendAt,
        run: () =>
          step(sendAt, "submit_for_approval", "awaiting_approval", { actor_staff_id: assignee }, () => {}),
      });
    }
    before.sort((a, b) => a.at.getTime() - b.at.getTime());
    if (!before.every((b) => b.run())) continue;
    if (
      !step(
        resolvedAt,
        procedure.leaderStep ? "approve" : "result_ready",
        "result_ready",
        { actor_staff_id: procedure.leaderStep ? unit.leaderId : assignee },
        () => {
          d.resolvedAt = resolvedAt;
        },
      )
    ) {
      continue;
    }
    const returnAt = later(cal, r, resolvedAt, int(r, 0, 3));
    step(returnAt, "return_result", "returned", { actor_staff_id: unit.officerId }, () => {
      d.returnedAt = returnAt;
    });
  }
  return out;
}

/**
 * Dossier codes `<agency identifier>-<yymmdd>-<NNNN>` (Circular 01/2018/TT-VPCP): per agency and Vietnamese day, in
 * submission order, after `start` (the counters already used, for a data set added to existing ones). Returns the
 * last sequence used per "agency|day".
 */
export function assignCodes(
  dossiers: PlannedDossier[],
  start: ReadonlyMap<string, number> = new Map(),
): Map<string, number> {
  const order = [...dossiers].sort(
    (a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.index - b.index,
  );
  const last = new Map<string, number>();
  for (const d of order) {
    const day = vnDay(d.submittedAt);
    const key = `${d.agencyCode}|${day}`;
    const seq = (last.get(key) ?? start.get(key) ?? 0) + 1;
    last.set(key, seq);
    d.code = `${d.agencyCode}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${String(seq).padStart(4, "0")}`;
  }
  return last;
}
