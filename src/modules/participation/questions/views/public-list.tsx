import { formatDate, type Lang } from "../../../../platform/i18n/index.js";
import { Breadcrumbs } from "../../../../platform/ui/components/breadcrumbs.js";
import { SelectField, TextField } from "../../../../platform/ui/components/forms.js";
import { NumberedPager } from "../../../../platform/ui/components/pager.js";
import { PublicLayout, type PublicShell } from "../../../../platform/ui/public-layout.js";
import { publicAuthorName } from "../../abuse/index.js";
import { PARTICIPATION_PATHS } from "../../paths.js";
import type { QuestionKind } from "../../tables.js";
import type { Choice, PublicQuestionRow } from "../public-store.js";
import { kindTitle, pagerProps, tq } from "./public-text.js";

/** Query parameters of every Q&A list (the same names on the portal and on a unit's site). */
export interface ListQuery {
  q: string;
  topic: string;
  unit: string;
}

export function listHref(base: string, query: ListQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.topic) params.set("chu-de", query.topic);
  if (query.unit) params.set("don-vi", query.unit);
  if (page > 1) params.set("trang", String(page));
  const qs = params.toString();
  return qs ? `${base}?${qs}` : base;
}

const ASK_PATH: Record<QuestionKind, string> = {
  citizen: PARTICIPATION_PATHS.ask,
  business: PARTICIPATION_PATHS.askBusiness,
  feedback: PARTICIPATION_PATHS.askFeedback,
};

export function askPathOf(kind: QuestionKind): string {
  return ASK_PATH[kind];
}

/** Who asked, as the public may see it: the business's name for a business, else the name only with consent. */
export function publicAsker(
  r: { kind: QuestionKind; asker_name: string; business_name: string | null; show_name: boolean },
  lang: Lang,
): string {
  if (r.kind === "business" && r.business_name && r.show_name) return r.business_name;
  return publicAuthorName(r.asker_name, r.show_name, lang);
}

export function QuestionListPage(props: {
  shell: PublicShell;
  /** null: a unit's site (every kind it answered). */
  kind: QuestionKind | null;
  title: string;
  intro: string;
  base: string;
  query: ListQuery;
  topics: (Choice & { slug: string })[];
  units: Choice[];
  rows: PublicQuestionRow[];
  total: number;
  page: number;
  pages: number;
}) {
  const { shell, kind, query } = props;
  const lang = shell.lang;
  const filtered = query.q !== "" || query.topic !== "" || query.unit !== "";
  return (
    <PublicLayout shell={shell} title={props.title} description={props.intro}>
      <Breadcrumbs
        label={tq(lang, "breadcrumb")}
        home={{ href: shell.siteHref, label: tq(lang, "home") }}
        items={[{ label: props.title }]}
      />
      <h1>{props.title}</h1>
      <p>{props.intro}</p>
      {kind ? (
        <p>
          <a class="button" href={askPathOf(kind)}>
            {tq(lang, `ask.${kind}`)}
          </a>
        </p>
      ) : null}
      <form method="get" action={props.base} class="filters" aria-label={tq(lang, "filters")}>
        <TextField
          name="q"
          type="search"
          label={tq(lang, "search")}
          hint={tq(lang, "searchHint")}
          value={query.q}
          maxLength={200}
        />
        <SelectField
          name="chu-de"
          label={tq(lang, "topic")}
          value={query.topic}
          emptyLabel={tq(lang, "allTopics")}
          options={props.topics.map((c) => ({ value: c.slug, label: c.name }))}
        />
        <SelectField
          name="don-vi"
          label={tq(lang, "unit")}
          value={query.unit}
          emptyLabel={tq(lang, "allUnits")}
          options={props.units.map((c) => ({ value: c.id, label: c.name }))}
        />
        <div class="form-group">
          <button type="submit" class="button">
            {tq(lang, "submitSearch")}
          </button>
        </div>
      </form>
      <p role="status">{tq(lang, filtered ? "countSearch" : "count", { count: props.total })}</p>
      {props.rows.length === 0 ? (
        <p>{tq(lang, "empty")}</p>
      ) : (
        <ul class="question-list">
          {props.rows.map((r) => (
            <li key={r.code}>
              <h2>
                <a href={PARTICIPATION_PATHS.question(r.code)}>{r.title}</a>
              </h2>
              <QuestionFacts row={r} lang={lang} />
            </li>
          ))}
        </ul>
      )}
      <NumberedPager
        {...pagerProps(lang, props.page, props.pages)}
        hrefFor={(p) => listHref(props.base, query, p)}
      />
    </PublicLayout>
  );
}

/** Code, topic, unit, dates and asker of a published question. */
export function QuestionFacts({ row, lang }: { row: PublicQuestionRow; lang: Lang }) {
  const topic = lang === "en" ? (row.topic_en ?? row.topic_vi) : row.topic_vi;
  return (
    <dl class="doc-summary">
      <dt>{tq(lang, "code")}</dt>
      <dd>{row.code}</dd>
      {topic ? (
        <>
          <dt>{tq(lang, "topic")}</dt>
          <dd>{topic}</dd>
        </>
      ) : null}
      <dt>{tq(lang, "unit")}</dt>
      <dd>{row.unit_name ?? ""}</dd>
      <dt>{tq(lang, "asker")}</dt>
      <dd>{publicAsker(row, lang)}</dd>
      <dt>{tq(lang, "askedOn")}</dt>
      <dd>{formatDate(row.created_at)}</dd>
      <dt>{tq(lang, "answeredOn")}</dt>
      <dd>{formatDate(row.published_at)}</dd>
    </dl>
  );
}

export function sectionOf(kind: QuestionKind): { href: string; title: (lang: Lang) => string } {
  const href =
    kind === "citizen"
      ? PARTICIPATION_PATHS.questions
      : kind === "business"
        ? PARTICIPATION_PATHS.businessQuestions
        : PARTICIPATION_PATHS.feedback;
  return { href, title: (lang) => kindTitle(kind, lang) };
}
