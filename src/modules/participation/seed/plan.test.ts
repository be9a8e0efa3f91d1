import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../../platform/calendar/index.js";
import { vnDay } from "../../../platform/calendar/vn-day.js";
import { demoCitizen } from "../../citizens/seed.js";
import { effectiveStatus } from "../consultations/domain/period.js";
import { questionSearchText } from "../questions/domain/search.js";
import { nextStatus } from "../questions/domain/workflow.js";
import type { QuestionStatus } from "../tables.js";
import { type ParticipationPlanInput, type PlanUnit, planParticipation, workingDaysBefore } from "./plan.js";
import { CITIZEN_QUESTIONS } from "./question-texts.js";
import { DEMO_TOPICS } from "./topics.js";

const calendar = createWorkingCalendar([], { cutoffMinutes: null });

const CODES = ["UBND", "STP", "SKHDT", "SXD", "STNMT", "STC", "SLDTBXH", "SGDDT", "SYT", "SGTVT", "SNNPTNT"];
const EXTRA = ["TPQN", "HBS", "HLS", "BQLKKT"];

function input(now: Date, over: Partial<ParticipationPlanInput> = {}): ParticipationPlanInput {
  const units = new Map<string, PlanUnit>();
  for (const code of [...CODES, ...EXTRA]) {
    const staffed = code === "STP" || code === "SKHDT";
    units.set(code, {
      id: `unit-${code}`,
      specialistId: staffed ? `specialist-${code}` : null,
      leaderId: staffed ? `leader-${code}` : null,
    });
  }
  const citizens = Array.from({ length: 40 }, (_, i) => {
    const c = demoCitizen(i + 1);
    return {
      id: c.id,
      fullName: c.fullName,
      email: c.email,
      phone: c.phone,
      businessName: c.businessName,
      taxCode: c.taxCode,
    };
  });
  return {
    seed: 2026,
    count: 150,
    now,
    calendar,
    units,
    routerId: "router",
    citizens,
    leaders: new Map([
      ["UBND", { name: "Nguyễn Văn An", title: "Phó Chủ tịch Ủy ban nhân dân tỉnh" }],
      ["SKHDT", { name: "Trần Minh Bình", title: "Giám đốc Sở Kế hoạch và Đầu tư" }],
    ]),
    ...over,
  };
}

// A Friday, a Sunday evening (already Monday in Vietnam), and a day inside the Tết break.
const NOWS = [
  new Date("2026-11-27T03:00:00Z"),
  new Date("2026-11-29T18:30:00Z"),
  new Date("2027-02-09T02:00:00Z"),
];

