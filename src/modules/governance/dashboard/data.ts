import type { Executor } from "../../../platform/db/transaction.js";
import { viCollator } from "../../../platform/i18n/index.js";
import {
  countPendingCommentsBySite,
  listSiteLicences,
  newItemsBySite,
  type SiteLicenceStatus,
} from "../../portal/index.js";
import { complianceReport, type SiteReport } from "../compliance/report.js";
import { countOverdueDuties, type DutyBreachRow, listDutyBreaches } from "../duties/store.js";
import { type AppendixTable, buildAppendix } from "./domain/appendix.js";

export interface DashboardData {
  from: string;
  to: string;
  appendix: AppendixTable;
  compliance: SiteReport[];
  pendingComments: { siteId: string; siteName: string; count: number }[];
  overdueDuties: number;
  breaches: DutyBreachRow[];
  licences: SiteLicenceStatus[];
}

const LICENCE_ORDER: Record<SiteLicenceStatus["state"], number> = {
  expired: 0,
  missing: 1,
  expiring: 2,
  valid: 3,
};

/**
 * Everything the province dashboard shows for a period, each part from its owner's grouped queries (no per-site
 * loop), so the page and the XLSX cost the same number of statements for 5 sites or 500.
 */
export async function loadDashboard(
  db: Executor,
  period: { from: string; to: string },
  now: Date,
  today: string,
): Promise<DashboardData> {
  const counts = await newItemsBySite(db, period);
  const appendix = buildAppendix(
    counts.map((c) => ({
      siteId: c.siteId,
      siteKind: c.siteKind,
      unitKind: c.unitKind,
      name: c.unitName,
      count: c.count,
    })),
    viCollator,
  );
  const compliance = (await complianceReport(db, "all", now)).sites;
  const names = new Map(counts.map((c) => [c.siteId, c.siteName]));
  const pending = await countPendingCommentsBySite(db);
  const pendingComments = [...pending.entries()]
    .filter(([, count]) => count > 0)
    .map(([siteId, count]) => ({ siteId, siteName: names.get(siteId) ?? "", count }))
    .sort((a, b) => b.count - a.count || viCollator.compare(a.siteName, b.siteName));
  const overdueDuties = await countOverdueDuties(db, now);
  // Newest first: the dashboard shows the latest few, the duties page the whole list.
  const breaches = (await listDutyBreaches(db, period, today)).sort((a, b) =>
    b.overdueFrom.localeCompare(a.overdueFrom),
  );
  const licences = (await listSiteLicences(db, today)).sort(
    (a, b) =>
      LICENCE_ORDER[a.state] - LICENCE_ORDER[b.state] ||
      (a.daysLeft ?? 0) - (b.daysLeft ?? 0) ||
      viCollator.compare(a.siteName, b.siteName),
  );
  return { ...period, appendix, compliance, pendingComments, overdueDuties, breaches, licences };
}
