import type { JSX } from "preact";
import { type Lang, t } from "../../../../platform/i18n/index.js";
import { PublicLayout, type PublicShell } from "../../../../platform/ui/public-layout.js";
import { ResponsiveImage } from "../../media/responsive-image.js";
import { contentHref, type SiteRef, tagHref } from "../domain/paths.js";
import { jsonForScript, type MetaTag } from "../domain/seo.js";
import { TEXT_ONLY_PARAM, TEXT_ONLY_VALUE, textOnlyBody } from "../domain/text-only.js";
import type { ListedItem, LiveItem } from "../store.js";
import { Breadcrumbs, type Crumb, ItemList, PublishedDate } from "./parts.js";

export interface ContentHead {
  canonical: string;
  meta: MetaTag[];
  jsonLd: Record<string, unknown>;
  /** The counterpart in the other language, for <link rel="alternate" hreflang>. */
  alternate: { lang: Lang; href: string } | null;
}

/** Open Graph, Twitter card, canonical link and JSON-LD; every value goes through Preact's attribute escaping. */
export function ContentHeadTags({ head, accentCss }: { head: ContentHead; accentCss: string | null }) {
  return (
    <>
      <link rel="canonical" href={head.canonical} />
      {head.alternate ? (
        <link rel="alternate" hreflang={head.alternate.lang} href={head.alternate.href} />
      ) : null}
      {head.meta.map((m) =>
        "property" in m ? (
          <meta key={`${m.property}-${m.content}`} property={m.property} content={m.content} />
        ) : (
          <meta key={`${m.name}-${m.content}`} name={m.name} content={m.content} />
        ),
      )}
      {/* JSON escaped for a script element (no "<" left), so it is safe as raw text. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(head.jsonLd) }} />
      {accentCss ? <style>{accentCss}</style> : null}
    </>
  );
}

function TextOnlySwitch({ lang, path, textOnly }: { lang: Lang; path: string; textOnly: boolean }) {
  return (
    <p class="text-only-switch">
      {textOnly ? (
        <a href={path}>{t(lang, "portal.pub.withImages")}</a>
      ) : (
        <a href={`${path}?${TEXT_ONLY_PARAM}=${TEXT_ONLY_VALUE}`} rel="nofollow">
          {t(lang, "portal.pub.textOnly")}
        </a>
      )}
    </p>
  );
}

/**
 * An article, announcement or page: breadcrumbs, title, date and author, lead, cover with caption, the sanitised
 * body, source citation, tags and related items. The body is the only HTML rendered as is (sanitised on save).
 */
export function ContentPage({
  shell,
  site,
  item,
  crumbs,
  head,
  accentCss,
  related,
  relatedTitle,
  textOnly,
  comments = null,
}: {
  shell: PublicShell;
  site: SiteRef;
  item: LiveItem;
  crumbs: Crumb[];
  head: ContentHead;
  accentCss: string | null;
  related: ListedItem[];
  relatedTitle: string | null;
  textOnly: boolean;
  /** Readers' comments (comments module), under the article. */
  comments?: JSX.Element | null;
}) {
  const lang = shell.lang;
  const isPage = item.kind === "page";
  const body = textOnly ? textOnlyBody(item.bodyHtml, t(lang, "portal.pub.image")) : item.bodyHtml;
  const path = contentHref(site, item);
  return (
    <PublicLayout
      shell={shell}
      title={item.title}
      description={item.lead ?? undefined}
      head={<ContentHeadTags head={head} accentCss={accentCss} />}
    >
      <Breadcrumbs lang={lang} crumbs={crumbs} />
      <article
        class={`content content-${item.kind}${textOnly ? " text-only" : ""}`}
        aria-labelledby="content-title"
      >
        <header class="content-header">
          <h1 id="content-title">{item.title}</h1>
          {isPage ? null : (
            <p class="content-meta">
              <span>
                {t(lang, "portal.pub.publishedOn")} <PublishedDate date={item.publishedAt} />
              </span>
              {item.author ? (
                <span>
                  {" · "}
                  {t(lang, "portal.pub.author")}: {item.author}
                </span>
              ) : null}
            </p>
          )}
          {item.lead ? <p class="lead content-lead">{item.lead}</p> : null}
          <TextOnlySwitch lang={lang} path={path} textOnly={textOnly} />
        </header>
        {item.cover && !textOnly ? (
          <figure class="content-cover">
            <ResponsiveImage
              media={item.cover}
              alt={item.cover.alt}
              sizes="(min-width: 50rem) 48rem, 100vw"
              loading="eager"
            />
            {item.cover.caption || item.cover.credit ? (
              <figcaption>
                {item.cover.caption}
                {item.cover.caption && item.cover.credit ? " " : ""}
                {item.cover.credit ? (
                  <span class="credit">
                    ({t(lang, "portal.pub.credit")}: {item.cover.credit})
                  </span>
                ) : null}
              </figcaption>
            ) : null}
          </figure>
        ) : item.cover?.alt ? (
          <p class="media-alt">
            [{t(lang, "portal.pub.image")}: {item.cover.alt}]
          </p>
        ) : null}
        {/* Sanitised on the server before storage (content module), so it is rendered as stored. */}
        <div class="content-body" dangerouslySetInnerHTML={{ __html: body }} />
        {item.source || item.origin || item.tags.length > 0 ? (
          <footer class="content-footer">
            {item.source ? (
              <p class="content-source">{t(lang, "portal.pub.source", { source: item.source })}</p>
            ) : null}
            {item.origin ? (
              <p class="content-origin">
                {t(lang, "portal.pub.sourceLabel")}:{" "}
                <a
                  href={contentHref({ slug: item.origin.siteSlug, lang: item.origin.siteLang }, item.origin)}
                  hreflang={item.origin.siteLang !== lang ? item.origin.siteLang : undefined}
                >
                  {item.origin.siteName}
                </a>
              </p>
            ) : null}
            {item.tags.length > 0 ? (
              <div class="content-tags">
                <h2 id="content-tags">{t(lang, "portal.pub.tags")}</h2>
                <ul aria-labelledby="content-tags">
                  {item.tags.map((tag) => (
                    <li key={tag}>
                      <a href={tagHref(site, tag)} rel="tag">
                        {tag}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </footer>
        ) : null}
      </article>
      {comments}
      {related.length > 0 && relatedTitle ? (
        <section class="related" aria-labelledby="related-title">
          <h2 id="related-title">{relatedTitle}</h2>
          <ItemList site={site} items={related} textOnly={textOnly} showLead={false} />
        </section>
      ) : null}
    </PublicLayout>
  );
}
