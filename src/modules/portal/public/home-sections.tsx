import type { FastifyRequest } from "fastify";
import type { JSX } from "preact";
import type { Db } from "../../../platform/db/connection.js";
import { PAGE_CACHE_TTL_MS } from "../../../platform/http/public-cache.js";
import { formatDate, type Lang, t } from "../../../platform/i18n/index.js";
import type { HomeSite } from "../../../platform/ui/home-contributions.js";
import { renderFragment } from "../../../platform/ui/render.js";
import { ResponsiveImage } from "../media/responsive-image.js";
import type { Category } from "../tables.js";
import { isVisible, subtreeIds } from "./domain/category-tree.js";
import { readSectionConfig, type SectionConfig, type ServiceLink } from "./domain/home-config.js";
import {
  categoryHref,
  contentHref,
  legalDocumentHref,
  legalDocumentsHref,
  type SiteRef,
} from "./domain/paths.js";
import {
  homeSections,
  type ListedItem,
  type ListedLegalDocument,
  latestLegalDocuments,
  latestLive,
  liveItemById,
  siteCategories,
} from "./store.js";
import { ItemList, PublishedDate } from "./views/parts.js";

/** How many items the home shows when its site admin has not arranged any sections yet. */
const DEFAULT_LATEST = 6;

type Block =
  | { id: string; title: string; kind: "lead_story"; item: ListedItem | null }
  | {
      id: string;
      title: string;
      kind: "list";
      items: ListedItem[];
      more: { href: string; label: string } | null;
    }
  | { id: string; title: string; kind: "legal_documents"; docs: ListedLegalDocument[] }
  | { id: string; title: string; kind: "service_links"; links: ServiceLink[] };

async function loadBlocks(db: Db, site: HomeSite): Promise<Block[]> {
  const ref: SiteRef = { slug: site.slug, lang: site.lang };
  const lang = site.lang;
  const sections = await homeSections(db, site.id);
  if (sections.length === 0) {
    const items = await latestLive(db, { siteId: site.id, kinds: ["article"], limit: DEFAULT_LATEST });
    return items.length === 0
      ? []
      : [{ id: "hs-latest", title: t(lang, "portal.home.latest"), kind: "list", items, more: null }];
  }
  const configs = sections
    .map((s) => ({ section: s, config: readSectionConfig(s.kind, s.config) }))
    .filter((x): x is { section: (typeof sections)[number]; config: SectionConfig } => x.config !== null);
  const categories: Category[] = configs.some((c) => c.config.kind === "latest_in_category")
    ? await siteCategories(db, site.id)
    : [];
  const blocks = await Promise.all(
    configs.map(async ({ section, config }): Promise<Block | null> => {
      const id = `hs-${section.id}`;
      const custom = section.title?.trim() || null;
      switch (config.kind) {
        case "lead_story": {
          const chosen = config.contentId ? await liveItemById(db, site.id, config.contentId) : null;
          const item =
            chosen ?? (await latestLive(db, { siteId: site.id, kinds: ["article"], limit: 1 }))[0] ?? null;
          return item ? { id, title: custom ?? t(lang, "portal.home.lead"), kind: "lead_story", item } : null;
        }
        case "latest_in_category": {
          const category = categories.find((c) => c.id === config.categoryId);
          if (!category || !isVisible(categories, category.id)) return null;
          const items = await latestLive(db, {
            siteId: site.id,
            kinds: ["article", "announcement"],
            categoryIds: subtreeIds(categories, category.id),
            limit: config.limit,
          });
          return {
            id,
            title: custom ?? category.name,
            kind: "list",
            items,
            more: {
              href: categoryHref(ref, category.slug),
              label: t(lang, "portal.home.moreIn", { name: category.name }),
            },
          };
        }
        case "announcements": {
          const items = await latestLive(db, {
            siteId: site.id,
            kinds: ["announcement"],
            limit: config.limit,
          });
          return {
            id,
            title: custom ?? t(lang, "portal.home.announcements"),
            kind: "list",
            items,
            more: null,
          };
        }
        case "legal_documents": {
          const docs = await latestLegalDocuments(db, site, config.limit);
          return { id, title: custom ?? t(lang, "portal.home.legal"), kind: "legal_documents", docs };
        }
        case "service_links":
          return {
            id,
            title: custom ?? t(lang, "portal.home.services"),
            kind: "service_links",
            links: config.links,
          };
      }
    }),
  );
  return blocks.filter((b): b is Block => b !== null);
}

