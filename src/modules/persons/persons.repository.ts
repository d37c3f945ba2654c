import { sql, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { Database, NewPerson, PersonPhotoContentType, PersonRow } from '../../db/schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

export async function nextForeignerSerial(trx: Q): Promise<number> {
  const { rows } = await sql<{ n: number }>`select nextval('foreigner_id_serial')::int as n`.execute(trx);
  return rows[0]!.n;
}

/** Inserts a person with their specific needs in one statement (one round trip fewer). */
export function insertPerson(trx: Q, person: NewPerson, needs: readonly string[]): Promise<PersonRow> {
  if (needs.length === 0)
    return trx.insertInto('person').values(person).returningAll().executeTakeFirstOrThrow();
  return trx
    .with('inserted', (db) => db.insertInto('person').values(person).returningAll())
    .with('needs', (db) =>
      db
        .insertInto('person_specific_need')
        .columns(['person_id', 'code', 'recorded_by'])
        .expression((eb) =>
          eb
            .selectFrom('inserted')
            .select((s) => [
              'inserted.id',
              sql<string>`unnest(${[...needs]}::text[])`.as('code'),
              s.ref('inserted.registered_by').as('recorded_by'),
            ]),
        ),
    )
    .selectFrom('inserted')
    .selectAll()
    .executeTakeFirstOrThrow();
}

export function findPersonById(db: Q, id: string): Promise<PersonRow | undefined> {
  return db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findPersonsByIds(db: Q, ids: readonly string[]): Promise<PersonRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('person').selectAll().where('id', 'in', ids).execute();
}

export interface SearchCriteria {
  foreignerIdNumber?: string;
  documentNumber?: string;
  phoneDigits?: string;
  text?: string;
  keys?: string[];
  dateOfBirth?: string;
  provinceCode: string | null;
  limit: number;
}

export function searchPersons(db: Q, c: SearchCriteria): Promise<PersonRow[]> {
  let query = db.selectFrom('person').selectAll('person');
  if (c.provinceCode) query = query.where('person.province_code', '=', c.provinceCode);
  if (c.foreignerIdNumber) query = query.where('person.foreigner_id_number', '=', c.foreignerIdNumber);
  if (c.documentNumber) {
    const number = c.documentNumber;
    query = query.where('person.id', 'in', (eb) =>
      eb.selectFrom('identity_document').select('person_id').where('number', '=', number),
    );
  }
  if (c.phoneDigits) query = query.where('person.phone_digits', 'like', `%${c.phoneDigits}`);
  if (c.text) {
    const text = c.text;
    const keys = c.keys ?? [];
    const fragment = `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('person.search_text', 'like', fragment),
        sql<SqlBool>`person.search_text % ${text}`,
        ...(keys.length ? [sql<SqlBool>`person.name_keys @> ${keys}::text[]`] : []),
      ]),
    );
    query = query.orderBy(sql`similarity(person.search_text, ${text})`, 'desc');
  }
  if (c.dateOfBirth) query = query.where('person.date_of_birth', '=', c.dateOfBirth);
  return query.orderBy('person.created_at', 'desc').limit(c.limit).execute();
}

export function updatePerson(
  trx: Q,
  id: string,
  expectedVersion: number,
  changes: Partial<
    Pick<
      PersonRow,
      | 'phone'
      | 'phone_digits'
      | 'email'
      | 'province_code'
      | 'district'
      | 'languages'
      | 'given_name_original'
      | 'family_name_original'
      | 'name_keys'
      | 'search_text'
    >
  >,
): Promise<PersonRow | undefined> {
  return trx
    .updateTable('person')
    .set((eb) => ({ ...changes, updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

export async function insertDuplicateReview(
  trx: Q,
  review: { personId: string; candidatePersonIds: string[]; reason: string; decidedBy: string | null },
): Promise<void> {
  await trx
    .insertInto('duplicate_review')
    .values({
      person_id: review.personId,
      candidate_person_ids: review.candidatePersonIds,
      reason: review.reason,
      decided_by: review.decidedBy,
    })
    .execute();
}

export function currentNeeds(db: Q, personId: string) {
  return db
    .selectFrom('person_specific_need')
    .select(['code', 'note', 'recorded_at'])
    .where('person_id', '=', personId)
    .where('removed_at', 'is', null)
    .orderBy('recorded_at')
    .execute();
}

export async function insertNeeds(
  trx: Q,
  personId: string,
  needs: ReadonlyArray<{ code: string; note: string | null }>,
  recordedBy: string | null,
): Promise<number> {
  if (needs.length === 0) return 0;
  const inserted = await trx
    .insertInto('person_specific_need')
    .values(
      needs.map((n) => ({
        person_id: personId,
        code: n.code,
        note: n.note,
        recorded_by: recordedBy,
        removed_at: null,
        removed_by: null,
      })),
    )
    .onConflict((oc) => oc.columns(['person_id', 'code']).where('removed_at', 'is', null).doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}

export async function removeNeed(
  trx: Q,
  personId: string,
  code: string,
  removedBy: string | null,
): Promise<boolean> {
  const result = await trx
    .updateTable('person_specific_need')
    .set({ removed_at: new Date(), removed_by: removedBy })
    .where('person_id', '=', personId)
    .where('code', '=', code)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function markFictional(trx: Q, ids: readonly string[]): Promise<void> {
  if (ids.length) await trx.updateTable('person').set({ fictional: true }).where('id', 'in', ids).execute();
}

export async function countFictional(db: Q): Promise<number> {
  const row = await db
    .selectFrom('person')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('fictional', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function savePhoto(
  trx: Q,
  personId: string,
  contentType: PersonPhotoContentType,
  data: Uint8Array,
): Promise<void> {
  await trx
    .insertInto('person_photo')
    .values({ person_id: personId, content_type: contentType, data })
    .onConflict((oc) => oc.column('person_id').doUpdateSet({ content_type: contentType, data }))
    .execute();
  await trx
    .updateTable('person')
    .set({ has_photo: true, updated_at: new Date() })
    .where('id', '=', personId)
    .execute();
}

export function findPhoto(db: Q, personId: string) {
  return db
    .selectFrom('person_photo')
    .select(['content_type', 'data'])
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

/** Locks the rows in id order (so two lockers of overlapping sets cannot deadlock). */
export function lockPersons(db: Q, personIds: readonly string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('person')
    .select([
      'id',
      'sex',
      'date_of_birth',
      'date_of_birth_precision',
      'province_code',
      'registration_province_code',
      'given_name',
      'family_name',
      'entry_date',
    ])
    .where('id', 'in', personIds)
    .orderBy('id')
    .forUpdate()
    .execute();
}
