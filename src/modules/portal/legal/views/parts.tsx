import type { ComponentChildren } from "preact";
import { type Lang, t } from "../../../../platform/i18n/index.js";
import type { LegalStatus } from "../domain/status.js";

export function StatusTag({ status, lang }: { status: LegalStatus; lang: Lang }) {
  const cls = status === "in_force" ? "ok" : status === "expired" ? "off" : "pending";
  return <span class={`tag legal-status ${cls}`}>{t(lang, `legal.status.${status}`)}</span>;
}

/** A form group with label, hint and error, for inputs the shared form components do not cover (file, radios). */
export function Group({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: ComponentChildren;
}) {
  return (
    <div class={`form-group${error ? " has-error" : ""}`}>
      <label for={id}>{label}</label>
      {hint ? (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span class="field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
      {children}
    </div>
  );
}

export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return ids || undefined;
}

export interface PageLink {
  href: string;
  label: string;
}

/** Previous/next links and "page n of m"; plain links, so paging works without JavaScript. */
export function Pagination({
  lang,
  page,
  pages,
  hrefFor,
}: {
  lang: Lang;
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={t(lang, "legal.public.pagination")}>
      <ul class="pagination">
        {page > 1 ? (
          <li>
            <a href={hrefFor(page - 1)} rel="prev">
              {t(lang, "legal.public.prev")}
            </a>
          </li>
        ) : null}
        <li aria-current="page">{t(lang, "legal.public.pageOf", { page, pages })}</li>
        {page < pages ? (
          <li>
            <a href={hrefFor(page + 1)} rel="next">
              {t(lang, "legal.public.next")}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
