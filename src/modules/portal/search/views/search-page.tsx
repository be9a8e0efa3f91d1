import { formatDate, type Lang, t } from "../../../../platform/i18n/index.js";
import {
  ErrorSummary,
  type Errors,
  SelectField,
  TextField,
} from "../../../../platform/ui/components/forms.js";
import { Pager } from "../../../../platform/ui/components/pager.js";
import { PublicLayout, type PublicShell } from "../../../../platform/ui/public-layout.js";
import { PAGE_SIZE, RESULT_TYPES, type ResultType } from "../domain/filters.js";
import { excerptHtml, highlightHtml, type Needle } from "../domain/highlight.js";
import { contentHref, legalHref, type SiteRef } from "../domain/result-url.js";
import type { SearchHit } from "../store.js";

/** One result as the page shows it: HTML fields come from highlightHtml/snippetHtml, which escape everything. */
export interface ShownHit {
  key: string;
  href: string;
  titleHtml: string;
  snippetHtml: string | null;
  typeLabel: string;
  siteName: string | null;
  categoryName: string | null;
  dateLabel: string | null;
}

export type SearchState =
  | { kind: "empty" }
  | { kind: "invalid" }
  | { kind: "noWords"; q: string }
  | { kind: "noResults"; q: string }
  | { kind: "pastEnd"; firstHref: string }
  | {
      kind: "results";
      q: string;
      total: number;
      /** More matches than were ranked (MAX_RESULTS). */
      capped: boolean;
      page: number;
      pages: number;
      hits: ShownHit[];
      prevHref: string | null;
      nextHref: string | null;
    };

export interface SearchPageProps {
  shell: PublicShell;
  action: string;
  /** The form as typed, shown back. */
  input: Record<string, string>;
  errors?: Errors | undefined;
  sites: { value: string; label: string }[] | null;
  categories: { value: string; label: string }[] | null;
  /** Shown instead of the category list when no site is chosen yet. */
  categoryHint: boolean;
  state: SearchState;
  /** Other searches of the portal with the same words (Q&A, procedures), where they exist. */
  elsewhere?: { label: string; href: string }[];
}

const numberFormat = { vi: new Intl.NumberFormat("vi-VN"), en: new Intl.NumberFormat("en-GB") };

export function formatCount(lang: Lang, n: number): string {
  return numberFormat[lang].format(n);
}

/** Turns a stored hit into what the page shows: the link, the title and a snippet with the query words marked. */
export function presentHit(
  hit: SearchHit,
  needles: readonly Needle[],
  lang: Lang,
  showSite: boolean,
  /** The site of the search page: legal documents open in its register (/van-ban, /en/documents, /<site>/van-ban). */
  pageSite: SiteRef,
): ShownHit {
  const site = hit.site;
  const href =
    hit.source === "legal"
      ? legalHref(pageSite, hit.id)
      : contentHref(
          site ?? { slug: "", lang: "vi" },
          hit.type === "legal" ? "article" : hit.type,
          hit.slug ?? "",
        );
  // The lead when the words are in it, else the part of the body where they are, else the lead or body start.
  const lead = hit.lead ? excerptHtml(hit.lead, needles) : null;
  const body = lead?.matched || !hit.body ? null : excerptHtml(hit.body, needles);
  const snippet = lead?.matched ? lead : body?.matched ? body : (lead ?? body);
  const date = hit.date ? formatDate(hit.date) : null;
  return {
    key: `${hit.source}:${hit.id}`,
    href,
    titleHtml: highlightHtml(hit.title, needles),
    snippetHtml: snippet?.html ?? null,
    typeLabel: t(lang, `portalSearch.type.${hit.type}`),
    siteName: showSite && site ? (lang === "en" ? site.nameEn : site.nameVi) : null,
    categoryName: hit.categoryName,
    dateLabel: date
      ? t(lang, hit.source === "legal" ? "portalSearch.issued" : "portalSearch.published", { date })
      : null,
  };
}

