import type { MenuItem } from "../tables.js";

/** "Huyện Ba Tơ" → "huyện Ba Tơ": administrative-level words are lower case inside a sentence or a title. */
export function nameInSentence(unitName: string): string {
  return /^(Huyện|Thành phố|Thị xã|Phường|Xã|Thị trấn) /u.test(unitName)
    ? unitName.charAt(0).toLocaleLowerCase("vi") + unitName.slice(1)
    : unitName;
}

/** The usual names of a unit's component site: "Trang thông tin điện tử Sở Xây dựng" / "… website". */
export function componentSiteNames(
  unitNameVi: string,
  unitNameEn: string,
): { name_vi: string; name_en: string } {
  return {
    name_vi: `Trang thông tin điện tử ${nameInSentence(unitNameVi)}`,
    name_en: `${unitNameEn} website`,
  };
}

/** The menu a new component site starts with: the sections of its home page. */
export function defaultComponentMenu(slug: string): MenuItem[] {
  return [
    { label: "Giới thiệu", href: `/${slug}#gioi-thieu` },
    { label: "Lãnh đạo", href: `/${slug}#lanh-dao` },
    { label: "Liên hệ", href: `/${slug}#lien-he` },
  ];
}
