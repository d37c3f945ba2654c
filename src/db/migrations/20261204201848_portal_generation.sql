-- The portal's published content has a generation, raised in the same transaction as every
-- publication or import. Each server process keeps its rendered pages in memory and compares
-- this one row (at most once a second) to know when another process has published, without a
-- database round trip per page read.

create table portal_generation (
  id boolean primary key default true check (id),
  generation bigint not null default 0
);

insert into portal_generation (id, generation) values (true, 1);
