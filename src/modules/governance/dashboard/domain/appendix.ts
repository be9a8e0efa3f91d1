/** A site's count of new items in the period, with what the appendix needs to place it. */
export interface SiteCount {
  siteId: string;
  siteKind: "main" | "english" | "component";
  unitKind: "province" | "office" | "department" | "district" | "commune";
  /** The unit's name, as the appendix lists it ("Sở Xây dựng"). */
  name: string;
  count: number;
}

export type AppendixGroupKey = "agencies" | "districts" | "communes";

export interface AppendixRow {
  /** Sites counted on this row: the main portal and the English site share the first one. */
  siteIds: string[];
  name: string;
  /** The merged main-portal row, which the view labels "… (Trang chủ, Trang tiếng Anh)". */
  portal: boolean;
  count: number;
}

export interface AppendixGroup {
  key: AppendixGroupKey;
  /** "I", "II" … as the report numbers its groups. */
  numeral: string;
  rows: AppendixRow[];
  subtotal: number;
}

export interface AppendixTable {
  groups: AppendixGroup[];
  total: number;
}

const NUMERALS = ["I", "II", "III", "IV"];

function groupOf(site: SiteCount): AppendixGroupKey {
  if (site.unitKind === "district") return "districts";
  if (site.unitKind === "commune") return "communes";
  return "agencies";
}

/**
 * Seed 003's appendix ("Bảng tổng hợp tình hình cung cấp thông tin"): departments and boards under I, districts and
 * the city under II (communes under III when the province has their sites), each group by count, highest first,
 * ties by name; the main portal and the English site on one first row; a site that published nothing shows 0, and
 * the total is the sum of the rows, so the table always adds up.
 */
export function buildAppendix(sites: readonly SiteCount[], collator: Intl.Collator): AppendixTable {
  const portalSites = sites.filter((s) => s.siteKind !== "component");
  const rows: Record<AppendixGroupKey, AppendixRow[]> = { agencies: [], districts: [], communes: [] };
  for (const s of sites) {
    if (s.siteKind !== "component") continue;
    rows[groupOf(s)].push({ siteIds: [s.siteId], name: s.name, portal: false, count: s.count });
  }
  for (const list of Object.values(rows)) {
    list.sort((a, b) => b.count - a.count || collator.compare(a.name, b.name));
  }
  if (portalSites.length > 0) {
    const main = portalSites.find((s) => s.siteKind === "main") ?? portalSites[0];
    rows.agencies.unshift({
      siteIds: portalSites.map((s) => s.siteId),
      name: main?.name ?? "",
      portal: true,
      count: portalSites.reduce((sum, s) => sum + s.count, 0),
    });
  }
  const groups: AppendixGroup[] = [];
  for (const key of ["agencies", "districts", "communes"] as const) {
    const list = rows[key];
    if (list.length === 0 && key === "communes") continue;
    groups.push({
      key,
      numeral: NUMERALS[groups.length] ?? String(groups.length + 1),
      rows: list,
      subtotal: list.reduce((sum, r) => sum + r.count, 0),
    });
  }
  return { groups, total: groups.reduce((sum, g) => sum + g.subtotal, 0) };
}
