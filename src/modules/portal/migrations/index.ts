import { type Kysely, sql } from "kysely";
import type { MigrationSet } from "../../../platform/db/migrator.js";
import { commentMigrations } from "../comments/migrations.js";
import { siteRegistryMigrations } from "../registry/migrations.js";
import { royaltyMigrations } from "../royalties/migrations.js";
import { spellcheckMigrations } from "../spellcheck/migrations.js";

/**
 * Portal CMS tables (SPEC §A). Search vectors are generated columns over f_search_key (lower-case, no diacritics),
 * so "quang ngai" and "QUẢNG NGÃI" meet the same lexemes; the 'simple' configuration keeps Vietnamese syllables whole.
 */
export const portalMigrations: MigrationSet = {
  "2001_portal_core": {
    async up(db: Kysely<unknown>) {
      // array_to_string is only STABLE (element output functions); tags are text, so this wrapper is safe to mark
      // IMMUTABLE and lets the generated search column include them.
      await sql`
        create or replace function f_tags_text(text[]) returns text
        language sql immutable parallel safe
        as $$ select coalesce(array_to_string($1, ' '), '') $$`.execute(db);
      await sql`
        create table media (
          id uuid primary key,
          sha256 text not null,
          kind text not null check (kind in ('image','pdf','video','audio')),
          mime text not null,
          size_bytes bigint not null,
          width integer,
          height integer,
          original_name text not null,
          alt text,
          caption text,
          credit text,
          site_id uuid references sites(id),
          variants jsonb not null default '[]'::jsonb,
          uploaded_by uuid references staff_users(id),
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now()
        )`.execute(db);
      await sql`create unique index media_sha256_key on media (sha256)`.execute(db);
      await sql`create index media_site_idx on media (site_id, created_at desc)`.execute(db);

      await sql`
        create table categories (
          id uuid primary key,
          site_id uuid not null references sites(id),
          parent_id uuid references categories(id),
          slug text not null,
          name text not null,
          description text,
          sort_order integer not null default 0,
          active boolean not null default true,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now()
        )`.execute(db);
      await sql`create unique index categories_site_slug_key on categories (site_id, slug)`.execute(db);
      await sql`create index categories_parent_idx on categories (parent_id)`.execute(db);

      await sql`
        create table content_items (
          id uuid primary key,
          site_id uuid not null references sites(id),
          kind text not null check (kind in ('article','page','announcement')),
          category_id uuid references categories(id),
          title text not null,
          slug text not null,
          lead text,
          body_html text not null default '',
          body_text text not null default '',
          cover_media_id uuid references media(id),
          cover_alt text,
          cover_caption text,
          author text,
          source text,
          is_repost boolean not null default false,
          tags text[] not null default '{}',
          status text not null default 'draft'
            check (status in ('draft','submitted','returned','scheduled','published','unpublished')),
          return_comment text,
          publish_at timestamptz,
          expire_at timestamptz,
          published_at timestamptz,
          origin_id uuid references content_items(id),
          translation_of_id uuid references content_items(id),
          created_by uuid references staff_users(id),
          updated_by uuid references staff_users(id),
          approved_by uuid references staff_users(id),
          version integer not null default 1,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          search tsvector generated always as (
            setweight(to_tsvector('simple', f_search_key(title)), 'A') ||
            setweight(to_tsvector('simple', f_search_key(coalesce(lead, ''))), 'B') ||
            setweight(to_tsvector('simple', f_search_key(f_tags_text(tags))), 'B') ||
            setweight(to_tsvector('simple', f_search_key(body_text)), 'C')
          ) stored
        )`.execute(db);
      await sql`create unique index content_items_site_slug_key on content_items (site_id, slug)`.execute(db);
      await sql`create index content_items_search_idx on content_items using gin (search)`.execute(db);
      await sql`create index content_items_tags_idx on content_items using gin (tags)`.execute(db);
      await sql`create index content_items_listing_idx on content_items (site_id, status, published_at desc)`.execute(
        db,
      );
      await sql`create index content_items_category_idx on content_items (category_id, status, published_at desc)`.execute(
        db,
      );
      await sql`create index content_items_schedule_idx on content_items (publish_at) where status = 'scheduled'`.execute(
        db,
      );
      await sql`create index content_items_origin_idx on content_items (origin_id)`.execute(db);

      await sql`
        create table content_revisions (
          id uuid primary key,
          content_id uuid not null references content_items(id) on delete cascade,
          number integer not null,
          title text not null,
          lead text,
          body_html text not null,
          fields jsonb not null default '{}'::jsonb,
          note text,
          created_by uuid references staff_users(id),
          created_at timestamptz not null default now()
        )`.execute(db);
      await sql`create unique index content_revisions_number_key on content_revisions (content_id, number)`.execute(
        db,
      );

      await sql`
        create table legal_documents (
          id uuid primary key,
          number_symbol text not null,
          doc_type text not null,
          issuer_unit_id uuid references units(id),
          issuer_name text not null,
          signer_name text,
          signer_position text,
          issued_on date not null,
          effective_on date,
          expires_on date,
          replaced_by_id uuid references legal_documents(id),
          field text,
          summary text not null,
          site_id uuid references sites(id),
          published boolean not null default true,
          created_by uuid references staff_users(id),
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          search tsvector generated always as (
            setweight(to_tsvector('simple', f_search_key(number_symbol)), 'A') ||
            setweight(to_tsvector('simple', f_search_key(summary)), 'B') ||
            setweight(to_tsvector('simple', f_search_key(issuer_name || ' ' || doc_type || ' ' || coalesce(field, ''))), 'C')
          ) stored
        )`.execute(db);
      await sql`create unique index legal_documents_number_key on legal_documents
        (lower(number_symbol), issuer_name, extract(year from issued_on))`.execute(db);
      await sql`create index legal_documents_search_idx on legal_documents using gin (search)`.execute(db);
      await sql`create index legal_documents_list_idx on legal_documents (issued_on desc)`.execute(db);
      await sql`
        create table legal_document_files (
          document_id uuid not null references legal_documents(id) on delete cascade,
          media_id uuid not null references media(id),
          position integer not null default 0,
          primary key (document_id, media_id)
        )`.execute(db);

      await sql`
        create table home_sections (
          id uuid primary key,
          site_id uuid not null references sites(id),
          position integer not null,
          kind text not null check (kind in ('lead_story','latest_in_category','announcements','legal_documents','service_links')),
          title text,
          config jsonb not null default '{}'::jsonb
        )`.execute(db);
      await sql`create index home_sections_site_idx on home_sections (site_id, position)`.execute(db);

      await sql`
        create table page_views (
          day date not null,
          site_id uuid not null references sites(id),
          content_id uuid references content_items(id) on delete cascade,
          views integer not null default 0
        )`.execute(db);
      await sql`create unique index page_views_key on page_views
        (day, site_id, coalesce(content_id, '00000000-0000-0000-0000-000000000000'::uuid))`.execute(db);
    },
  },
  "2020_media_library": {
    // P2 (media library): the hash of the bytes as uploaded (images are stored re-encoded without metadata, so their
    // `sha256` differs), a caption track or transcript for video/audio (SPEC §A5), and indexes for the library list.
    async up(db: Kysely<unknown>) {
      await sql`alter table media add column source_sha256 text`.execute(db);
      await sql`alter table media add column captions text`.execute(db);
      await sql`create unique index media_source_sha256_key on media (source_sha256)`.execute(db);
      await sql`create index media_site_kind_idx on media (site_id, kind, created_at desc)`.execute(db);
      await sql`create index media_kind_idx on media (kind, created_at desc)`.execute(db);
      await sql`create index media_search_idx on media using gin
        (f_search_key(original_name || ' ' || coalesce(alt, '') || ' ' || coalesce(caption, '')) gin_trgm_ops)`.execute(
        db,
      );
    },
  },
  "2010_portal_content_workflow": {
    // P1 (articles and workflow): at most one promoted copy of an item per site ("Đưa lên Cổng chính" twice is
    // refused even by two approvers at once), the admin list (newest first per site) and accent-insensitive title
    // filtering that stays fast on 100k items.
    async up(db: Kysely<unknown>) {
      await sql`create unique index content_items_origin_site_key on content_items (origin_id, site_id)
        where origin_id is not null`.execute(db);
      await sql`create index content_items_admin_idx on content_items (site_id, created_at desc, id desc)`.execute(
        db,
      );
      await sql`create index content_items_created_idx on content_items (created_at desc, id desc)`.execute(
        db,
      );
      await sql`create index content_items_title_trgm_idx on content_items using gin
        (f_search_key(title) gin_trgm_ops)`.execute(db);
    },
  },
  "2030_legal_register": {
    // P3 (legal documents): the unit whose register holds a document (the issuer for our own units; for a body
    // outside the province, the unit that registered it), which scopes clerks and component sites; indexes for the
    // public list (published, newest first, by owner, by kind), replaced-by in both directions, number/symbol
    // searched by substring ("1234/QĐ" finds "1234/QĐ-UBND") and files by media.
    async up(db: Kysely<unknown>) {
      await sql`alter table legal_documents add column owner_unit_id uuid references units(id)`.execute(db);
      await sql`update legal_documents set owner_unit_id = issuer_unit_id
        where owner_unit_id is null`.execute(db);
      await sql`create index legal_documents_published_idx on legal_documents (issued_on desc, id desc)
        where published`.execute(db);
      await sql`create index legal_documents_owner_idx on legal_documents
        (owner_unit_id, issued_on desc)`.execute(db);
      await sql`create index legal_documents_type_idx on legal_documents
        (doc_type, issued_on desc)`.execute(db);
      await sql`create index legal_documents_replaced_by_idx on legal_documents (replaced_by_id)
        where replaced_by_id is not null`.execute(db);
      await sql`create index legal_documents_symbol_trgm_idx on legal_documents using gin
        (f_search_key(number_symbol) gin_trgm_ops)`.execute(db);
      await sql`create index legal_document_files_media_idx on legal_document_files (media_id)`.execute(db);
    },
  },
  "2050_portal_search": {
    // P5 (search): the newest published items first across every site, so a search for a common word walks this
    // index and stops after the most recent matches instead of ranking tens of thousands of rows (search/store.ts).
    async up(db: Kysely<unknown>) {
      await sql`create index content_items_published_idx on content_items (published_at desc)
        where status = 'published'`.execute(db);
    },
  },
  "2051_portal_search_head": {
    // P5 (search): a small vector of the title, lead and tags beside the full one. Search filters on `search` and
    // ranks on this, so ranking reads a few hundred bytes per candidate instead of the (often TOASTed) body vector.
    async up(db: Kysely<unknown>) {
      await sql`
        alter table content_items add column search_head tsvector generated always as (
          setweight(to_tsvector('simple', f_search_key(title)), 'A') ||
          setweight(to_tsvector('simple', f_search_key(coalesce(lead, ''))), 'B') ||
          setweight(to_tsvector('simple', f_search_key(f_tags_text(tags))), 'B')
        ) stored`.execute(db);
    },
  },
  "2040_portal_public": {
    // P4 (public rendering): the vi/en switch looks an item's counterpart up by translation_of_id on every article.
    async up(db: Kysely<unknown>) {
      await sql`create index content_items_translation_idx on content_items (translation_of_id)
        where translation_of_id is not null`.execute(db);
    },
  },
  "2060_portal_listing_statistics": {
    // P6 (scale data set): a category belongs to one site, so "site = X and category = Y" matches as many rows as
    // "category = Y". Without these statistics PostgreSQL multiplies the two selectivities, expects a dozen rows and
    // bitmap-scans every item of the category; with them it walks content_items_category_idx and stops after the
    // few newest (measured on 100k articles: a category's "latest 5" from 46 ms to 1 ms).
    async up(db: Kysely<unknown>) {
      await sql`create statistics content_items_site_category_stats (dependencies, ndistinct)
        on site_id, category_id, kind from content_items`.execute(db);
    },
  },
  "2070_portal_search_table": {
    // Search (issue 4 item 7, bench): a common word ("quảng ngãi" is in one article of nine) matches thousands of
    // items, and every match's row is read for its date and status before the newest 500 are kept. content_items
    // rows are ~2 kB (4 per page), so that read touched ~9,500 pages on 100k articles. content_search holds only
    // published items and only what search filters and sorts on, with the body vector moved out of line
    // (toast_tuple_target, storage external): ~36 rows per page, a quarter of the pages for the same matches.
    // Ranking reads the newest 500 matches' title vectors from content_items by key (inline there; a TOASTed copy
    // here cost more than the pages saved).
    // A trigger keeps it in step with every write path (editor, jobs, seeding, imports), in the same transaction.
    async up(db: Kysely<unknown>) {
      await sql`
        create table content_search (
          id uuid primary key references content_items(id) on delete cascade,
          site_id uuid not null,
          category_id uuid,
          kind text not null,
          published_at timestamptz,
          expire_at timestamptz,
          search tsvector not null
        ) with (toast_tuple_target = 128)`.execute(db);
      await sql`alter table content_search alter column search set storage external`.execute(db);
      await sql`
        create or replace function content_search_sync() returns trigger language plpgsql as $$
        begin
          if tg_op = 'DELETE' then
            delete from content_search where id = old.id;
          elsif new.status = 'published' then
            insert into content_search (id, site_id, category_id, kind, published_at, expire_at, search)
            values (new.id, new.site_id, new.category_id, new.kind, new.published_at, new.expire_at, new.search)
            on conflict (id) do update set site_id = excluded.site_id, category_id = excluded.category_id,
              kind = excluded.kind, published_at = excluded.published_at, expire_at = excluded.expire_at,
              search = excluded.search;
          else
            delete from content_search where id = new.id;
          end if;
          return null;
        end $$`.execute(db);
      await sql`
        create trigger content_search_sync after insert or update or delete on content_items
        for each row execute function content_search_sync()`.execute(db);
      await sql`
        insert into content_search (id, site_id, category_id, kind, published_at, expire_at, search)
        select id, site_id, category_id, kind, published_at, expire_at, search
        from content_items where status = 'published'`.execute(db);
      await sql`create index content_search_search_idx on content_search using gin (search)`.execute(db);
      // No (site_id, published_at) index on purpose: walking it for a site's common word would read each row's
      // out-of-line body vector; the GIN bitmap and the narrow rows serve site searches too.
      await sql`create index content_search_published_idx on content_search (published_at desc)`.execute(db);
    },
  },
  // Issue 5 parts own their tables in their folders: 21xx comments, 22xx royalties, 23xx spell check, 24xx registry.
  ...commentMigrations,
  ...royaltyMigrations,
  ...spellcheckMigrations,
  ...siteRegistryMigrations,
};