export function SearchPage(props: SearchPageProps) {
  const { shell, input, errors, state } = props;
  const lang = shell.lang;
  const tr = (key: string, params?: Record<string, string | number>) => t(lang, key, params);
  const q = input.q ?? "";
  const title = q && state.kind !== "invalid" ? tr("portalSearch.titleFor", { q }) : tr("portalSearch.title");
  const typeOptions = RESULT_TYPES.map((type: ResultType) => ({
    value: type,
    label: tr(`portalSearch.type.${type}`),
  }));
  return (
    <PublicLayout shell={shell} title={title} head={<meta name="robots" content="noindex, follow" />}>
      <h1>{tr("portalSearch.title")}</h1>
      <ErrorSummary errors={errors} lang={lang} />
      <p>{tr("portalSearch.intro")}</p>
      <search aria-label={tr("portalSearch.form")}>
        <form method="get" action={props.action} class="search-form">
          <TextField
            name="q"
            type="search"
            label={tr("portalSearch.q")}
            hint={tr("portalSearch.qHint")}
            value={q}
            errors={errors}
            maxLength={200}
          />
          <fieldset class="search-filters">
            <legend>{tr("portalSearch.filters")}</legend>
            <div class="filters">
              {props.sites ? (
                <SelectField
                  name="site"
                  label={tr("portalSearch.site")}
                  value={input.site}
                  options={props.sites}
                  emptyLabel={tr("portalSearch.allSites")}
                  errors={errors}
                />
              ) : null}
              {props.categories ? (
                <SelectField
                  name="category"
                  label={tr("portalSearch.category")}
                  value={input.category}
                  options={props.categories}
                  emptyLabel={tr("portalSearch.allCategories")}
                  errors={errors}
                />
              ) : null}
              <SelectField
                name="type"
                label={tr("portalSearch.type")}
                value={input.type}
                options={typeOptions}
                emptyLabel={tr("portalSearch.allTypes")}
                errors={errors}
              />
              <TextField
                name="from"
                label={tr("portalSearch.from")}
                hint={tr("portalSearch.dateHint")}
                value={input.from}
                errors={errors}
                maxLength={10}
                inputMode="numeric"
              />
              <TextField
                name="to"
                label={tr("portalSearch.to")}
                hint={tr("portalSearch.dateHint")}
                value={input.to}
                errors={errors}
                maxLength={10}
                inputMode="numeric"
              />
            </div>
            {props.categoryHint ? <p class="hint">{tr("portalSearch.categoryHint")}</p> : null}
          </fieldset>
          <div class="form-group">
            <button type="submit" class="button">
              {tr("portalSearch.submit")}
            </button>{" "}
            <a href={props.action}>{tr("portalSearch.clear")}</a>
          </div>
        </form>
      </search>
      <Results lang={lang} state={state} />
      {props.elsewhere &&
      props.elsewhere.length > 0 &&
      (state.kind === "results" || state.kind === "noResults") ? (
        <nav aria-labelledby="search-elsewhere" class="search-elsewhere">
          <h2 id="search-elsewhere">{tr("portalSearch.elsewhere", { q })}</h2>
          <ul>
            {props.elsewhere.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </PublicLayout>
  );
}

function Results({ lang, state }: { lang: Lang; state: SearchState }) {
  const tr = (key: string, params?: Record<string, string | number>) => t(lang, key, params);
  switch (state.kind) {
    case "empty":
    case "invalid":
      return state.kind === "empty" ? <p class="muted">{tr("portalSearch.empty")}</p> : null;
    case "noWords":
      return (
        <section aria-labelledby="search-results" class="search-results">
          <h2 id="search-results">{tr("portalSearch.results")}</h2>
          <p>{tr("portalSearch.noWords")}</p>
        </section>
      );
    case "noResults":
      return (
        <section aria-labelledby="search-results" class="search-results">
          <h2 id="search-results">{tr("portalSearch.results")}</h2>
          <p class="search-summary">{tr("portalSearch.noResults", { q: state.q })}</p>
          <p>{tr("portalSearch.noResultsHelp")}</p>
        </section>
      );
    case "pastEnd":
      return (
        <section aria-labelledby="search-results" class="search-results">
          <h2 id="search-results">{tr("portalSearch.results")}</h2>
          <p>{tr("portalSearch.pastEnd")}</p>
          <p>
            <a href={state.firstHref}>{tr("portalSearch.firstPage")}</a>
          </p>
        </section>
      );
    case "results":
      return (
        <section aria-labelledby="search-results" class="search-results">
          <h2 id="search-results">{tr("portalSearch.results")}</h2>
          <p class="search-summary">
            {state.capped
              ? tr("portalSearch.summaryMore", { count: formatCount(lang, state.total), q: state.q })
              : state.total === 1
                ? tr("portalSearch.summaryOne", { q: state.q })
                : tr("portalSearch.summary", { count: formatCount(lang, state.total), q: state.q })}
            {state.pages > 1
              ? ` · ${tr("portalSearch.pageOf", { page: state.page, pages: state.pages })}`
              : null}
          </p>
          {state.capped ? (
            <p class="hint">{tr("portalSearch.capped", { count: formatCount(lang, state.total) })}</p>
          ) : null}
          <ol class="search-hits" start={(state.page - 1) * PAGE_SIZE + 1}>
            {state.hits.map((hit) => (
              <li key={hit.key}>
                <h3>
                  {/* Escaped by highlightHtml: only its <mark> tags are markup. */}
                  <a href={hit.href} dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
                </h3>
                <p class="search-meta">
                  {[hit.typeLabel, hit.siteName, hit.categoryName, hit.dateLabel].filter(Boolean).join(" · ")}
                </p>
                {hit.snippetHtml ? (
                  <p class="search-snippet" dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} />
                ) : null}
              </li>
            ))}
          </ol>
          <Pager
            label={tr("portalSearch.pagination")}
            prev={
              state.prevHref ? { href: state.prevHref, text: tr("portalSearch.prev"), rel: "prev" } : null
            }
            next={
              state.nextHref ? { href: state.nextHref, text: tr("portalSearch.next"), rel: "next" } : null
            }
          />
        </section>
      );
  }
}
