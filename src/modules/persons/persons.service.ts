import { futureDateProblem } from '../../core/dates.ts';
import { scopeReachesPerson } from '../../domain/access.ts';
import { normaliseBirthDate } from '../../domain/calendar.ts';
import { foreignerIdFromSerial, isValidForeignerId } from '../../domain/foreigner-id.ts';
import { scoreMatch, type MatchableIdentity, type MatchReason } from '../../domain/matching.ts';
import { nameKeys, normaliseQuery, searchableText } from '../../domain/names.ts';
import { AccessDenied, AuditedFailure, requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { AppError, invalid, notFound } from '../../core/errors.ts';
import type { PersonRow } from '../../db/schema.ts';
import * as repo from './persons.repository.ts';
import { presentNewPerson, presentPerson, presentSummary } from './persons.present.ts';
import type { MatchInput, PersonChanges, PersonInput, PersonSummary, PersonView } from './persons.schema.ts';

/** Candidates at or above this score must be looked at before a new registration is accepted. */
export const DUPLICATE_THRESHOLD = 0.8;

export interface MatchCandidate {
  personId: string;
  score: number;
  reasons: MatchReason[];
  summary: PersonSummary;
}

function identityOf(p: PersonRow): MatchableIdentity {
  return {
    givenName: p.given_name,
    familyName: p.family_name,
    fatherName: p.father_name,
    givenNameOriginal: p.given_name_original,
    familyNameOriginal: p.family_name_original,
    dateOfBirth: p.date_of_birth,
    dateOfBirthPrecision: p.date_of_birth_precision,
    nationality: p.nationality,
  };
}

function derivedNames(
  p: Pick<
    PersonInput,
    'givenName' | 'familyName' | 'fatherName' | 'motherName' | 'givenNameOriginal' | 'familyNameOriginal'
  >,
) {
  const primary = [p.givenName, p.familyName, p.givenNameOriginal, p.familyNameOriginal];
  return {
    name_keys: [...new Set(primary.flatMap((n) => nameKeys(n)))],
    search_text: searchableText([...primary, p.fatherName]),
  };
}

/** The audit entry for a person shown in a list of results. */
function listedEntry(personId: string, via: 'search' | 'duplicate_check' | 'household') {
  return { action: 'person.listed', entityType: 'person', entityId: personId, personId, details: { via } };
}

/** Likely duplicates shown to an officer before registration; each person shown is audited. */
export async function checkForDuplicates(ctx: UseCaseContext, input: MatchInput): Promise<MatchCandidate[]> {
  const candidates = await findMatches(ctx, input);
  for (const c of candidates) ctx.audit(listedEntry(c.personId, 'duplicate_check'));
  return candidates;
}

/**
 * Possible duplicates, searched nationally whatever the officer's scope: the person most
 * likely to be registered twice is one who was first registered in another province.
 */
export async function findMatches(ctx: UseCaseContext, input: MatchInput): Promise<MatchCandidate[]> {
  const query: MatchableIdentity = { ...input };
  const keys = [
    ...new Set(
      [input.givenName, input.familyName, input.givenNameOriginal, input.familyNameOriginal].flatMap((n) =>
        nameKeys(n),
      ),
    ),
  ];
  const rows = await repo.findMatchCandidates(ctx.trx, {
    keys,
    text: searchableText([input.givenName, input.familyName]),
    birthYear:
      input.dateOfBirth && input.dateOfBirthPrecision !== 'unknown'
        ? Number(input.dateOfBirth.slice(0, 4))
        : null,
    limit: 100,
  });
  return rows
    .map((row) => ({ row, ...scoreMatch(query, identityOf(row)) }))
    .filter((c) => c.score >= 0.3)
    .sort((a, b) => b.score - a.score)
    .slice(0, input.limit)
    .map((c) => ({ personId: c.row.id, score: c.score, reasons: c.reasons, summary: presentSummary(c.row) }));
}

/** Registers one person: duplicate check, ID number, specific needs, audit. */
export async function registerPerson(ctx: UseCaseContext, input: PersonInput): Promise<PersonRow> {
  const actor = requireActor(ctx);
  const dateOfBirth = input.dateOfBirth
    ? normaliseBirthDate(input.dateOfBirth, input.dateOfBirthPrecision)
    : null;
  const future = [
    futureDateProblem(dateOfBirth, ctx.today, 'dateOfBirth'),
    futureDateProblem(input.entryDate, ctx.today, 'entryDate'),
  ].filter((p) => p !== null);
  if (future.length) throw invalid(future);
  const names = derivedNames(input);
  await repo.lockNameKeys(ctx.trx, names.name_keys);
  const likely = (await findMatches(ctx, { ...input, dateOfBirth, limit: 10 })).filter(
    (c) => c.score >= DUPLICATE_THRESHOLD,
  );
  const acknowledged = new Set(input.duplicateOverride?.candidatePersonIds ?? []);
  const unacknowledged = likely.filter((c) => !acknowledged.has(c.personId));
  if (unacknowledged.length > 0) {
    // The candidates are shown to the officer: that is a read of their records, audited
    // although this registration rolls back.
    throw new AuditedFailure(
      unacknowledged.map((c) => listedEntry(c.personId, 'duplicate_check')),
      'POSSIBLE_DUPLICATE',
      'Look at these people first: link to the existing person, or register anyway with a reason (duplicateOverride).',
      undefined,
      { candidates: unacknowledged },
    );
  }
  const foreignerIdNumber = foreignerIdFromSerial(await repo.nextForeignerSerial(ctx.trx));
  const person = await repo.insertPerson(ctx.trx, {
    foreigner_id_number: foreignerIdNumber,
    given_name: input.givenName,
    family_name: input.familyName,
    father_name: input.fatherName ?? null,
    mother_name: input.motherName ?? null,
    given_name_original: input.givenNameOriginal ?? null,
    family_name_original: input.familyNameOriginal ?? null,
    sex: input.sex,
    date_of_birth: dateOfBirth,
    date_of_birth_precision: input.dateOfBirthPrecision,
    place_of_birth: input.placeOfBirth ?? null,
    nationality: input.nationality,
    languages: input.languages,
    phone: input.phone ?? null,
    phone_digits: input.phone ? input.phone.replace(/\D/g, '') : null,
    email: input.email ?? null,
    province_code: input.provinceCode,
    district: input.district ?? null,
    entry_type: input.entryType,
    entry_date: input.entryDate ?? null,
    entry_place: input.entryPlace ?? null,
    ...names,
    registered_by: actor.userId,
    registration_province_code: actor.provinceCode ?? input.provinceCode,
  });
  await repo.insertNeeds(
    ctx.trx,
    person.id,
    input.specificNeeds.map((code) => ({ code, note: null })),
    actor.userId,
  );
  if (input.duplicateOverride) {
    await repo.insertDuplicateReview(ctx.trx, {
      personId: person.id,
      candidatePersonIds: input.duplicateOverride.candidatePersonIds,
      reason: input.duplicateOverride.reason,
      decidedBy: actor.userId,
    });
  }
  ctx.audit({
    action: 'person.register',
    entityType: 'person',
    entityId: person.id,
    personId: person.id,
    details: {
      foreignerIdNumber,
      specificNeeds: input.specificNeeds,
      ...(input.duplicateOverride ? { duplicateOverride: input.duplicateOverride.candidatePersonIds } : {}),
    },
  });
  return person;
}

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
    criteria.keys = [...nameKeys(q)];
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
