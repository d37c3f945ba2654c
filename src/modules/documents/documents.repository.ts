import { sql, type Kysely, type Transaction } from 'kysely';
import type {
  Database,
  IdentityDocumentEventKind,
  IdentityDocumentRow,
  IdentityDocumentStatus,
} from '../../db/schema.ts';
import type { ValidityRule } from '../../domain/document-validity.ts';

type Q = Kysely<Database> | Transaction<Database>;

export async function validityRules(db: Q): Promise<ValidityRule[]> {
  const rows = await db.selectFrom('document_validity_rule').selectAll().execute();
  return rows.map((r) => ({
    id: r.id,
    documentType: r.document_type,
    validityDays: r.validity_days,
    validityMonths: r.validity_months,
    effectiveFrom: r.effective_from,
    effectiveTo: r.effective_to,
    source: r.source,
    unverified: r.unverified,
  }));
}

export async function nextDocumentSerial(db: Q): Promise<number> {
  const { rows } = await sql<{ n: number }>`select nextval('document_serial')::int as n`.execute(db);
  return rows[0]!.n;
}

export function documentsOfPerson(db: Q, personId: string): Promise<IdentityDocumentRow[]> {
  return db
    .selectFrom('identity_document')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('issued_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export function findDocument(db: Q, id: string): Promise<IdentityDocumentRow | undefined> {
  return db.selectFrom('identity_document').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Documents still marked valid whose last day has passed are expired as of `today`. */
export async function expireLapsed(db: Q, personId: string, today: string): Promise<IdentityDocumentRow[]> {
  return db
    .updateTable('identity_document')
    .set({ status: 'expired', updated_at: new Date() })
    .where('person_id', '=', personId)
    .where('status', '=', 'valid')
    .where('expires_on', '<', today)
    .returningAll()
    .execute();
}

export function insertDocument(
  db: Q,
  doc: {
    personId: string;
    type: string;
    number: string;
    issuedOn: string;
    expiresOn: string;
    ruleId: string;
    issuedBy: string | null;
    provinceCode: string;
  },
): Promise<IdentityDocumentRow> {
  return db
    .insertInto('identity_document')
    .values({
      person_id: doc.personId,
      type: doc.type,
      number: doc.number,
      issued_on: doc.issuedOn,
      expires_on: doc.expiresOn,
      status: 'valid',
      status_reason: null,
      validity_rule_id: doc.ruleId,
      issued_by: doc.issuedBy,
      province_code: doc.provinceCode,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateDocument(
  db: Q,
  id: string,
  changes: {
    status?: IdentityDocumentStatus;
    status_reason?: string | null;
    expires_on?: string;
    renewals?: number;
    validity_rule_id?: string;
  },
): Promise<IdentityDocumentRow> {
  return db
    .updateTable('identity_document')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertDocumentEvent(
  db: Q,
  event: {
    documentId: string;
    personId: string;
    kind: IdentityDocumentEventKind;
    expiresOn: string | null;
    reason: string | null;
    by: string | null;
  },
): Promise<void> {
  await db
    .insertInto('identity_document_event')
    .values({
      document_id: event.documentId,
      person_id: event.personId,
      kind: event.kind,
      expires_on: event.expiresOn,
      reason: event.reason,
      by_user: event.by,
    })
    .execute();
}
