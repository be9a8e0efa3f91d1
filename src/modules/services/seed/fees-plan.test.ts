import { describe, expect, it } from "vitest";
import { FEE_WINDOW_DAYS, type FeePlanProcedure, planFees } from "./fees-plan.js";
import { NOT_YET_DECIDED, type PlannedDossier } from "./plan.js";

const NOW = new Date("2026-03-31T10:00:00+07:00");
const DAY = 86_400_000;

function dossier(index: number, p: Partial<PlannedDossier>): PlannedDossier {
  const submittedAt = p.submittedAt ?? new Date(NOW.getTime() - (index + 2) * DAY);
  return {
    index,
    id: `d${index}`,
    code: "",
    agencyCode: "000.00.00.H48",
    procedureId: "FEE",
    unitId: "U",
    currentUnitId: "U",
    assigneeId: null,
    citizenId: null,
    applicant: { fullName: "Nguyễn Văn An" },
    receiptChannel: "counter",
    returnChannel: "counter",
    state: "received",
    submittedAt,
    receivedAt: new Date(submittedAt.getTime() + 3_600_000),
    ...NOT_YET_DECIDED,
    registeredBy: null,
    events: [],
    apologies: [],
    ...p,
  };
}

const procedures = new Map<string, FeePlanProcedure>([
  [
    "FEE",
    {
      fees: [{ label: "Lệ phí", amountVnd: 200_000 }] as FeePlanProcedure["fees"],
      fee_exemptions: [],
      onlinePayment: true,
    },
  ],
  ["FREE", { fees: [], fee_exemptions: [], onlinePayment: true }],
]);

describe("demo fee plan", () => {
  const dossiers = [
    ...Array.from({ length: 30 }, (_, i) =>
      dossier(i, i % 2 === 0 ? { receiptChannel: "online", citizenId: `c${i}` } : {}),
    ),
    dossier(40, { procedureId: "FREE" }),
    dossier(41, { submittedAt: new Date(NOW.getTime() - (FEE_WINDOW_DAYS + 3) * DAY) }),
    dossier(42, { endKind: "rejected", state: "rejected" }),
  ];
  const plan = planFees({ seed: 2026, dossiers, procedures, now: NOW, maxPaid: 6 });

  it("gives a notice to each recent dossier of a procedure with fees, none to older or free ones", () => {
    const ids = new Set(plan.map((f) => f.dossierId));
    expect(ids.has("d40")).toBe(false);
    expect(ids.has("d41")).toBe(false);
    expect(ids.has("d42")).toBe(true);
    expect(plan.every((f) => f.notice.totalVnd === 200_000)).toBe(true);
  });

  it("pays at most maxPaid, both ways, online only for a citizen's online dossier, never a rejected one, all before today", () => {
    const paid = plan.filter((f) => f.payment);
    expect(paid.length).toBeGreaterThan(0);
    expect(paid.length).toBeLessThanOrEqual(6);
    expect(plan.some((f) => !f.payment)).toBe(true);
    const online = paid.filter((f) => f.payment?.via === "online");
    const counter = paid.filter((f) => f.payment?.via === "counter");
    expect(online.length).toBeGreaterThan(0);
    expect(counter.length).toBeGreaterThan(0);
    for (const f of online) expect(Number(f.dossierId.slice(1)) % 2).toBe(0);
    expect(plan.find((f) => f.dossierId === "d42")?.payment).toBeNull();
    const today = new Date("2026-03-31T00:00:00+07:00");
    for (const f of paid) expect(f.payment?.at.getTime()).toBeLessThan(today.getTime());
    const refs = online.map((f) => (f.payment?.via === "online" ? f.payment.orderRef : ""));
    expect(new Set(refs).size).toBe(refs.length);
    for (const ref of refs) expect(ref).toMatch(/^[A-Za-z0-9]{8,34}$/);
  });

  it("is deterministic", () => {
    expect(planFees({ seed: 2026, dossiers, procedures, now: NOW, maxPaid: 6 })).toEqual(plan);
  });
});
