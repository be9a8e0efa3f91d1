import type { ComponentChildren } from "preact";
import { t } from "../../../platform/i18n/index.js";
import { PublicLayout, type PublicShell } from "../../../platform/ui/public-layout.js";
import { HOME_GROUPS, type HomeGroup } from "../domain/site-groups.js";
import type { Site, Unit } from "../tables.js";
import { AccentStyle, ContactList } from "./public-parts.js";

export interface HomeListedSite {
  slug: string;
  name: string;
}

/** The main portal's home: the province, every component site by group, online services and contacts. */
export function MainHomePage({
  shell,
  site,
  unit,
  groups,
  sections,
}: {
  shell: PublicShell;
  site: Site;
  unit: Unit;
  groups: Record<HomeGroup, HomeListedSite[]>;
  /** News, announcements … contributed by content modules (platform/ui/home-contributions.ts). */
  sections?: ComponentChildren;
}) {
  const vi = "vi" as const;
  return (
    <PublicLayout
      shell={shell}
      title={site.name_vi}
      description={site.intro_vi ?? undefined}
      head={<AccentStyle site={site} />}
    >
      <h1>{site.name_vi}</h1>
      <p class="lead">{unit.name_vi}</p>
      {sections}

      <section aria-labelledby="gioi-thieu">
        <h2 id="gioi-thieu">{t(vi, "orgs.home.intro")}</h2>
        {site.intro_vi ? <p>{site.intro_vi}</p> : null}
      </section>

      <section aria-labelledby="trang-thanh-phan">
        <h2 id="trang-thanh-phan">{t(vi, "orgs.home.sites")}</h2>
        {HOME_GROUPS.map((group) => (
          <div key={group} class="site-group">
            <h3 id={`nhom-${group}`}>{t(vi, `orgs.home.group.${group}`)}</h3>
            {groups[group].length === 0 ? (
              <p class="muted">{t(vi, "orgs.home.groupEmpty")}</p>
            ) : (
              <ul class="site-list" aria-labelledby={`nhom-${group}`}>
                {groups[group].map((s) => (
                  <li key={s.slug}>
                    <a href={`/${s.slug}`}>{s.name}</a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </section>

      <section aria-labelledby="dich-vu-cong-truc-tuyen">
        <h2 id="dich-vu-cong-truc-tuyen">{t(vi, "orgs.home.services")}</h2>
        <p>{t(vi, "orgs.home.servicesText")}</p>
        <p>{t(vi, "orgs.home.servicesHelp")}</p>
      </section>

      <section aria-labelledby="lien-he">
        <h2 id="lien-he">{t(vi, "orgs.home.contact")}</h2>
        <p>{t(vi, "orgs.home.contactText", { unit: unit.name_vi })}</p>
        <ContactList lang="vi" unit={unit} />
        <p>
          <a href="/en" hreflang="en">
            {t(vi, "orgs.home.englishLink")}
          </a>
        </p>
      </section>
    </PublicLayout>
  );
}
