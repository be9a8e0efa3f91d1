import { t } from "../../../../platform/i18n/index.js";
import { PublicLayout, type PublicShell } from "../../../../platform/ui/public-layout.js";
import { categoryHref, type SiteRef } from "../domain/paths.js";
import type { ListedItem } from "../store.js";
import { Breadcrumbs, type Crumb, ItemList, Pagination } from "./parts.js";

function ListHead({
  canonical,
  rss,
  accentCss,
}: {
  canonical: string;
  rss: { title: string; href: string } | null;
  accentCss: string | null;
}) {
  return (
    <>
      <link rel="canonical" href={canonical} />
      {rss ? <link rel="alternate" type="application/rss+xml" title={rss.title} href={rss.href} /> : null}
      {accentCss ? <style>{accentCss}</style> : null}
    </>
  );
}

export interface ListPageProps {
  shell: PublicShell;
  site: SiteRef;
  crumbs: Crumb[];
  items: ListedItem[];
  page: number;
  pages: number;
  /** The list's own address without a page number. */
  base: string;
  canonical: string;
  accentCss: string | null;
}

/** A category: breadcrumbs, description, sub-categories, then its items (and those of its sub-categories), paged. */
export function CategoryPage({
  shell,
  site,
  crumbs,
  items,
  page,
  pages,
  base,
  canonical,
  accentCss,
  name,
  description,
  children,
  rssHref,
}: ListPageProps & {
  name: string;
  description: string | null;
  children: { name: string; slug: string }[];
  rssHref: string;
}) {
  const lang = shell.lang;
  const title = page > 1 ? `${name} – ${t(lang, "common.page", { page })}` : name;
  return (
    <PublicLayout
      shell={shell}
      title={title}
      description={description ?? undefined}
      head={
        <ListHead
          canonical={canonical}
          rss={{ title: t(lang, "portal.pub.rssOf", { name }), href: rssHref }}
          accentCss={accentCss}
        />
      }
    >
      <Breadcrumbs lang={lang} crumbs={crumbs} />
      <h1>{name}</h1>
      {description ? <p class="lead">{description}</p> : null}
      {children.length > 0 ? (
        <section aria-labelledby="sub-categories">
          <h2 id="sub-categories">{t(lang, "portal.pub.subcategories")}</h2>
          <ul class="sub-categories">
            {children.map((c) => (
              <li key={c.slug}>
                <a href={categoryHref(site, c.slug)}>{c.name}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="items-title">
        <h2 id="items-title">{t(lang, "portal.pub.items")}</h2>
        {items.length === 0 ? <p>{t(lang, "portal.pub.noItems")}</p> : <ItemList site={site} items={items} />}
        <Pagination lang={lang} base={base} page={page} pages={pages} />
      </section>
      <p class="feed-link">
        <a href={rssHref}>{t(lang, "portal.pub.rssOf", { name })}</a>
      </p>
    </PublicLayout>
  );
}

/** Every live item carrying a tag, paged. */
export function TagPage({
  shell,
  site,
  crumbs,
  items,
  page,
  pages,
  base,
  canonical,
  accentCss,
  tag,
}: ListPageProps & { tag: string }) {
  const lang = shell.lang;
  const heading = t(lang, "portal.pub.tagTitle", { tag });
  return (
    <PublicLayout
      shell={shell}
      title={page > 1 ? `${heading} – ${t(lang, "common.page", { page })}` : heading}
      head={<ListHead canonical={canonical} rss={null} accentCss={accentCss} />}
    >
      <Breadcrumbs lang={lang} crumbs={crumbs} />
      <h1>{heading}</h1>
      <section aria-labelledby="items-title">
        <h2 id="items-title" class="visually-hidden">
          {t(lang, "portal.pub.items")}
        </h2>
        {items.length === 0 ? <p>{t(lang, "portal.pub.noItems")}</p> : <ItemList site={site} items={items} />}
        <Pagination lang={lang} base={base} page={page} pages={pages} />
      </section>
    </PublicLayout>
  );
}
