import type { ComponentChildren } from "preact";
import { t } from "../../../platform/i18n/index.js";
import { PublicLayout, type PublicShell } from "../../../platform/ui/public-layout.js";
import type { Site, Unit } from "../tables.js";
import { AccentStyle, ContactList } from "./public-parts.js";

const en = "en" as const;

export interface EnglishListedUnit {
  slug: string;
  name: string;
}

function Mailbox({ email }: { email: string }) {
  return <a href={`mailto:${email}`}>{email}</a>;
}

/** The English site's home: the province in English, investment, the services guide, departments, the mailbox. */
export function EnglishHomePage({
  shell,
  site,
  unit,
  departments,
  contactEmail,
  sections,
}: {
  shell: PublicShell;
  site: Site;
  unit: Unit;
  departments: EnglishListedUnit[];
  contactEmail: string | null;
  sections?: ComponentChildren;
}) {
  return (
    <PublicLayout
      shell={shell}
      title={site.name_en}
      description={site.intro_en ?? undefined}
      head={<AccentStyle site={site} />}
    >
      <h1>{t(en, "orgs.en.homeTitle")}</h1>
      {sections}
      <section aria-labelledby="about">
        <h2 id="about">{t(en, "orgs.en.about")}</h2>
        {site.intro_en ? <p>{site.intro_en}</p> : null}
      </section>
      <section aria-labelledby="investment">
        <h2 id="investment">{t(en, "orgs.en.investment")}</h2>
        <p>{t(en, "orgs.en.investmentText")}</p>
        <p>
          <a href="/en/investment">{t(en, "orgs.en.investmentLink")}</a>
        </p>
      </section>
      <section aria-labelledby="online-services">
        <h2 id="online-services">{t(en, "orgs.en.services")}</h2>
        <p>{t(en, "orgs.en.servicesText")}</p>
        <p>
          <a href="/en/online-services-guide">{t(en, "orgs.en.servicesLink")}</a>
        </p>
      </section>
      <section aria-labelledby="departments">
        <h2 id="departments">{t(en, "orgs.en.departments")}</h2>
        <p>{t(en, "orgs.en.departmentsText")}</p>
        <ul class="site-list">
          {departments.map((d) => (
            <li key={d.slug}>
              <a href={`/${d.slug}`} hreflang="vi">
                {d.name}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="contact">
        <h2 id="contact">{t(en, "orgs.en.contact")}</h2>
        {contactEmail ? (
          <p>
            {t(en, "orgs.en.contactText")} <Mailbox email={contactEmail} />
          </p>
        ) : null}
        <ContactList lang="en" unit={unit} />
      </section>
    </PublicLayout>
  );
}
