import type { UnitKind } from "../tables.js";

export type HomeGroup = "agencies" | "districts" | "communes";

/** Which heading of the portal home a component site appears under, by the kind of its unit. */
export const GROUP_OF_KIND: Record<UnitKind, HomeGroup | null> = {
  province: null,
  office: "agencies",
  department: "agencies",
  district: "districts",
  commune: "communes",
};

export const HOME_GROUPS: readonly HomeGroup[] = ["agencies", "districts", "communes"];

export interface ListedSite {
  unitKind: UnitKind;
  /** What the list shows and sorts by (the unit's name). */
  name: string;
}

/** Splits sites into the home page's groups, each sorted with the given collation; empty groups are kept. */
export function groupSites<T extends ListedSite>(
  sites: readonly T[],
  collator: Intl.Collator,
): Record<HomeGroup, T[]> {
  const groups: Record<HomeGroup, T[]> = { agencies: [], districts: [], communes: [] };
  for (const site of sites) {
    const group = GROUP_OF_KIND[site.unitKind];
    if (group) groups[group].push(site);
  }
  for (const list of Object.values(groups)) list.sort((a, b) => collator.compare(a.name, b.name));
  return groups;
}