function BlockView({ block, site, lang }: { block: Block; site: SiteRef; lang: Lang }) {
  const headingId = `${block.id}-title`;
  let body: JSX.Element;
  switch (block.kind) {
    case "lead_story": {
      const item = block.item;
      body = item ? (
        <article class="lead-story">
          {item.cover ? (
            <div class="lead-story-image">
              <ResponsiveImage
                media={item.cover}
                alt={item.cover.alt}
                sizes="(min-width: 48rem) 36rem, 100vw"
                loading="eager"
              />
            </div>
          ) : null}
          <div>
            <h3 class="lead-story-title">
              <a href={contentHref(site, item)}>{item.title}</a>
            </h3>
            <p class="muted">
              <PublishedDate date={item.publishedAt} />
            </p>
            {item.lead ? <p>{item.lead}</p> : null}
          </div>
        </article>
      ) : (
        <p>{t(lang, "portal.pub.noItems")}</p>
      );
      break;
    }
    case "list":
      body = (
        <>
          {block.items.length === 0 ? (
            <p>{t(lang, "portal.pub.noItems")}</p>
          ) : (
            <ItemList site={site} items={block.items} showLead={false} />
          )}
          {block.more ? (
            <p class="more-link">
              <a href={block.more.href}>{block.more.label}</a>
            </p>
          ) : null}
        </>
      );
      break;
    case "legal_documents":
      body = (
        <>
          {block.docs.length === 0 ? (
            <p>{t(lang, "portal.home.noDocuments")}</p>
          ) : (
            <ul class="doc-list">
              {block.docs.map((d) => (
                <li key={d.id}>
                  <a href={legalDocumentHref(site, d.id)}>
                    {d.docType} {d.numberSymbol}
                  </a>
                  <span class="muted">
                    {" "}
                    – {t(lang, "portal.home.issuedOn")}{" "}
                    <time datetime={d.issuedOn}>{formatDate(d.issuedOn)}</time>
                  </span>
                  <p class="doc-summary">{d.summary}</p>
                </li>
              ))}
            </ul>
          )}
          <p class="more-link">
            <a href={legalDocumentsHref(site)}>{t(lang, "portal.home.allDocuments")}</a>
          </p>
        </>
      );
      break;
    case "service_links":
      body = (
        <ul class="service-links">
          {block.links.map((l) => (
            <li key={`${l.href}-${l.label}`}>
              <a href={l.href}>{l.label}</a>
            </li>
          ))}
        </ul>
      );
      break;
  }
  return (
    <section class={`home-section home-${block.kind.replace("_", "-")}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{block.title}</h2>
      {body}
    </section>
  );
}

/**
 * The site's home sections (lead story, latest in a category, announcements, legal documents, service links), in
 * the order its site admin arranged them, rendered into the orgs module's home page through the platform registry.
 * The rendered fragment is kept in the page cache under the site's tag, so publishing or rearranging refreshes it.
 */
export async function renderHomeSections(
  request: FastifyRequest,
  site: HomeSite,
): Promise<JSX.Element | null> {
  const { db, pageCache } = request.server.services;
  const key = `home-sections|${site.id}`;
  let html = pageCache.get(key)?.body.toString("utf8");
  if (html === undefined) {
    const blocks = await loadBlocks(db, site);
    const ref: SiteRef = { slug: site.slug, lang: site.lang };
    html = blocks.map((b) => renderFragment(<BlockView block={b} site={ref} lang={site.lang} />)).join("");
    pageCache.set(
      key,
      {
        body: Buffer.from(html, "utf8"),
        etag: "",
        contentType: "text/html; fragment",
        tags: [`site:${site.id}`],
      },
      PAGE_CACHE_TTL_MS,
    );
  }
  if (html === "") return null;
  // Rendered above by Preact from escaped values; only the wrapper is added here.
  return <div class="home-sections" dangerouslySetInnerHTML={{ __html: html }} />;
}
