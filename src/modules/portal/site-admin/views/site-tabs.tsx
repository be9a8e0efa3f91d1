import { t } from "../../../../platform/i18n/index.js";
import { homeHref } from "../../public/domain/paths.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

/** The site an admin page is about. */
export interface AdminSite {
  id: string;
  slug: string;
  name: string;
  lang: "vi" | "en";
}

export const categoriesPath = (siteId: string) => `/admin/trang/${siteId}/chuyen-muc`;
export const homePath = (siteId: string) => `/admin/trang/${siteId}/trang-chu`;
/** The sites admin's page of a site, where its menu and theme are edited (orgs module). */
export const menuPath = (siteId: string) => `/admin/trang/${siteId}`;

export function StatusTag({ active }: { active: boolean }) {
  return (
    <span class={`tag ${active ? "ok" : "off"}`}>
      {active ? tv("portal.sa.active") : tv("portal.sa.inactive")}
    </span>
  );
}

/** Links between a site's structure pages: categories, home page, menu (sites admin), the public site. */
export function SiteTabs({ site, current }: { site: AdminSite; current: "categories" | "home" }) {
  const tabs = [
    { key: "categories", href: categoriesPath(site.id), label: tv("portal.sa.tab.categories") },
    { key: "home", href: homePath(site.id), label: tv("portal.sa.tab.home") },
    { key: "menu", href: menuPath(site.id), label: tv("portal.sa.tab.menu") },
    { key: "view", href: homeHref(site), label: tv("portal.sa.tab.view") },
  ];
  return (
    <nav class="site-tabs" aria-label={tv("portal.sa.tabs")}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.key}>
            <a href={tab.href} aria-current={tab.key === current ? "page" : undefined}>
              {tab.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
