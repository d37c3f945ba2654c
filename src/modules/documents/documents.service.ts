import { notInFuture } from '../../core/dates.ts';
import QRCode from 'qrcode';
import { expiryFor, renewalOpensOn, renewedExpiry, ruleInForce } from '../../domain/document-validity.ts';
import { DOCUMENT_TYPE_INFO, type DocumentType } from '../../domain/reference/document-types.ts';
import type { UseCaseContext } from '../../core/use-case.ts';
import { AppError, conflict, notFound } from '../../core/errors.ts';
import type { IdentityDocumentRow } from '../../db/schema.ts';
import { loadPersonInScope } from '../persons/persons.service.ts';
import { presentSummary } from '../persons/persons.present.ts';
import { presentDocument } from './documents.view.ts';
import * as repo from './documents.repository.ts';
import { mayHaveTemporaryProtection } from '../../domain/procedure/states.ts';

export function documentNumber(type: DocumentType, year: string, serial: number): string {
  return `${DOCUMENT_TYPE_INFO[type].prefix}-${year}-${String(serial).padStart(6, '0')}`;
}

/** A document's event in its history and the matching audit entry, which always go together. */
async function recordDocumentEvent(
  ctx: UseCaseContext,
  event: Omit<Parameters<typeof repo.insertDocumentEvent>[1], 'by'>,
  action: string,
  details: Record<string, unknown>,
): Promise<void> {
  await repo.insertDocumentEvent(ctx.trx, { ...event, by: ctx.actor?.userId ?? null });
  ctx.audit({
    action,
    entityType: 'identity_document',
    entityId: event.documentId,
    personId: event.personId,
    details,
  });
}

/** Marks documents past their last day as expired, each with its event and audit entry. */
async function expireLapsedDocuments(ctx: UseCaseContext, personId: string): Promise<void> {
  for (const doc of await repo.expireLapsed(ctx.trx, personId, ctx.today)) {
    await recordDocumentEvent(
      ctx,
      { documentId: doc.id, personId, kind: 'expired', expiresOn: doc.expires_on, reason: null },
      'document.expire',
      { number: doc.number, expiresOn: doc.expires_on },
    );
  }
}

async function loadDocument(
  ctx: UseCaseContext,
  documentId: string,
  action: string,
): Promise<IdentityDocumentRow> {
  const doc = await repo.findDocument(ctx.trx, documentId);
  if (!doc) throw notFound('Document');
  await loadPersonInScope(ctx, doc.person_id, action, 'Document');
  return doc;
}

export async function issueDocument(
  ctx: UseCaseContext,
  personId: string,
  input: { type: DocumentType; issuedOn?: string | undefined },
) {
  const person = await loadPersonInScope(ctx, personId, 'document.issue');
  const issuedOn = input.issuedOn ?? ctx.today;
  notInFuture(issuedOn, ctx.today, 'issuedOn');
  if (input.type === 'temporary_protection_id' && !mayHaveTemporaryProtection(person.nationality)) {
    throw new AppError(
      'RULE_VIOLATION',
      'Temporary protection documents are for persons coming from Syria (TPR Provisional Art. 1)',
      [{ field: 'type', message: 'not available for this nationality', code: 'temporary_protection_scope' }],
    );
  }
  const rule = ruleInForce(await repo.validityRules(ctx.trx), input.type, issuedOn);
  if (!rule)
    throw new AppError('RULE_VIOLATION', `No validity rule for ${input.type} is in force on ${issuedOn}`);
  await expireLapsedDocuments(ctx, personId);
  const existing = (await repo.documentsOfPerson(ctx.trx, personId)).find(
    (d) => d.type === input.type && d.status === 'valid',
  );
  if (existing) {
    throw conflict(
      `A valid ${input.type} (${existing.number}) already exists; renew it or report it lost first`,
      [{ field: 'type', message: 'a valid document of this type exists', code: 'one_valid_per_type' }],
    );
  }
  const number = documentNumber(input.type, issuedOn.slice(0, 4), await repo.nextDocumentSerial(ctx.trx));
  const doc = await repo.insertDocument(ctx.trx, {
    personId,
    type: input.type,
    number,
    issuedOn,
    expiresOn: expiryFor(rule, issuedOn),
    ruleId: rule.id,
    issuedBy: ctx.actor?.userId ?? null,
    provinceCode: ctx.actor?.provinceCode ?? person.province_code,
  });
  await recordDocumentEvent(
    ctx,
    { documentId: doc.id, personId, kind: 'issued', expiresOn: doc.expires_on, reason: null },
    'document.issue',
    { type: input.type, number, expiresOn: doc.expires_on },
  );
  return presentDocument(doc, [rule], ctx.today);
}

