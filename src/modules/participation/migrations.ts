import { randomBytes } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { MigrationSet } from "../../platform/db/migrator.js";

/** Citizen participation (SPEC §E): 51xx questions and feedback, 52xx consultations, 53xx dialogues. */
export const participationMigrations: MigrationSet = {
  "5001_participation_posts": {
    async up(db: Kysely<unknown>) {
      await sql`
        create table participation_posts (
          id bigint generated always as identity primary key,
          kind text not null check (kind in ('question', 'consultation_comment', 'dialogue_question')),
          citizen_id uuid not null references citizens(id) on delete cascade,
          ip_hash text,
          at timestamptz not null default now()
        )`.execute(db);
      await sql`create index participation_posts_citizen_idx on participation_posts (citizen_id, at)`.execute(
        db,
      );
      await sql`create index participation_posts_ip_idx on participation_posts (ip_hash, at)`.execute(db);
      // Keys the hash of a sender's network address (rate limits without storing the address).
      await sql`
        create table participation_secrets (
          id smallint primary key check (id = 1),
          secret text not null
        )`.execute(db);
      await sql`insert into participation_secrets (id, secret) values (1, ${randomBytes(32).toString("base64url")})`.execute(
        db,
      );
    },
  },
  "5101_questions": {
    async up(db: Kysely<unknown>) {
      await sql`
        create table question_topics (
          id uuid primary key,
          slug text not null unique,
          name_vi text not null,
          name_en text not null,
          position integer not null default 0
        )`.execute(db);
      await sql`
        create table question_counters (
          prefix text not null,
          day date not null,
          last integer not null,
          primary key (prefix, day)
        )`.execute(db);
      await sql`
        create table questions (
          id uuid primary key,
          code text not null unique,
          kind text not null check (kind in ('citizen', 'business', 'feedback')),
          topic_id uuid references question_topics(id),
          citizen_id uuid not null references citizens(id),
          asker_name text not null,
          asker_email text,
          asker_phone text,
          business_name text,
          tax_code text,
          show_name boolean not null default false,
          regulation text,
          suggested_unit_id uuid references units(id),
          title text not null,
          body text not null,
          status text not null default 'submitted'
            check (status in ('submitted', 'routed', 'drafted', 'published', 'rejected')),
          unit_id uuid references units(id),
          routed_by uuid references staff_users(id),
          routed_at timestamptz,
          due_on date,
          answer text,
          drafted_by uuid references staff_users(id),
          drafted_at timestamptz,
          approved_by uuid references staff_users(id),
          published_at timestamptz,
          reject_reason text,
          flagged_words jsonb not null default '[]'::jsonb,
          search_text text not null default '',
          ip_hash text,
          version integer not null default 1,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          check (kind <> 'business' or (business_name is not null and tax_code is not null)),
          check (status in ('submitted', 'rejected') or unit_id is not null),
          check (status <> 'published' or (answer is not null and published_at is not null))
        )`.execute(db);
      await sql`create index questions_status_idx on questions (status, due_on)`.execute(db);
      await sql`create index questions_unit_idx on questions (unit_id, status)`.execute(db);
      await sql`create index questions_citizen_idx on questions (citizen_id, created_at desc)`.execute(db);
      await sql`create index questions_published_idx on questions (kind, published_at desc) where status = 'published'`.execute(
        db,
      );
      await sql`create index questions_search_trgm on questions using gin (search_text gin_trgm_ops) where status = 'published'`.execute(
        db,
      );
      await sql`
        create table question_events (
          id bigint generated always as identity primary key,
          question_id uuid not null references questions(id) on delete cascade,
          action text not null,
          from_status text,
          to_status text not null,
          staff_id uuid references staff_users(id),
          note text,
          at timestamptz not null default now()
        )`.execute(db);
      await sql`create index question_events_question_idx on question_events (question_id, id)`.execute(db);
    },
  },
  "5201_consultations": {
    async up(db: Kysely<unknown>) {
      await sql`
        create table consultations (
          id uuid primary key,
          slug text not null unique,
          title text not null,
          doc_type text not null,
          summary text not null default '',
          drafting_unit_id uuid not null references units(id),
          opens_on date not null,
          closes_on date not null,
          status text not null default 'draft' check (status in ('draft', 'published', 'closed', 'concluded')),
          synthesis text,
          concluded_at timestamptz,
          concluded_by uuid references staff_users(id),
          created_by uuid references staff_users(id),
          version integer not null default 1,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          check (closes_on >= opens_on),
          check (status <> 'concluded' or synthesis is not null)
        )`.execute(db);
      await sql`create index consultations_status_idx on consultations (status, closes_on)`.execute(db);
      await sql`
        create table consultation_clauses (
          id uuid primary key,
          consultation_id uuid not null references consultations(id) on delete cascade,
          position integer not null,
          article_no integer not null,
          clause_no integer,
          label text not null,
          heading text not null default '',
          body text not null default '',
          unique (consultation_id, position)
        )`.execute(db);
      await sql`
        create table consultation_response_groups (
          id uuid primary key,
          consultation_id uuid not null references consultations(id) on delete cascade,
          clause_id uuid references consultation_clauses(id) on delete set null,
          position integer not null,
          summary text not null,
          response text not null,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now()
        )`.execute(db);
      await sql`create index consultation_groups_idx on consultation_response_groups (consultation_id, position)`.execute(
        db,
      );
      await sql`
        create table consultation_comments (
          id uuid primary key,
          consultation_id uuid not null references consultations(id) on delete cascade,
          clause_id uuid references consultation_clauses(id) on delete set null,
          citizen_id uuid not null references citizens(id),
          author_name text not null,
          organisation text,
          show_name boolean not null default false,
          body text not null,
          status text not null default 'pending' check (status in ('pending', 'approved', 'rejected')),
          flagged_words jsonb not null default '[]'::jsonb,
          group_id uuid references consultation_response_groups(id) on delete set null,
          moderated_by uuid references staff_users(id),
          moderated_at timestamptz,
          ip_hash text,
          created_at timestamptz not null default now()
        )`.execute(db);
      await sql`create index consultation_comments_idx on consultation_comments (consultation_id, status, created_at)`.execute(
        db,
      );
      await sql`create index consultation_comments_clause_idx on consultation_comments (clause_id)`.execute(
        db,
      );
    },
  },
  "5301_dialogues": {
    async up(db: Kysely<unknown>) {
      await sql`
        create table dialogues (
          id uuid primary key,
          slug text not null unique,
          title text not null,
          description text not null default '',
          leader_name text not null,
          leader_title text not null,
          unit_id uuid not null references units(id),
          starts_at timestamptz not null,
          ends_at timestamptz not null,
          status text not null default 'scheduled' check (status in ('scheduled', 'live', 'ended')),
          accepting_questions boolean not null default true,
          created_by uuid references staff_users(id),
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          check (ends_at > starts_at)
        )`.execute(db);
      await sql`
        create table dialogue_questions (
          id uuid primary key,
          dialogue_id uuid not null references dialogues(id) on delete cascade,
          citizen_id uuid not null references citizens(id),
          asker_name text not null,
          show_name boolean not null default false,
          body text not null,
          status text not null default 'pending' check (status in ('pending', 'approved', 'rejected', 'answered')),
          answer text,
          answered_at timestamptz,
          answer_seq integer,
          flagged_words jsonb not null default '[]'::jsonb,
          moderated_by uuid references staff_users(id),
          moderated_at timestamptz,
          ip_hash text,
          created_at timestamptz not null default now(),
          check (status <> 'answered' or (answer is not null and answered_at is not null and answer_seq is not null)),
          unique (dialogue_id, answer_seq)
        )`.execute(db);
      await sql`create index dialogue_questions_idx on dialogue_questions (dialogue_id, status, created_at)`.execute(
        db,
      );
    },
  },
};
