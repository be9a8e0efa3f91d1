import { describe, expect, it } from "vitest";
import { computeStats, type StatsDossier, totalsOf } from "./dossier-stats.js";
import { NO_SHARE, shareText } from "./share.js";

const at = (s: string) => new Date(`${s}T09:00:00+07:00`);
const MARCH = { from: "2026-03-01", to: "2026-03-31" };

function dossier(p: Partial<StatsDossier>): StatsDossier {
  return {
    unitId: "A",
    procedureId: "P1",
    field: "Hộ tịch",
    receivedAt: at("2026-03-02"),
    resolvedAt: null,
    endedAt: null,
    endKind: null,
    dueOn: null,
    receiptChannel: "counter",
    onlineClass: "full",
    level: 4,
    paidAt: null,
    paidVia: null,
    ...p,
  };
}

describe("online shares (issue 8 item 6)", () => {
  it("counts new dossiers submitted online and fees paid online by the period end", () => {
    const rows = [
      dossier({ receiptChannel: "online", paidAt: at("2026-03-02"), paidVia: "online" }),
      dossier({ receiptChannel: "online", paidAt: at("2026-03-05"), paidVia: "online" }),
      dossier({ receiptChannel: "online", paidAt: at("2026-03-03"), paidVia: "counter" }),
      // Paid after the period: not yet paid as of March.
      dossier({ receiptChannel: "online", paidAt: at("2026-04-01"), paidVia: "online" }),
      // No fee, or not received in the period: outside both shares.
      dossier({}),
      dossier({ receivedAt: at("2026-02-20"), paidAt: at("2026-03-02"), paidVia: "online" }),
    ];
    const { total } = computeStats(rows, MARCH, "unit");
    expect(total.new).toBe(5);
    expect(total.newOnline).toBe(4);
    expect(total.newPaid).toBe(3);
    expect(total.newPaidOnline).toBe(2);
    const x = totalsOf(total);
    expect(shareText(x.onlineShare)).toBe("80%");
    expect(shareText(x.paidOnlineShare)).toBe("66,7%");
  });

  it("shows — for a share with nothing to share, never NaN or 0%", () => {
    const { total } = computeStats([dossier({ receivedAt: at("2026-05-01") })], MARCH, "unit");
    const x = totalsOf(total);
    expect(x.onlineShare).toBeNull();
    expect(x.paidOnlineShare).toBeNull();
    expect(shareText(x.onlineShare)).toBe(NO_SHARE);
    expect(shareText(x.paidOnlineShare)).toBe("—");
    expect(shareText(Number.NaN)).toBe("—");
    expect(shareText(0)).toBe("0%");
    expect(shareText(1)).toBe("100%");
  });
});
