// A document as the person page and the document routes show it: its status judged today and
// the day its renewal opens, under the validity rule it was issued under.
import type { UseCaseContext } from '../../core/use-case.ts';
import type { IdentityDocumentRow } from '../../db/schema.ts';
import { renewalOpensOn, type ValidityRule } from '../../domain/document-validity.ts';
import type { PersonView } from '../persons/persons.schema.ts';
import * as repo from './documents.repository.ts';

type DocumentView = PersonView['documents'][number];

export function presentDocument(
  d: IdentityDocumentRow,
  rules: readonly ValidityRule[],
  today: string,
): DocumentView {
  const rule = rules.find((r) => r.id === d.validity_rule_id);
  // A document past its last day reads as expired even before anything has written that down.
  const status = d.status === 'valid' && d.expires_on < today ? 'expired' : d.status;
  const renewable = (status === 'valid' || status === 'expired') && rule;
  return {
    id: d.id,
    type: d.type,
    number: d.number,
    issuedOn: d.issued_on,
    expiresOn: d.expires_on,
    status,
    statusReason: d.status_reason,
    renewals: d.renewals,
    renewableFrom: renewable ? renewalOpensOn(rule, d.expires_on) : null,
    validityRule: {
      id: d.validity_rule_id,
      source: rule?.source ?? '',
      unverified: rule?.unverified ?? true,
    },
  };
}

/** The person page's documents, newest first (the persons module's person.documents hook). */
export async function documentsForPersonPage(
  ctx: UseCaseContext,
  { personId }: { personId: string },
): Promise<DocumentView[]> {
  const [documents, rules] = await Promise.all([
    repo.documentsOfPerson(ctx.trx, personId),
    repo.validityRules(ctx.trx),
  ]);
  return documents.map((d) => presentDocument(d, rules, ctx.today));
}
