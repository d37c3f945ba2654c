-- The public HELP portal: pages (one per section and slug), their translations as versions
-- (each records the source version it was made from, and is outdated when the source moves
-- on), contacts as structured data, and redirects for pages that moved.

create table portal_page (
  id uuid primary key default gen_random_uuid(),
  section text not null check (section ~ '^[a-z0-9-]{2,60}$'),
  slug text not null check (slug ~ '^[a-z0-9-]{2,80}$'),
  classification text not null check (classification in ('public', 'protection-critical', 'sensitive')),
  owner text not null,
  source_lang text not null default 'en' check (source_lang in ('tr', 'en', 'ar', 'fa')),
  sources text[] not null default '{}',
  exit_control boolean not null default false,
  created_at timestamptz not null default now(),
  unique (section, slug)
);

create table portal_translation (
  id uuid primary key default gen_random_uuid(),
  page_id uuid not null references portal_page (id),
  lang text not null check (lang in ('tr', 'en', 'ar', 'fa')),
  version integer not null,
  status text not null check (status in ('draft', 'in_review', 'published', 'superseded')),
  title text not null,
  summary text not null,
  body text not null,
  uncertain text,
  last_reviewed date not null,
  next_review_due date not null,
  -- For a translation: the version of the source-language text it was made from.
  source_version integer,
  minor_change boolean not null default false,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  published_at timestamptz,
  unique (page_id, lang, version)
);
create unique index portal_translation_published on portal_translation (page_id, lang) where status = 'published';

create table portal_contact (
  id text primary key check (id ~ '^[a-z0-9-]{2,40}$'),
  data jsonb not null
);

create table portal_section (
  id text primary key check (id ~ '^[a-z0-9-]{2,60}$'),
  position integer not null,
  regime text not null check (regime in ('international_protection', 'temporary_protection', 'all')),
  titles jsonb not null
);

create table portal_redirect (
  from_path text primary key,
  to_path text not null
);
