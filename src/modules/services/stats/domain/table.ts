import { addCounts, emptyCounts, type StatsCounts, type StatsGroupBy } from "./dossier-stats.js";

export type StatsSectionKey = "agencies" | "districts" | "communes" | "all";

export interface StatsRow {
  key: string;
  name: string;
  counts: StatsCounts;
}

export interface StatsSection {
  key: StatsSectionKey;
  /** "I", "II" … as seed 003's appendix numbers its groups; "" for a flat list. */
  numeral: string;
  rows: StatsRow[];
  subtotal: StatsCounts;
}

export interface StatsTable {
  by: StatsGroupBy;
  sections: StatsSection[];
  total: StatsCounts;
}

export interface TableUnit {
  id: string;
  kind: "province" | "office" | "department" | "district" | "commune";
  name: string;
}

const NUMERALS = ["I", "II", "III", "IV"];

function received(c: StatsCounts): number {
  return c.carried + c.new;
}

function sortRows(rows: StatsRow[], collator: Intl.Collator): StatsRow[] {
  return rows.sort((a, b) => received(b.counts) - received(a.counts) || collator.compare(a.name, b.name));
}

function section(key: StatsSectionKey, numeral: string, rows: StatsRow[]): StatsSection {
  return { key, numeral, rows, subtotal: rows.reduce((s, r) => addCounts(s, r.counts), emptyCounts()) };
}

/**
 * The appendix table of seed 003 for dossiers. By unit: the Office, departments and boards under I, districts and the
 * city under II, communes under III (when any is in scope); EVERY unit in scope has its row, 0 when it received
 * nothing (never "Không báo cáo"). By procedure or field: one list of the groups that had dossiers. Rows by received
 * (highest first), ties by name; the total is the sum of the rows, so the table always adds up.
 */
export function buildStatsTable(
  by: StatsGroupBy,
  counts: ReadonlyMap<string, StatsCounts>,
  names: { units: readonly TableUnit[]; procedures: ReadonlyMap<string, string> },
  collator: Intl.Collator,
): StatsTable {
  const sections: StatsSection[] = [];
  if (by === "unit") {
    const rows: Record<"agencies" | "districts" | "communes", StatsRow[]> = {
      agencies: [],
      districts: [],
      communes: [],
    };
    for (const u of names.units) {
      if (u.kind === "province") continue;
      const key = u.kind === "district" ? "districts" : u.kind === "commune" ? "communes" : "agencies";
      rows[key].push({ key: u.id, name: u.name, counts: counts.get(u.id) ?? emptyCounts() });
    }
    for (const key of ["agencies", "districts", "communes"] as const) {
      if (rows[key].length === 0) continue;
      sections.push(section(key, NUMERALS[sections.length] ?? "", sortRows(rows[key], collator)));
    }
  } else {
    const rows: StatsRow[] = [];
    for (const [key, c] of counts) {
      const name = by === "procedure" ? (names.procedures.get(key) ?? key) : key;
      rows.push({ key, name, counts: c });
    }
    sections.push(section("all", "", sortRows(rows, collator)));
  }
  return { by, sections, total: sections.reduce((s, sec) => addCounts(s, sec.subtotal), emptyCounts()) };
}

/** The units (ids) a person's grants cover, with every unit below them. */
export function unitsWithDescendants(
  roots: readonly string[],
  units: readonly { id: string; parentId: string | null }[],
): string[] {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (!u.parentId) continue;
    const list = children.get(u.parentId) ?? [];
    list.push(u.id);
    children.set(u.parentId, list);
  }
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return [...seen];
}