describe("planParticipation", () => {
  it("gives the same rows for the same inputs", () => {
    const a = planParticipation(input(NOWS[0] as Date));
    const b = planParticipation(input(NOWS[0] as Date));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.questions).toHaveLength(150);
    expect(a.topics.length).toBeGreaterThanOrEqual(10);
  });

  it.each(NOWS)("has every status, kind and a few overdue questions whatever today is (%s)", (now) => {
    const plan = planParticipation(input(now));
    const today = vnDay(now);
    const statuses = new Set(plan.questions.map((q) => q.status));
    for (const s of ["submitted", "routed", "drafted", "published", "rejected"] as const)
      expect(statuses).toContain(s);
    const kinds = plan.questions.map((q) => q.kind);
    expect(kinds.filter((k) => k === "citizen").length).toBeGreaterThan(75);
    expect(kinds.filter((k) => k === "business").length).toBeGreaterThan(35);
    expect(kinds.filter((k) => k === "feedback").length).toBeGreaterThan(10);
    const overdue = plan.questions.filter(
      (q) => (q.status === "routed" || q.status === "drafted") && (q.due_on ?? "9999") < today,
    );
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    const published = plan.questions.filter((q) => q.status === "published");
    expect(published.length).toBeGreaterThan(plan.questions.length / 2);
    const shown = plan.questions.filter((q) => q.show_name).length;
    expect(shown).toBeGreaterThan(45);
    expect(shown).toBeLessThan(105);
  });

  it.each(NOWS)("keeps each history legal, ordered and before today (%s)", (now) => {
    const plan = planParticipation(input(now));
    const cutoff = Date.parse(`${vnDay(now)}T00:00:00+07:00`);
    for (const q of plan.questions) {
      const [first, ...rest] = q.events;
      expect(first?.action).toBe("submitted");
      expect(first?.at).toEqual(q.created_at);
      let status: QuestionStatus = "submitted";
      let prev = q.created_at.getTime();
      for (const e of rest) {
        expect(e.action).not.toBe("submitted");
        if (e.action === "submitted") continue;
        const next = nextStatus(status, e.action);
        expect(next.ok ? next.status : next.key, `${q.code} ${e.action} from ${status}`).toBe(e.to_status);
        expect(e.from_status).toBe(status);
        expect(e.at.getTime()).toBeGreaterThan(prev);
        prev = e.at.getTime();
        status = e.to_status;
      }
      expect(prev).toBeLessThan(cutoff);
      expect(q.status).toBe(status);
      expect(q.version).toBe(q.events.length);
      expect(q.updated_at.getTime()).toBe(prev);
      if (q.status === "published") {
        expect(q.answer).toBeTruthy();
        expect(q.published_at).not.toBeNull();
        expect(q.search_text).toBe(questionSearchText(q));
      }
      if (q.status === "submitted" || q.status === "rejected") expect(q.unit_id).toBeNull();
      else {
        expect(q.unit_id).not.toBeNull();
        expect(calendar.isWorkingDay(q.due_on as string)).toBe(true);
        expect(q.routed_at).not.toBeNull();
      }
      if (q.status === "rejected") expect(q.reject_reason).toBeTruthy();
      if (q.kind === "business") {
        expect(q.business_name).not.toBeNull();
        expect(q.tax_code).not.toBeNull();
      }
    }
  });

  it("gives codes numbered per prefix and day without gaps, matching the counters", () => {
    const plan = planParticipation(input(NOWS[0] as Date));
    const codes = plan.questions.map((q) => q.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const q of plan.questions) {
      const prefix = { citizen: "HD", business: "DN", feedback: "PA" }[q.kind];
      const day = vnDay(q.created_at);
      expect(q.code).toMatch(
        new RegExp(`^${prefix}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-\\d{4}$`),
      );
    }
    for (const c of plan.counters) {
      const yymmdd = `${c.day.slice(2, 4)}${c.day.slice(5, 7)}${c.day.slice(8, 10)}`;
      const seqs = codes
        .filter((code) => code.startsWith(`${c.prefix}-${yymmdd}-`))
        .map((code) => Number(code.slice(-4)))
        .sort((a, b) => a - b);
      expect(seqs).toEqual(Array.from({ length: c.last }, (_, k) => k + 1));
    }
    expect(plan.counters.reduce((n, c) => n + c.last, 0)).toBe(plan.questions.length);
  });

  it("records the unit's real drafter and approver, and null where the unit has none", () => {
    const plan = planParticipation(input(NOWS[0] as Date));
    const published = plan.questions.filter((q) => q.status === "published");
    const stp = published.filter((q) => q.unit_id === "unit-STP");
    expect(stp.length).toBeGreaterThan(0);
    for (const q of stp) {
      expect(q.drafted_by).toBe("specialist-STP");
      expect(q.approved_by).toBe("leader-STP");
    }
    const sxd = published.filter((q) => q.unit_id === "unit-SXD");
    for (const q of sxd) expect([q.drafted_by, q.approved_by]).toEqual([null, null]);
    for (const q of plan.questions.filter((x) => x.routed_by !== null)) expect(q.routed_by).toBe("router");
  });

  it("keeps askers' contact data out of the public text", () => {
    const plan = planParticipation(input(NOWS[0] as Date));
    const contacts = input(NOWS[0] as Date).citizens.flatMap((c) =>
      [c.email, c.phone, c.fullName, c.taxCode].filter((x): x is string => x !== null),
    );
    for (const q of plan.questions) {
      const text = `${q.title} ${q.body} ${q.answer ?? ""}`;
      for (const c of contacts) expect(text).not.toContain(c);
    }
  });

  it.each(NOWS)("has one draft open today, one awaiting synthesis and one concluded (%s)", (now) => {
    const plan = planParticipation(input(now));
    const today = vnDay(now);
    const states = plan.consultations.map((c) => effectiveStatus(c, today));
    expect(states).toEqual(["open", "closed", "concluded"]);
    const [open, awaiting, concluded] = plan.consultations;
    expect(new Set(open?.clauses.map((c) => c.article_no)).size).toBeGreaterThanOrEqual(6);
    const art3 = open?.clauses.filter((c) => c.article_no === 3).map((c) => c.label);
    expect(art3).toEqual(["Điều 3", "Khoản 1 Điều 3", "Khoản 2 Điều 3", "Khoản 3 Điều 3", "Khoản 4 Điều 3"]);
    expect(open?.clauses.map((c) => c.position)).toEqual(open?.clauses.map((_, k) => k + 1));
    expect(open?.comments.map((c) => c.status)).toContain("pending");
    expect(open?.comments.map((c) => c.status)).toContain("approved");
    expect(awaiting?.status).toBe("closed");
    expect(awaiting?.synthesis).toBeNull();
    expect(concluded?.synthesis).toBeTruthy();
    expect(concluded?.groups.length).toBeGreaterThan(0);
    for (const c of concluded?.comments ?? []) {
      expect(c.status).toBe("approved");
      expect(c.group_id).not.toBeNull();
    }
    const cutoff = Date.parse(`${today}T00:00:00+07:00`);
    for (const c of plan.consultations.flatMap((x) => x.comments)) {
      expect(c.created_at.getTime()).toBeLessThan(cutoff);
      if (c.moderated_at) expect(c.moderated_at.getTime()).toBeLessThan(cutoff);
      if (c.moderated_at) expect(c.moderated_at.getTime()).toBeGreaterThan(c.created_at.getTime());
    }
  });

  it.each(NOWS)("has a dialogue held with its transcript and one scheduled next week (%s)", (now) => {
    const plan = planParticipation(input(now));
    const [ended, scheduled] = plan.dialogues;
    expect(ended?.status).toBe("ended");
    expect(ended?.ends_at.getTime()).toBeLessThan(now.getTime());
    const answered = ended?.questions.filter((q) => q.status === "answered") ?? [];
    expect(answered.map((q) => q.answer_seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(scheduled?.status).toBe("scheduled");
    expect(scheduled?.starts_at.getTime()).toBeGreaterThan(now.getTime());
    const waiting = scheduled?.questions.map((q) => q.status) ?? [];
    expect(waiting).toContain("pending");
    expect(waiting).toContain("approved");
    for (const q of scheduled?.questions ?? []) expect(q.created_at.getTime()).toBeLessThan(now.getTime());
  });

  it("plans nothing but topics without citizens", () => {
    const plan = planParticipation(input(NOWS[0] as Date, { citizens: [] }));
    expect(plan.questions).toEqual([]);
    expect(plan.consultations).toEqual([]);
    expect(plan.topics).toHaveLength(DEMO_TOPICS.length);
  });

  it("counts working days back across a weekend", () => {
    expect(workingDaysBefore(calendar, "2026-11-30", 1)).toBe("2026-11-27");
    expect(workingDaysBefore(calendar, "2026-11-27", 2)).toBe("2026-11-25");
  });

  it("writes every template with a known topic", () => {
    for (const t of CITIZEN_QUESTIONS) expect(DEMO_TOPICS.map((x) => x.slug)).toContain(t.topic);
  });
});
