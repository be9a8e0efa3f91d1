import type { Lang } from "../../../platform/i18n/index.js";
import { t } from "../../../platform/i18n/index.js";
import { siteAccentCss } from "../shell.js";
import type { Site, Unit } from "../tables.js";

/** The site's accent colour, when it has chosen one from the palette (values come from a fixed list, not input). */
export function AccentStyle({ site }: { site: Pick<Site, "theme"> }) {
  const css = siteAccentCss(site);
  // The CSS holds only colour codes from the palette, so the renderer's text escaping leaves it intact.
  return css ? <style>{css}</style> : null;
}

export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

/** A unit's contacts as a description list. */
export function ContactList({
  lang,
  unit,
  extraEmail,
}: {
  lang: Lang;
  unit: Unit;
  extraEmail?: string | null;
}) {
  return (
    <dl class="contact-list">
      {unit.address ? (
        <>
          <dt>{t(lang, "orgs.contact.address")}</dt>
          <dd>{unit.address}</dd>
        </>
      ) : null}
      {unit.phone ? (
        <>
          <dt>{t(lang, "orgs.contact.phone")}</dt>
          <dd>
            <a href={telHref(unit.phone)}>{unit.phone}</a>
          </dd>
        </>
      ) : null}
      {unit.email || extraEmail ? (
        <>
          <dt>{t(lang, "orgs.contact.email")}</dt>
          <dd>
            {[extraEmail, unit.email]
              .filter((e): e is string => Boolean(e))
              .map((e, i) => (
                <span key={e}>
                  {i > 0 ? ", " : ""}
                  <a href={`mailto:${e}`}>{e}</a>
                </span>
              ))}
          </dd>
        </>
      ) : null}
      {unit.website ? (
        <>
          <dt>{t(lang, "orgs.contact.website")}</dt>
          <dd>
            <a href={unit.website}>{unit.website}</a>
          </dd>
        </>
      ) : null}
      {unit.identifier_code ? (
        <>
          <dt>{t(lang, "orgs.contact.identifier")}</dt>
          <dd>{unit.identifier_code}</dd>
        </>
      ) : null}
    </dl>
  );
}
