// The duplicate search's SQL: candidate blocks and the locks that keep two registrations of one
// person apart (see the migration 20261204181200_person_match_blocks.sql).
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, PersonRow } from '../../db/schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

/** What a duplicate candidate is scored and shown by: nothing else is read from the person table. */
export type MatchCandidateRow = Pick<
  PersonRow,
  | 'id'
  | 'foreigner_id_number'
  | 'given_name'
  | 'family_name'
  | 'father_name'
  | 'given_name_original'
  | 'family_name_original'
  | 'sex'
  | 'date_of_birth'
  | 'date_of_birth_precision'
  | 'nationality'
  | 'province_code'
  | 'fictional'
>;

export interface MatchProbe {
  keys: readonly string[];
  /** The probe's birth year, or null when its date of birth is unknown (every year is read). */
  birthYear: number | null;
  dateOfBirth: string | null;
  limit: number;
}

/**
 * Duplicate candidates, read from the blocks of people who share a name key and a birth year
 * within one of the probe's (or whose date of birth is unknown); see the migration
 * 20261204181200_person_match_blocks.sql. A candidate shares two keys (or as many as the record
 * or the probe has, if fewer), or one key and a second within one edit of a probe key (a typo).
 * Ranked by shared keys and birth-date closeness before the limit; only the candidates that
 * survive are fetched from the person table, by primary key.
 */
export async function findMatchCandidates(db: Q, probe: MatchProbe): Promise<MatchCandidateRow[]> {
  const keys = [...probe.keys];
  const year = probe.birthYear;
  const years = year === null ? sql`` : sql`and b.birth_year = any(${[year - 1, year, year + 1, 0]}::int[])`;
  const { rows } = await sql<MatchCandidateRow>`
    with probe as (select name_key_variants(${keys}::text[]) as variants),
    block as (
      select b.person_id, count(*)::int as shared_keys, min(b.key_count)::int as key_count,
             bool_or(b.near_keys && (select variants from probe)) as near,
             min(b.birth_year)::int as birth_year, min(b.date_of_birth) as date_of_birth
      from person_match_key as b
      where b.key = any(${keys}::text[]) ${years}
      group by b.person_id
    ),
    ranked as (
      select person_id, shared_keys, near, birth_year, date_of_birth from block
      where shared_keys >= least(2, key_count, ${keys.length}::int) or near
      order by shared_keys desc,
        case when ${year}::int is null or birth_year = 0 then 1 else abs(birth_year - ${year}::int) end,
        abs(date_of_birth - ${probe.dateOfBirth}::date) nulls last,
        near desc
      limit ${probe.limit}
    )
    select p.id, p.foreigner_id_number, p.given_name, p.family_name, p.father_name,
           p.given_name_original, p.family_name_original, p.sex, p.date_of_birth,
           p.date_of_birth_precision, p.nationality, p.province_code, p.fictional
    from ranked as r join person as p on p.id = r.person_id
    order by r.shared_keys desc`.execute(db);
  return rows;
}

/**
 * Makes a registration wait for the others that could be its duplicates, and only for those:
 * the ones sharing a name key and born within a year (exclusive locks on the key with the
 * year and the year after: two years at most one apart always meet in one), or with the date
 * unknown (an undated registration locks the key's "any year" exclusively, a dated one
 * shares it). Taken in one order, so no two registrations wait on each other in a circle;
 * held to commit. The duplicate search runs after this, in a statement of its own, so it sees
 * everyone who held the lock before.
 */
export async function lockMatchBlocks(
  trx: Q,
  keys: readonly string[],
  birthYear: number | null,
): Promise<void> {
  if (keys.length === 0) return;
  const slots = birthYear === null ? [0] : [0, birthYear, birthYear + 1];
  await sql`select case when ordered.shared then pg_advisory_xact_lock_shared(ordered.h, ordered.y)::text
                        else pg_advisory_xact_lock(ordered.h, ordered.y)::text end
            from (select hashtext('person-block:' || k) as h, y, (y = 0 and ${birthYear}::int is not null) as shared
                  from unnest(${[...keys]}::text[]) as k, unnest(${slots}::int[]) as y
                  order by 1, 2) as ordered`.execute(trx);
}
