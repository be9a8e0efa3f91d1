import type { ComponentChildren } from "preact";
import { type Lang, t } from "../i18n/index.js";
import { type DisplayPrefs, htmlClass } from "./prefs.js";

/** Citizen accounts live in modules/citizens; the platform layout only links to their sign-in page. */
const CITIZEN_SIGN_IN = "/tai-khoan/dang-nhap";

export interface ShellContact {
  unitName: string;
  address?: string | null | undefined;
  phone?: string | null | undefined;
  email?: string | null | undefined;
  extraEmail?: string | null | undefined;
}

/** What every public page's frame needs to know; built by the orgs module from the current site. */
export interface PublicShell {
  lang: Lang;
  siteName: string;
  siteHref: string;
  /** Owner line above the site name ("UBND tỉnh Quảng Ngãi"). */
  orgLine: string;
  menu: { label: string; href: string }[];
  contact: ShellContact;
  /** The matching page in the other language, or that language's home. */
  altLangHref: string;
  prefs: DisplayPrefs;
  currentPath: string;
}

function Emblem() {
  // The national emblem is not ours to redraw; a neutral star mark stands for the province.
  return (
    <svg class="emblem" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="30" fill="#a3120f" stroke="#f5c400" stroke-width="3" />
      <polygon
        points="32,12 37.9,26.1 53,26.9 41.3,36.4 45.2,51.1 32,42.8 18.8,51.1 22.7,36.4 11,26.9 26.1,26.1"
        fill="#f5c400"
      />
    </svg>
  );
}

function prefsHref(path: string, change: Record<string, string>) {
  const q = new URLSearchParams({ ...change, next: path });
  return `/hien-thi?${q.toString()}`;
}

export function PublicLayout({
  shell,
  title,
  description,
  head,
  children,
}: {
  shell: PublicShell;
  title: string;
  description?: string;
  head?: ComponentChildren;
  children: ComponentChildren;
}) {
  const { lang, prefs, currentPath } = shell;
  const fullTitle = title === shell.siteName ? title : `${title} – ${shell.siteName}`;
  const sizes: { key: DisplayPrefs["fontSize"]; label: string; text: string }[] = [
    { key: "normal", label: t(lang, "shell.fontNormal"), text: "A" },
    { key: "large", label: t(lang, "shell.fontLarge"), text: "A+" },
    { key: "larger", label: t(lang, "shell.fontLarger"), text: "A++" },
  ];
  return (
    <html lang={lang} class={htmlClass(prefs) || undefined}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        {description ? <meta name="description" content={description} /> : null}
        <link rel="stylesheet" href="/static/app.css" />
        {head}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t(lang, "shell.skip")}
        </a>
        <div class="topbar">
          <div class="container">
            <ul class="tools" aria-label={t(lang, "shell.fontSize")}>
              {sizes.map((s) => (
                <li key={s.key}>
                  {/* The visible "A+" must be part of the accessible name (WCAG 2.5.3), so no aria-label. */}
                  <a
                    href={prefsHref(currentPath, { co_chu: s.key })}
                    aria-current={prefs.fontSize === s.key ? "true" : undefined}
                    rel="nofollow"
                  >
                    {s.text}
                    <span class="visually-hidden"> {s.label}</span>
                  </a>
                </li>
              ))}
              <li>
                <a href={prefsHref(currentPath, { tuong_phan: prefs.contrast ? "0" : "1" })} rel="nofollow">
                  {prefs.contrast ? t(lang, "shell.contrastOff") : t(lang, "shell.contrast")}
                </a>
              </li>
            </ul>
            <a
              href={shell.altLangHref}
              lang={lang === "vi" ? "en" : "vi"}
              hreflang={lang === "vi" ? "en" : "vi"}
            >
              {lang === "vi" ? t(lang, "shell.switchToEnglish") : t(lang, "shell.switchToVietnamese")}
            </a>
          </div>
        </div>
        <header class="masthead">
          <div class="container">
            <Emblem />
            <div>
              <p class="org">{shell.orgLine}</p>
              <p class="site-name">
                <a href={shell.siteHref}>{shell.siteName}</a>
              </p>
            </div>
          </div>
        </header>
        <nav class="site-nav" aria-label={t(lang, "shell.mainMenu")}>
          <div class="container">
            <ul>
              <li>
                <a href={shell.siteHref} aria-current={currentPath === shell.siteHref ? "page" : undefined}>
                  {t(lang, "shell.home")}
                </a>
              </li>
              {shell.menu.map((item) => (
                <li key={item.href}>
                  <a href={item.href} aria-current={currentPath === item.href ? "page" : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </nav>
        <main id="main" tabindex={-1}>
          <div class="container">{children}</div>
        </main>
        <footer class="site-footer">
          <div class="container">
            <h2>{shell.contact.unitName}</h2>
            <address>
              {shell.contact.address ? (
                <div>
                  {t(lang, "shell.address")}: {shell.contact.address}
                </div>
              ) : null}
              {shell.contact.phone ? (
                <div>
                  {t(lang, "shell.phone")}:{" "}
                  <a href={`tel:${shell.contact.phone.replace(/[^\d+]/g, "")}`}>{shell.contact.phone}</a>
                </div>
              ) : null}
              {shell.contact.email ? (
                <div>
                  {t(lang, "shell.email")}:{" "}
                  <a href={`mailto:${shell.contact.email}`}>{shell.contact.email}</a>
                  {shell.contact.extraEmail ? (
                    <>
                      {", "}
                      <a href={`mailto:${shell.contact.extraEmail}`}>{shell.contact.extraEmail}</a>
                    </>
                  ) : null}
                </div>
              ) : null}
            </address>
            <p>
              {t(lang, "shell.copyright", { unit: shell.orgLine })} ·{" "}
              <a href={CITIZEN_SIGN_IN}>{t(lang, "shell.citizenAccount")}</a> ·{" "}
              <a href="/admin">{t(lang, "shell.staffSignIn")}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
