import {
  demoUnits,
  ENGLISH_SITE,
  leadersFor,
  MAIN_SITE,
  PROVINCE_CODE,
  unitPhone,
} from "../../orgs/seed/demo-data.js";
import { demoSiteId, demoUnitId } from "../../orgs/seed/demo-province.js";
import { type SeedSite, sortSeedSites } from "./seed-sites.js";

/**
 * The demo province's sites as loadSeedSites would read them from a seeded database, built from the same plain data
 * without one: unit tests of the planners run on exactly the sites the real seed sees.
 */
export function demoSeedSites(): SeedSite[] {
  const units = demoUnits();
  const unitOf = (i: number): SeedSite["unit"] => {
    const u = units[i];
    if (!u) throw new Error(`no unit ${i}`);
    return {
      id: demoUnitId(u.short_code),
      kind: u.kind,
      nameVi: u.name_vi,
      nameEn: u.name_en,
      shortCode: u.short_code,
      address: u.address,
      phone: unitPhone(i),
      email: `${u.short_code.toLowerCase()}@quangngai.gov.vn`,
      leaders: leadersFor(u, i),
    };
  };
  const provinceIndex = units.findIndex((u) => u.short_code === PROVINCE_CODE);
  const sites: SeedSite[] = [
    {
      id: demoSiteId(""),
      slug: "",
      kind: "main",
      lang: "vi",
      nameVi: MAIN_SITE.name_vi,
      introVi: MAIN_SITE.intro_vi,
      introEn: MAIN_SITE.intro_en ?? null,
      unit: unitOf(provinceIndex),
    },
    {
      id: demoSiteId("en"),
      slug: "en",
      kind: "english",
      lang: "en",
      nameVi: ENGLISH_SITE.name_vi,
      introVi: ENGLISH_SITE.intro_vi,
      introEn: ENGLISH_SITE.intro_en ?? null,
      unit: unitOf(provinceIndex),
    },
  ];
  units.forEach((u, i) => {
    if (!u.site) return;
    sites.push({
      id: demoSiteId(u.site.slug),
      slug: u.site.slug,
      kind: "component",
      lang: "vi",
      nameVi: u.site.name_vi,
      introVi: u.site.intro_vi,
      introEn: null,
      unit: unitOf(i),
    });
  });
  return sortSeedSites(sites);
}
