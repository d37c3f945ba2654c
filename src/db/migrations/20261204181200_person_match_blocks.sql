-- Duplicate search that does not grow with the registry (issue 12).
--
-- A GIN index on name keys ORed with a trigram index read every page of the person table at a
-- million persons (p95 about 1 s). Candidates are now found in blocks of people who share a name
-- key and a birth year: one row per (key, birth year, person), read from a covering btree
-- without touching the person table. Birth year 0 stands for "date of birth unknown", so that
-- a probe of years y-1, y, y+1 and the unknown block is one index condition.
--
-- The trigger keeps the blocks in the same transaction as the person row, whoever writes it.

-- The one-edit neighbourhood of name keys: each key, and each key of three letters or more
-- with one letter left out. Two keys are one insertion, deletion, substitution or swap of
-- neighbours apart exactly when their neighbourhoods meet, so typo tolerance is an array
-- overlap inside the block. Shorter keys (Ali: "l") are too coarse to vary.
create function name_key_variants(keys text[]) returns text[]
language sql immutable parallel safe as $$
  select coalesce(array_agg(distinct variant), '{}')
  from (
    select k as variant from unnest(keys) as k
    union all
    select overlay(k placing '' from i for 1)
    from unnest(keys) as k, generate_series(1, length(k)) as i
    where length(k) >= 3
  ) as variants
$$;

create function person_match_birth_year(birth date, birth_precision text) returns smallint
language sql immutable parallel safe as $$
  select case when birth is null or birth_precision = 'unknown' then 0
              else extract(year from birth)::smallint end
$$;

create table person_match_key (
  key text not null,
  birth_year smallint not null check (birth_year >= 0),
  person_id uuid not null,
  -- How many keys the person has: the two-key rule asks for min(2, the record's keys, the probe's).
  key_count smallint not null,
  -- name_key_variants of the person's other keys: a typo in the second name still meets.
  near_keys text[] not null,
  date_of_birth date,
  primary key (key, birth_year, person_id) include (key_count, near_keys, date_of_birth)
);

create function person_match_key_refresh() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    if tg_op = 'UPDATE' and new.name_keys = old.name_keys
       and new.date_of_birth is not distinct from old.date_of_birth
       and new.date_of_birth_precision = old.date_of_birth_precision then
      return null;
    end if;
    delete from person_match_key
    where key = any(old.name_keys)
      and birth_year = person_match_birth_year(old.date_of_birth, old.date_of_birth_precision)
      and person_id = old.id;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into person_match_key (key, birth_year, person_id, key_count, near_keys, date_of_birth)
    select k, person_match_birth_year(new.date_of_birth, new.date_of_birth_precision), new.id,
           cardinality(new.name_keys), name_key_variants(array_remove(new.name_keys, k)), new.date_of_birth
    from (select distinct unnest(new.name_keys) as k) as keys;
  end if;
  return null;
end $$;

create trigger person_match_key_refresh
  after insert or delete or update of name_keys, date_of_birth, date_of_birth_precision on person
  for each row execute function person_match_key_refresh();

-- The blocks of the persons already registered, from their stored name_keys. Those were made by
-- the earlier key rules (src/domain/names.ts changed with this migration); recomputing them is a
-- separate step, not done here, and the trigger above follows any update of name_keys.
insert into person_match_key (key, birth_year, person_id, key_count, near_keys, date_of_birth)
select k, person_match_birth_year(p.date_of_birth, p.date_of_birth_precision), p.id,
       cardinality(p.name_keys), name_key_variants(array_remove(p.name_keys, k)), p.date_of_birth
from person as p, lateral (select distinct unnest(p.name_keys) as k) as keys;

