import type { Criterion } from "../domain/criteria.js";

export const COMPLIANCE_PATH = "/admin/tuan-thu";
export const PROVINCE_PATH = "/admin/tuan-thu/tinh";
export const CRITERIA_PATH = "/admin/tuan-thu/tieu-chi";
export const MAPPING_PATH = "/admin/tuan-thu/gan";

export const siteScoreHref = (siteId: string) => `${COMPLIANCE_PATH}?site=${siteId}`;
export const mappingHref = (siteId: string, key?: string) =>
  `${MAPPING_PATH}?site=${siteId}${key ? `#muc-${key}` : ""}`;
export const criterionHref = (key: string) => `${CRITERIA_PATH}/${encodeURIComponent(key)}`;

// Pages of the portal's admin that the checker sends people to.
export const categoryAdminHref = (siteId: string, categoryId: string) =>
  `/admin/trang/${siteId}/chuyen-muc/${categoryId}`;
export const contentAdminHref = (contentId: string) => `/admin/noi-dung/${contentId}`;
export const newContentHref = (siteId: string) => `/admin/noi-dung/moi?site=${siteId}`;
export const newLegalDocumentHref = () => "/admin/van-ban/moi";

/** The category form, prefilled with the item's short name and key as the slug. */
export function newCategoryHref(siteId: string, criterion: Pick<Criterion, "key" | "name">): string {
  const name = (criterion.name.split(/[:;]/)[0] ?? criterion.name).trim();
  const params = new URLSearchParams({ name, slug: criterion.key });
  return `/admin/trang/${siteId}/chuyen-muc/moi?${params.toString()}`;
}
