import { type Lang, t } from "../../../../platform/i18n/index.js";
import { NumberedPager } from "../../../../platform/ui/components/pager.js";
import type { LegalStatus } from "../domain/status.js";

export function StatusTag({ status, lang }: { status: LegalStatus; lang: Lang }) {
  const cls = status === "in_force" ? "ok" : status === "expired" ? "off" : "pending";
  return <span class={`tag legal-status ${cls}`}>{t(lang, `legal.status.${status}`)}</span>;
}

/** A form group with label, hint and error, for inputs the shared form components do not cover (file, radios). */
export {
  describedByIds as describedBy,
  FormGroup as Group,
} from "../../../../platform/ui/components/forms.js";

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
  return (
    <NumberedPager
      page={page}
      pages={pages}
      hrefFor={hrefFor}
      labels={{
        nav: t(lang, "legal.public.pagination"),
        prev: t(lang, "legal.public.prev"),
        next: t(lang, "legal.public.next"),
      }}
      status={t(lang, "legal.public.pageOf", { page, pages })}
    />
  );
}
