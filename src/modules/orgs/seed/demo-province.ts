import { v5 as uuidv5 } from "uuid";
import type { Db } from "../../../platform/db/connection.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import type { SiteKind } from "../tables.js";
import {
  type DemoSite,
  type DemoUnit,
  demoUnits,
  ENGLISH_CONTACT_EMAIL,
  ENGLISH_SITE,
  leadersFor,
  MAIN_SITE,
  PROVINCE_CODE,
  unitPhone,
} from "./demo-data.js";

/** Namespace of the demo's name-based ids: the same short code or slug gives the same id on every machine. */
const DEMO_NAMESPACE = "3f6a0d52-8a4e-4b7c-9d21-5c0e8b7a4f10";

/** The fixed creation time of demo rows, so two seeded databases hold identical rows. */
const SEEDED_AT = new Date("2020-01-01T00:00:00+07:00");

/** Id of a demo unit by its short code ("SXD"), for other modules' seeds and tests. */
export function demoUnitId(shortCode: string): string {
  return uuidv5(`unit:${shortCode}`, DEMO_NAMESPACE);
}

/** Id of a demo site by its slug ("" main portal, "en", "so-xay-dung"). */
export function demoSiteId(slug: string): string {
  return uuidv5(`site:${slug}`, DEMO_NAMESPACE);
}

function siteRow(
  site: DemoSite,
  unitId: string,
  kind: SiteKind,
  lang: "vi" | "en",
  theme: Record<string, string>,
) {
  return {
    id: demoSiteId(site.slug),
    unit_id: unitId,
    kind,
    slug: site.slug,
    host: null,
    name_vi: site.name_vi,
    name_en: site.name_en,
    intro_vi: site.intro_vi,
    intro_en: site.intro_en ?? null,
    lang,
    theme: JSON.stringify(theme),
    menu: JSON.stringify(site.menu ?? []),
    sort_order: 0,
    active: true,
    created_at: SEEDED_AT,
    updated_at: SEEDED_AT,
  };
}

function unitEmail(unit: DemoUnit): string {
  return unit.kind === "province"
    ? "ubnd@quangngai.gov.vn"
    : `${unit.short_code.toLowerCase()}@quangngai.gov.vn`;
}

/**
 * Seeds SPEC "Demo data" units and sites: the province, its Office, 20 departments/boards, 14 districts/city, a few
 * communes, the main portal, the English site and a component site per office, department, board and district (plus
 * two communes). Deterministic: ids derive from short codes and slugs, timestamps are fixed. One transaction.
 */
export async function seedDemoProvince(db: Db): Promise<void> {
  const units = demoUnits();
  await inTransaction(db, async (tx) => {
    // Parents come before children in demoUnits(), so each insert finds its parent.
    for (const [i, unit] of units.entries()) {
      const website = unit.site ? `https://quangngai.gov.vn/${unit.site.slug}` : null;
      await tx
        .insertInto("units")
        .values({
          id: demoUnitId(unit.short_code),
          parent_id: unit.parent === null ? null : demoUnitId(unit.parent),
          kind: unit.kind,
          name_vi: unit.name_vi.normalize("NFC"),
          name_en: unit.name_en.normalize("NFC"),
          short_code: unit.short_code.normalize("NFC"),
          identifier_code: unit.identifier_code,
          address: unit.address.normalize("NFC"),
          phone: unitPhone(i),
          email: unitEmail(unit),
          website: unit.kind === "province" ? "https://quangngai.gov.vn" : website,
          leaders: JSON.stringify(leadersFor(unit, i)),
          sort_order: unit.sort_order,
          active: true,
          created_at: SEEDED_AT,
          updated_at: SEEDED_AT,
        })
        .execute();
    }
    const provinceId = demoUnitId(PROVINCE_CODE);
    const sites = [
      siteRow(MAIN_SITE, provinceId, "main", "vi", {}),
      siteRow(ENGLISH_SITE, provinceId, "english", "en", { contactEmail: ENGLISH_CONTACT_EMAIL }),
      ...units.flatMap((u) =>
        u.site ? [siteRow(u.site, demoUnitId(u.short_code), "component", "vi", {})] : [],
      ),
    ].map((row) => ({
      ...row,
      name_vi: row.name_vi.normalize("NFC"),
      name_en: row.name_en.normalize("NFC"),
      intro_vi: row.intro_vi?.normalize("NFC") ?? null,
      intro_en: row.intro_en?.normalize("NFC") ?? null,
      menu: row.menu.normalize("NFC"),
    }));
    await tx.insertInto("sites").values(sites).execute();
  });
}
