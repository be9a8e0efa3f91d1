import type { ComponentChildren } from "preact";
import { type Lang, t } from "../../../platform/i18n/index.js";
import { CsrfField } from "../../../platform/ui/components/forms.js";
import { PublicLayout, type PublicShell } from "../../../platform/ui/public-layout.js";
import { CITIZEN_PATHS } from "../../services/paths.js";
import type { CitizenPrincipal } from "../principal.js";

/**
 * The frame of the account pages: the main portal's public layout (never personalised itself, since other public
 * pages are cached), with the signed-in citizen's own menu inside the page body. These pages are never cached.
 */
export function CitizenLayout({
  shell,
  title,
  citizen,
  csrf,
  children,
}: {
  shell: PublicShell;
  title: string;
  citizen: CitizenPrincipal | null;
  csrf: string;
  children: ComponentChildren;
}) {
  const lang = shell.lang;
  return (
    <PublicLayout shell={shell} title={title}>
      {citizen ? <AccountNav lang={lang} citizen={citizen} csrf={csrf} current={shell.currentPath} /> : null}
      {children}
    </PublicLayout>
  );
}

function AccountNav({
  lang,
  citizen,
  csrf,
  current,
}: {
  lang: Lang;
  citizen: CitizenPrincipal;
  csrf: string;
  current: string;
}) {
  const links = [
    { href: CITIZEN_PATHS.myDossiers, label: t(lang, "citizens.nav.dossiers") },
    // The label lives in the store's catalogue (services-documents), registered when the services module loads.
    { href: CITIZEN_PATHS.documentStore, label: t(lang, "servicesDocuments.nav") },
    { href: CITIZEN_PATHS.myQuestions, label: t(lang, "citizens.nav.questions") },
    { href: CITIZEN_PATHS.profile, label: t(lang, "citizens.nav.profile") },
  ];
  return (
    <nav class="site-tabs citizen-nav" aria-label={t(lang, "citizens.nav.label")}>
      <p class="muted">{t(lang, "citizens.signedInAs", { name: citizen.fullName || "—" })}</p>
      <ul>
        {links.map((l) => (
          <li key={l.href}>
            <a href={l.href} aria-current={current === l.href ? "page" : undefined}>
              {l.label}
            </a>
          </li>
        ))}
        <li>
          <form method="post" action={CITIZEN_PATHS.signOut} class="inline-form">
            <CsrfField token={csrf} />
            <button type="submit" class="button secondary small">
              {t(lang, "citizens.nav.signOut")}
            </button>
          </form>
        </li>
      </ul>
    </nav>
  );
}
