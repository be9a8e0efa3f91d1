import type { Executor } from "../../../platform/db/transaction.js";
import type { SiteKind, UnitKind, UnitLeader } from "../../orgs/tables.js";
import type { WriterContext } from "./article-writer.js";
import { LOCAL_FIELDS, UNIT_FIELDS } from "./vi-stories.js";

/** A site with the unit that runs it, as the seeds need them. */
export interface SeedSite {
  id: string;
  slug: string;
  kind: SiteKind;
  lang: "vi" | "en";
  nameVi: string;
  introVi: string | null;
  introEn: string | null;
  unit: {
    id: string;
    kind: UnitKind;
    nameVi: string;
    nameEn: string;
    shortCode: string;
    address: string | null;
    phone: string | null;
    email: string | null;
    leaders: UnitLeader[];
  };
}

/** Active sites in a fixed order (main, English, then component sites by slug), whatever the insert order was. */
export async function loadSeedSites(db: Executor): Promise<SeedSite[]> {
  const rows = await db
    .selectFrom("sites")
    .innerJoin("units", "units.id", "sites.unit_id")
    .select([
      "sites.id",
      "sites.slug",
      "sites.kind",
      "sites.lang",
      "sites.name_vi",
      "sites.intro_vi",
      "sites.intro_en",
      "units.id as unit_id",
      "units.kind as unit_kind",
      "units.name_vi as unit_name_vi",
      "units.name_en as unit_name_en",
      "units.short_code",
      "units.address",
      "units.phone",
      "units.email",
      "units.leaders",
    ])
    .where("sites.active", "=", true)
    .execute();
  return sortSeedSites(
    rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      kind: r.kind,
      lang: r.lang,
      nameVi: r.name_vi,
      introVi: r.intro_vi,
      introEn: r.intro_en,
      unit: {
        id: r.unit_id,
        kind: r.unit_kind,
        nameVi: r.unit_name_vi,
        nameEn: r.unit_name_en,
        shortCode: r.short_code,
        address: r.address,
        phone: r.phone,
        email: r.email,
        leaders: Array.isArray(r.leaders) ? r.leaders : [],
      },
    })),
  );
}

const KIND_ORDER: Record<SiteKind, number> = { main: 0, english: 1, component: 2 };

/** Main portal, English site, then component sites by slug: the order every seed walks the sites in. */
export function sortSeedSites(sites: SeedSite[]): SeedSite[] {
  return sites.sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
  );
}

const LOCAL_PREFIX = /^(Huyện|Thành phố|Thị xã|Phường|Xã|Thị trấn) /u;

/** "Huyện Ba Tơ" → "huyện Ba Tơ": administrative-level words are lower case inside a sentence. */
export function inSentence(unitName: string): string {
  return LOCAL_PREFIX.test(unitName)
    ? unitName.charAt(0).toLocaleLowerCase("vi") + unitName.slice(1)
    : unitName;
}

/**
 * A leader's title with the unit, without repeating the words they share: "Chánh Văn phòng" + "Văn phòng Ủy ban nhân
 * dân tỉnh" → "Chánh Văn phòng Ủy ban nhân dân tỉnh"; "Chủ tịch UBND huyện" + "huyện Ba Tơ" → "Chủ tịch UBND huyện Ba
 * Tơ"; "Trưởng ban" + "Ban Dân tộc" → "Trưởng Ban Dân tộc".
 */
export function leaderTitle(position: string, unitName: string): string {
  const pos = position.split(" ");
  const unit = unitName.split(" ");
  for (let n = Math.min(3, pos.length - 1, unit.length); n >= 1; n--) {
    const tail = pos
      .slice(pos.length - n)
      .join(" ")
      .toLocaleLowerCase("vi");
    const head = unit.slice(0, n).join(" ").toLocaleLowerCase("vi");
    if (tail === head) return [...pos.slice(0, pos.length - n), ...unit].join(" ");
  }
  return `${position} ${unitName}`;
}

/** What the article writer needs to speak for the site's unit. */
export function writerContextFor(site: SeedSite): WriterContext {
  const { unit } = site;
  if (site.kind === "english") {
    return {
      lang: "en",
      unit: "Quang Ngai Provincial People's Committee",
      leaders: [],
      field: "",
      procedures: [],
      intro: site.introEn ?? "",
    };
  }
  const local = unit.kind === "district" || unit.kind === "commune";
  const isProvince = unit.kind === "province";
  const named = isProvince ? "Ủy ban nhân dân tỉnh" : inSentence(unit.nameVi);
  const fields = isProvince
    ? { field: "đầu tư công và phát triển đô thị", procedures: LOCAL_FIELDS.procedures }
    : (UNIT_FIELDS[unit.shortCode] ?? LOCAL_FIELDS);
  return {
    lang: "vi",
    unit: local ? `Ủy ban nhân dân ${named}` : named,
    leaders: unit.leaders.map((l) => ({ name: l.name, title: leaderTitle(l.position, named) })),
    field: fields.field,
    procedures: fields.procedures,
    intro: site.introVi ?? "",
    area: local ? named : undefined,
  };
}
