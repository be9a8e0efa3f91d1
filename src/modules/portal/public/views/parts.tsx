import { formatDate, type Lang, t } from "../../../../platform/i18n/index.js";
import { NumberedPager } from "../../../../platform/ui/components/pager.js";
import { ResponsiveImage } from "../../media/responsive-image.js";
import { contentHref, pagedHref, type SiteRef } from "../domain/paths.js";
import type { ListedItem } from "../store.js";

export interface Crumb {
  label: string;
  href?: string | undefined;
}

/** Where the page sits: home › category › … › this page (the last one is the current page, not a link). */
export function Breadcrumbs({ lang, crumbs }: { lang: Lang; crumbs: Crumb[] }) {
  return (
    <nav class="breadcrumbs" aria-label={t(lang, "portal.pub.breadcrumbs")}>
      <ol>
        {crumbs.map((c, i) =>
          i === crumbs.length - 1 ? (
            <li key={`${i}-${c.label}`} aria-current="page">
              {c.label}
            </li>
          ) : (
            <li key={`${i}-${c.label}`}>{c.href ? <a href={c.href}>{c.label}</a> : c.label}</li>
          ),
        )}
      </ol>
    </nav>
  );
}

export function PublishedDate({ date }: { date: Date }) {
  return <time datetime={date.toISOString()}>{formatDate(date)}</time>;
}

/** A list of items with cover thumbnail, title, lead and date; titles are headings of the given level. */
export function ItemList({
  site,
  items,
  headingLevel = 3,
  textOnly = false,
  showLead = true,
}: {
  site: SiteRef;
  items: ListedItem[];
  headingLevel?: 2 | 3;
  textOnly?: boolean;
  showLead?: boolean;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul class="item-list">
      {items.map((item) => (
        <li key={item.id} class={item.cover && !textOnly ? "item has-thumb" : "item"}>
          {item.cover && !textOnly ? (
            <div class="item-thumb">
              <ResponsiveImage
                media={item.cover}
                alt={item.cover.alt}
                sizes="(min-width: 48rem) 12rem, 100vw"
              />
            </div>
          ) : null}
          <div class="item-text">
            <Heading class="item-title">
              <a href={contentHref(site, item)}>{item.title}</a>
            </Heading>
            <p class="item-date muted">
              <PublishedDate date={item.publishedAt} />
            </p>
            {showLead && item.lead ? <p class="item-lead">{item.lead}</p> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** Previous / "page n of m" / next, as plain links so it works without JavaScript. */
export function Pagination({
  lang,
  base,
  page,
  pages,
}: {
  lang: Lang;
  base: string;
  page: number;
  pages: number;
}) {
  return (
    <NumberedPager
      class="pager"
      page={page}
      pages={pages}
      hrefFor={(p) => pagedHref(base, lang, p)}
      labels={{
        nav: t(lang, "portal.pub.pagination"),
        prev: t(lang, "common.previous"),
        next: t(lang, "common.next"),
      }}
      status={t(lang, "portal.pub.pageOf", { page, pages })}
    />
  );
}
