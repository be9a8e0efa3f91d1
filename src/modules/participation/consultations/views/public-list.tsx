import { formatDate, type Lang, t } from "../../../../platform/i18n/index.js";
import { Breadcrumbs } from "../../../../platform/ui/components/breadcrumbs.js";
import { NumberedPager } from "../../../../platform/ui/components/pager.js";
import { PublicLayout, type PublicShell } from "../../../../platform/ui/public-layout.js";
import { PARTICIPATION_PATHS } from "../../paths.js";
import { daysLeft, type EffectiveStatus, effectiveStatus } from "../domain/period.js";
import type { PublicConsultation } from "../public-store.js";

const tr = (lang: Lang, key: string, params?: Record<string, string | number>) =>
  t(lang, `consultPublic.${key}`, params);

export function periodText(lang: Lang, c: Pick<PublicConsultation, "opens_on" | "closes_on">): string {
  return tr(lang, "period", { from: formatDate(c.opens_on), to: formatDate(c.closes_on) });
}

/** "Còn 12 ngày", or that today is the last day. */
export function daysLeftText(
  lang: Lang,
  c: Pick<PublicConsultation, "status" | "opens_on" | "closes_on">,
  today: string,
) {
  const left = daysLeft(c, today);
  return left <= 1 ? tr(lang, "lastDay") : tr(lang, "daysLeft", { days: left });
}

/** What a reader most needs next to a draft: days left while open, the opening day before, the outcome after. */
function stateText(lang: Lang, c: PublicConsultation, state: EffectiveStatus, today: string) {
  if (state === "open") return daysLeftText(lang, c, today);
  if (state === "upcoming") return tr(lang, "opensOn", { date: formatDate(c.opens_on) });
  if (state === "concluded") return <span class="tag ok">{tr(lang, "synthesisMark")}</span>;
  return tr(lang, `state.${state}`);
}

function Section({
  lang,
  title,
  id,
  empty,
  rows,
  today,
}: {
  lang: Lang;
  title: string;
  id: string;
  empty: string;
  rows: { c: PublicConsultation; state: EffectiveStatus }[];
  today: string;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {rows.length === 0 ? (
        <p class="muted">{empty}</p>
      ) : (
        <table class="data">
          <thead>
            <tr>
              <th scope="col">{tr(lang, "col.title")}</th>
              <th scope="col">{tr(lang, "col.unit")}</th>
              <th scope="col">{tr(lang, "col.period")}</th>
              <th scope="col">{tr(lang, "col.state")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ c, state }) => (
              <tr key={c.id}>
                <td>
                  <a href={PARTICIPATION_PATHS.consultation(c.slug)}>{c.title}</a>
                  <br />
                  <span class="muted">{c.doc_type}</span>
                </td>
                <td>{c.unit_name}</td>
                <td>{periodText(lang, c)}</td>
                <td>{stateText(lang, c, state, today)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function ConsultationListPage({
  shell,
  current,
  past,
  page,
  pages,
  hrefFor,
  today,
}: {
  shell: PublicShell;
  /** Open and upcoming drafts, closing soonest first (the reader's deadline matters most). */
  current: PublicConsultation[];
  /** One page of closed and concluded ones, latest first. */
  past: PublicConsultation[];
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  today: string;
}) {
  const lang = shell.lang;
  const withState = (list: PublicConsultation[]) =>
    list.map((c) => ({ c, state: effectiveStatus(c, today) }));
  const rows = withState(current);
  const open = rows.filter((r) => r.state === "open");
  const upcoming = rows
    .filter((r) => r.state === "upcoming")
    .sort((a, b) => a.c.opens_on.localeCompare(b.c.opens_on));
  return (
    <PublicLayout shell={shell} title={tr(lang, "title")}>
      <Breadcrumbs
        label={tr(lang, "breadcrumbs")}
        home={{ href: shell.siteHref, label: tr(lang, "home") }}
        items={[{ label: tr(lang, "title") }]}
      />
      <h1>{tr(lang, "title")}</h1>
      <p class="lead">{tr(lang, "intro")}</p>
      <Section
        lang={lang}
        id="dang-lay-y-kien"
        title={tr(lang, "open")}
        empty={tr(lang, "noneOpen")}
        rows={open}
        today={today}
      />
      <Section
        lang={lang}
        id="sap-lay-y-kien"
        title={tr(lang, "upcoming")}
        empty={tr(lang, "noneUpcoming")}
        rows={upcoming}
        today={today}
      />
      <Section
        lang={lang}
        id="da-ket-thuc"
        title={tr(lang, "past")}
        empty={tr(lang, "nonePast")}
        rows={withState(past)}
        today={today}
      />
      <NumberedPager
        page={page}
        pages={pages}
        hrefFor={hrefFor}
        labels={{ nav: tr(lang, "pages"), prev: tr(lang, "prev"), next: tr(lang, "next") }}
        status={tr(lang, "pageOf", { page, pages })}
      />
    </PublicLayout>
  );
}
