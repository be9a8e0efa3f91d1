import type { Executor } from "../../../platform/db/transaction.js";
import { viCollator } from "../../../platform/i18n/index.js";
import { categoryActivity, contentActivity, legalActivityBySite } from "../../portal/index.js";
import type { Criterion } from "./domain/criteria.js";
import {
  type Evidence,
  mergeEvidence,
  NO_EVIDENCE,
  rankSites,
  type SiteScore,
  scoreSite,
} from "./domain/scoring.js";
import { type ComplianceSite, listCriteria, listMappings, listSites, type Mapping } from "./store.js";

/** A place an item is mapped to, with what was found there. */
export interface MappedPlace {
  mappingId: string;
  kind: "category" | "page";
  id: string;
  name: string;
  count: number;
}

export interface SiteReport extends ComplianceSite, SiteScore {
  /** criterion key → where the site said the item goes. */
  places: Map<string, MappedPlace[]>;
}

export interface ComplianceReport {
  criteria: Criterion[];
  /** Ranked: highest score first, ties by name (Vietnamese order). */
  sites: SiteReport[];
}

/**
 * Scores the given sites live (SPEC §G2: "live"). Six queries whatever the number of sites, items or articles:
 * rules, sites, mappings, then the activity of every mapped category, every mapped page and every site's legal
 * register, each in one grouped statement; the rest is the pure scoring in domain/.
 */
export async function complianceReport(
  db: Executor,
  siteIds: "all" | readonly string[],
  now: Date,
): Promise<ComplianceReport> {
  const criteria = await listCriteria(db);
  const sites = await listSites(db, siteIds);
  const ids = sites.map((s) => s.id);
  const mappings = await listMappings(db, ids);
  const categories = await categoryActivity(
    db,
    unique(mappings.flatMap((m) => (m.categoryId ? [m.categoryId] : []))),
  );
  const contents = await contentActivity(
    db,
    unique(mappings.flatMap((m) => (m.contentId ? [m.contentId] : []))),
  );
  const needsRegister = criteria.some((c) => c.active && c.detection === "legal_register");
  const legal = needsRegister ? await legalActivityBySite(db, ids) : new Map();

  const bySite = new Map<string, Mapping[]>();
  for (const m of mappings) bySite.set(m.siteId, [...(bySite.get(m.siteId) ?? []), m]);

  const reports = sites.map((site): SiteReport => {
    const places = new Map<string, MappedPlace[]>();
    for (const m of bySite.get(site.id) ?? []) {
      const place = m.categoryId
        ? categories.get(m.categoryId)
        : m.contentId
          ? contents.get(m.contentId)
          : null;
      if (!place || place.siteId !== site.id) continue;
      const entry: MappedPlace = {
        mappingId: m.id,
        kind: m.categoryId ? "category" : "page",
        id: m.categoryId ?? m.contentId ?? "",
        name: "name" in place ? place.name : place.title,
        count: place.count,
      };
      places.set(m.criterionKey, [...(places.get(m.criterionKey) ?? []), entry]);
    }
    const evidenceOf = (key: string): Evidence => {
      let found = NO_EVIDENCE;
      for (const p of places.get(key) ?? []) {
        const a = p.kind === "category" ? categories.get(p.id) : contents.get(p.id);
        if (a) found = mergeEvidence(found, { count: a.count, newest: a.newest });
      }
      const criterion = criteria.find((c) => c.key === key);
      if (criterion?.detection === "legal_register") {
        found = mergeEvidence(found, legal.get(site.id) ?? NO_EVIDENCE);
      }
      return found;
    };
    return { ...site, ...scoreSite(site.kind, criteria, evidenceOf, now), places };
  });
  return { criteria, sites: rankSites(reports, viCollator) };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
