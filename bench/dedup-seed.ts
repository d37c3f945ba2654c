// Seeds a synthetic population (bench/population.ts) straight into the person table and its
// name-key blocks, fast: multi-row inserts of unnested arrays, the secondary indexes and the
// block trigger set aside during the load and rebuilt after. Benchmark code, not app code.
import { sql } from 'kysely';
import type { Db } from '../src/db/database.ts';
import { foreignerIdFromSerial } from '../src/domain/foreigner-id.ts';
import { derivedNames } from '../src/modules/persons/registration.service.ts';
import { households, registrationOf, type SyntheticPerson } from './population.ts';

/** Serials of the seeded persons start here, above the ones the app hands out in tests. */
export const SEED_SERIAL = 2_000_001;
const BATCH = 5_000;

export async function seedPopulation(
  db: Db,
  count: number,
  seed: number,
  keep: (index: number, person: SyntheticPerson) => void,
): Promise<void> {
  const k = db.kysely;
  const { rows: indexes } = await sql<{ indexdef: string; indexname: string }>`
    select indexname, indexdef from pg_indexes
    where tablename = 'person' and indexname not in ('person_pkey', 'person_foreigner_id_number_key')`.execute(
    k,
  );
  for (const i of indexes) await sql.raw(`drop index ${i.indexname}`).execute(k);
  await sql`alter table person disable trigger person_match_key_refresh`.execute(k);
  const columns = {
    fid: [] as string[],
    given: [] as string[],
    family: [] as string[],
    father: [] as string[],
    givenOriginal: [] as (string | null)[],
    familyOriginal: [] as (string | null)[],
    sex: [] as string[],
    dob: [] as (string | null)[],
    precision: [] as string[],
    nationality: [] as string[],
    keys: [] as string[],
    text: [] as string[],
  };
  const flush = async () => {
    if (columns.fid.length === 0) return;
    await sql`insert into person (foreigner_id_number, given_name, family_name, father_name,
        given_name_original, family_name_original, sex, date_of_birth, date_of_birth_precision,
        nationality, province_code, entry_type, name_keys, search_text, registration_province_code)
      select fid, given, family, father, go, fo, sex, dob, prec, nat, '34', 'irregular',
             string_to_array(keys, ' '), text, '34'
      from unnest(${columns.fid}::text[], ${columns.given}::text[], ${columns.family}::text[],
                  ${columns.father}::text[], ${columns.givenOriginal}::text[], ${columns.familyOriginal}::text[],
                  ${columns.sex}::text[], ${columns.dob}::date[], ${columns.precision}::text[],
                  ${columns.nationality}::text[], ${columns.keys}::text[], ${columns.text}::text[])
        as t(fid, given, family, father, go, fo, sex, dob, prec, nat, keys, text)`.execute(k);
    for (const list of Object.values(columns)) list.length = 0;
  };
  let index = 0;
  const started = performance.now();
  for (const person of households(seed, count)) {
    keep(index, person);
    const r = registrationOf(person);
    const names = derivedNames(r);
    columns.fid.push(foreignerIdFromSerial(SEED_SERIAL + index));
    columns.given.push(r.givenName);
    columns.family.push(r.familyName);
    columns.father.push(r.fatherName);
    columns.givenOriginal.push(r.givenNameOriginal ?? null);
    columns.familyOriginal.push(r.familyNameOriginal ?? null);
    columns.sex.push(r.sex);
    columns.dob.push(r.dateOfBirth ?? null);
    columns.precision.push(r.dateOfBirthPrecision);
    columns.nationality.push(r.nationality);
    columns.keys.push(names.name_keys.join(' '));
    columns.text.push(names.search_text);
    index++;
    if (columns.fid.length >= BATCH) await flush();
    if (index % 200_000 === 0)
      console.log(`  ${index} persons, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  await flush();
  console.log(
    `  persons loaded in ${((performance.now() - started) / 1000).toFixed(0)} s; building blocks and indexes`,
  );
  // The same rows the trigger writes (see the migration 20261204181200_person_match_blocks.sql).
  await sql`insert into person_match_key (key, birth_year, person_id, key_count, near_keys, date_of_birth)
    select k, person_match_birth_year(p.date_of_birth, p.date_of_birth_precision), p.id,
           cardinality(p.name_keys), name_key_variants(array_remove(p.name_keys, k)), p.date_of_birth
    from person as p, lateral (select distinct unnest(p.name_keys) as k) as keys
    where p.foreigner_id_number >= ${foreignerIdFromSerial(SEED_SERIAL)}
    on conflict do nothing`.execute(k);
  await sql`alter table person enable trigger person_match_key_refresh`.execute(k);
  for (const i of indexes) await sql.raw(i.indexdef).execute(k);
  await sql`select setval('foreigner_id_serial', greatest(${SEED_SERIAL + count}, (select last_value from foreigner_id_serial)))`.execute(
    k,
  );
  await sql`vacuum analyze person`.execute(k);
  await sql`vacuum analyze person_match_key`.execute(k);
  console.log(`  seeded ${count} persons in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