export async function renewDocument(ctx: UseCaseContext, documentId: string) {
  const doc = await loadDocument(ctx, documentId, 'document.renew');
  if (doc.status !== 'valid' && doc.status !== 'expired') {
    throw conflict(`A ${doc.status} document cannot be renewed; issue a new one`);
  }
  const rule = ruleInForce(await repo.validityRules(ctx.trx), doc.type, ctx.today);
  if (!rule) throw new AppError('RULE_VIOLATION', `No validity rule for ${doc.type} is in force today`);
  const opensOn = renewalOpensOn(rule, doc.expires_on);
  if (ctx.today < opensOn) {
    throw new AppError(
      'RULE_VIOLATION',
      `Renewal opens on ${opensOn}, in the second half of the period (valid until ${doc.expires_on})`,
      [{ field: 'documentId', message: `not renewable before ${opensOn}`, code: 'renewal_not_open' }],
    );
  }
  if (doc.status === 'expired' || doc.expires_on < ctx.today) {
    const other = (await repo.documentsOfPerson(ctx.trx, doc.person_id)).find(
      (d) => d.type === doc.type && d.status === 'valid' && d.id !== doc.id,
    );
    if (other) throw conflict(`Another valid ${doc.type} (${other.number}) exists`);
  }
  const expiresOn = renewedExpiry(rule, doc.expires_on, ctx.today);
  const updated = await repo.updateDocument(ctx.trx, doc.id, {
    status: 'valid',
    expires_on: expiresOn,
    renewals: doc.renewals + 1,
    validity_rule_id: rule.id,
  });
  await recordDocumentEvent(
    ctx,
    { documentId: doc.id, personId: doc.person_id, kind: 'renewed', expiresOn, reason: null },
    'document.renew',
    { expiresOn },
  );
  return presentDocument(updated, [rule], ctx.today);
}

export async function endDocument(
  ctx: UseCaseContext,
  documentId: string,
  kind: 'lost' | 'revoked',
  reason: string,
) {
  const doc = await loadDocument(ctx, documentId, `document.${kind}`);
  if (doc.status !== 'valid' && doc.status !== 'expired')
    throw conflict(`The document is already ${doc.status}`);
  const updated = await repo.updateDocument(ctx.trx, doc.id, { status: kind, status_reason: reason });
  await recordDocumentEvent(
    ctx,
    { documentId: doc.id, personId: doc.person_id, kind, expiresOn: null, reason },
    `document.${kind}`,
    { reason },
  );
  return presentDocument(updated, await repo.validityRules(ctx.trx), ctx.today);
}

/**
 * The data for a printed identity card. The QR code carries only what is printed beside it
 * (document number, ID number, expiry), so a lost card reveals nothing more than its face.
 */
export async function cardFor(ctx: UseCaseContext, documentId: string) {
  const doc = await loadDocument(ctx, documentId, 'document.print');
  const person = await loadPersonInScope(ctx, doc.person_id, 'document.print', 'Document');
  if (doc.status !== 'valid' || doc.expires_on < ctx.today)
    throw conflict('Only a valid document can be printed');
  const payload = `KORUMA|${doc.number}|${person.foreigner_id_number}|${doc.expires_on}`;
  const qrSvg = await QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  ctx.audit({
    action: 'document.print',
    entityType: 'identity_document',
    entityId: doc.id,
    personId: doc.person_id,
  });
  return {
    person: presentSummary(person),
    document: presentDocument(doc, await repo.validityRules(ctx.trx), ctx.today),
    qrPayload: payload,
    qrSvg,
  };
}
