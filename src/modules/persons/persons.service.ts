// Reading, searching and changing registered persons. Registration is in
// registration.service.ts, the duplicate search in matches.service.ts.
import { scopeReachesPerson } from '../../domain/access.ts';
import { isValidForeignerId } from '../../domain/foreigner-id.ts';
import { normaliseQuery, wordKeys } from '../../domain/names.ts';
import { AccessDenied, requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { AppError, notFound } from '../../core/errors.ts';
import type { PersonRow } from '../../db/schema.ts';
import * as repo from './persons.repository.ts';
import { presentNewPerson, presentPerson, presentSummary } from './persons.present.ts';
import { listedEntry } from './matches.service.ts';
import { derivedNames } from './registration.service.ts';
import type { PersonChanges, PersonSummary, PersonView } from './persons.schema.ts';

// Other modules register people (households, the demo seed) through this file.
export { registerPerson } from './registration.service.ts';

/**
 * Loads a person the actor may see, or refuses (and the refusal is audited).
 * @param asMissing the refusal's answer: that of the caller's own missing record (a document
 * reached through its person answers "Document not found" either way).
 */
export async function loadPersonInScope(
  ctx: UseCaseContext,
  personId: string,
  action: string,
  asMissing = 'Person',
): Promise<PersonRow> {
  const actor = requireActor(ctx);
  const person = await repo.findPersonById(ctx.trx, personId);
  if (!person) throw notFound('Person');
  if (
    !scopeReachesPerson(actor, {
      provinceCode: person.province_code,
      registrationProvinceCode: person.registration_province_code,
    })
  ) {
    throw new AccessDenied({ action, entityType: 'person', entityId: personId, personId }, asMissing);
  }
  return person;
}

/**
 * Decides, for a list shown to the actor, which people they may see: those in scope are shown
 * and audited as listed; the others are left out.
 */
export function scopedLister(
  ctx: UseCaseContext,
  via: 'household' | 'search' | 'duplicate_check',
  self?: string,
) {
  const actor = requireActor(ctx);
  return (p: { personId: string; provinceCode: string; registrationProvinceCode: string }): boolean => {
    if (p.personId === self) return true;
    if (!scopeReachesPerson(actor, p)) return false;
    ctx.audit(listedEntry(p.personId, via));
    return true;
  };
}

export async function readPerson(ctx: UseCaseContext, personId: string): Promise<PersonView> {
  const person = await loadPersonInScope(ctx, personId, 'person.read');
  ctx.audit({ action: 'person.read', entityType: 'person', entityId: personId, personId });
  return presentPerson(ctx, person, scopedLister(ctx, 'household', personId));
}

export async function viewAfterWrite(ctx: UseCaseContext, person: PersonRow): Promise<PersonView> {
  return presentPerson(ctx, person, scopedLister(ctx, 'household', person.id));
}

/** A person registered in this use case has no documents or household yet: nothing to read back. */
export function viewOfNewPerson(person: PersonRow, needs: readonly string[]): PersonView {
  const recordedAt = person.created_at.toISOString();
  return presentNewPerson(
    person,
    needs.map((code) => ({ code, note: null, recordedAt })),
  );
}

export interface SearchInput {
  q?: string | undefined;
  dateOfBirth?: string | undefined;
  limit: number;
}

/** Search by ID number, document number, phone or name (fragment, either script, no diacritics). */
export async function searchPersons(ctx: UseCaseContext, input: SearchInput): Promise<PersonSummary[]> {
  const actor = requireActor(ctx);
  const provinceCode = actor.role === 'administrator' ? null : actor.provinceCode;
  const q = input.q?.trim() ?? '';
  const compact = q.replace(/[\s-]/g, '');
  const criteria: repo.SearchCriteria = {
    provinceCode,
    limit: input.limit,
    ...(input.dateOfBirth ? { dateOfBirth: input.dateOfBirth } : {}),
  };
  let kind = 'none';
  if (/^\d{11}$/.test(compact) && compact.startsWith('99')) {
    if (!isValidForeignerId(compact)) {
      throw new AppError('VALIDATION', undefined, [
        { field: 'q', message: 'check digits do not match: a digit is mistyped', code: 'check_digit' },
      ]);
    }
    criteria.foreignerIdNumber = compact;
    kind = 'foreigner_id';
  } else if (/^[A-Z]{2,3}-?\d{4}-?\d{6,}$/i.test(compact)) {
    criteria.documentNumber = q.toUpperCase();
    kind = 'document';
  } else if (/^\+?[\d()]{7,}$/.test(compact)) {
    criteria.phoneDigits = compact.replace(/\D/g, '').slice(-10);
    kind = 'phone';
  } else if (q.length > 0) {
    criteria.text = normaliseQuery(q);
    criteria.keys = [...wordKeys(q)];
    kind = 'name';
  } else if (!input.dateOfBirth) {
    return [];
  }
  const rows = await repo.searchPersons(ctx.trx, criteria);
  ctx.audit({ action: 'person.search', entityType: 'person', details: { kind, results: rows.length } });
  for (const row of rows) ctx.audit(listedEntry(row.id, 'search'));
  return rows.map(presentSummary);
}

const TRACKED_FIELDS = {
  phone: 'phone',
  email: 'email',
  provinceCode: 'province_code',
  district: 'district',
  languages: 'languages',
  givenNameOriginal: 'given_name_original',
  familyNameOriginal: 'family_name_original',
} as const satisfies Record<string, keyof PersonRow>;

function previousValues(before: PersonRow, after: PersonRow): Record<string, unknown> {
  const changed = Object.entries(TRACKED_FIELDS).filter(
    ([, column]) => JSON.stringify(before[column]) !== JSON.stringify(after[column]),
  );
  return Object.fromEntries(changed.map(([field, column]) => [field, before[column]]));
}

export async function updatePerson(
  ctx: UseCaseContext,
  personId: string,
  changes: PersonChanges,
): Promise<PersonRow> {
  const current = await loadPersonInScope(ctx, personId, 'person.update');
  const { version, ...fields } = changes;
  const names = {
    givenName: current.given_name,
    familyName: current.family_name,
    fatherName: current.father_name,
    motherName: current.mother_name,
    givenNameOriginal:
      fields.givenNameOriginal === undefined ? current.given_name_original : fields.givenNameOriginal,
    familyNameOriginal:
      fields.familyNameOriginal === undefined ? current.family_name_original : fields.familyNameOriginal,
  };
  const updated = await repo.updatePerson(ctx.trx, personId, version, {
    ...(fields.phone !== undefined
      ? { phone: fields.phone, phone_digits: fields.phone ? fields.phone.replace(/\D/g, '') : null }
      : {}),
    ...(fields.email !== undefined ? { email: fields.email } : {}),
    ...(fields.provinceCode !== undefined ? { province_code: fields.provinceCode } : {}),
    ...(fields.district !== undefined ? { district: fields.district } : {}),
    ...(fields.languages !== undefined ? { languages: fields.languages } : {}),
    given_name_original: names.givenNameOriginal,
    family_name_original: names.familyNameOriginal,
    ...derivedNames(names),
  });
  if (!updated)
    throw new AppError(
      'STALE_VERSION',
      `Expected version ${version}, the record is at version ${current.version}`,
    );
  ctx.audit({
    action: 'person.update',
    entityType: 'person',
    entityId: personId,
    personId,
    // The values replaced are kept in the trail, so an earlier address or phone can be recovered.
    details: { previous: previousValues(current, updated) },
  });
  return updated;
}
