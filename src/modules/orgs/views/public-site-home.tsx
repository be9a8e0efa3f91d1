import type { ComponentChildren } from "preact";
import { t } from "../../../platform/i18n/index.js";
import { PublicLayout, type PublicShell } from "../../../platform/ui/public-layout.js";
import type { Site, Unit } from "../tables.js";
import { AccentStyle, ContactList, telHref } from "./public-parts.js";

/** A component site's home: the unit, its news and other contributed sections, introduction, leaders, contacts. */
export function ComponentHomePage({
  shell,
  site,
  unit,
  sections,
}: {
  shell: PublicShell;
  site: Site;
  unit: Unit;
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
      <h1>{unit.name_vi}</h1>
      {sections}
      <section aria-labelledby="gioi-thieu">
        <h2 id="gioi-thieu">{t(vi, "orgs.siteHome.intro")}</h2>
        <p class="lead">{site.intro_vi ?? site.name_vi}</p>
      </section>
      <section aria-labelledby="lanh-dao">
        <h2 id="lanh-dao">{t(vi, "orgs.siteHome.leaders")}</h2>
        {unit.leaders.length === 0 ? (
          <p>{t(vi, "orgs.siteHome.noLeaders")}</p>
        ) : (
          <ul class="leader-list">
            {unit.leaders.map((l) => (
              <li key={`${l.name}-${l.position}`}>
                <strong>{l.name}</strong> – {l.position}
                {l.phone ? (
                  <>
                    {" · "}
                    <a href={telHref(l.phone)}>{l.phone}</a>
                  </>
                ) : null}
                {l.email ? (
                  <>
                    {" · "}
                    <a href={`mailto:${l.email}`}>{l.email}</a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="lien-he">
        <h2 id="lien-he">{t(vi, "orgs.siteHome.contact")}</h2>
        <ContactList lang="vi" unit={unit} />
      </section>
    </PublicLayout>
  );
}
