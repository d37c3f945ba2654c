// Registering a person: the duplicate check, the ID number, specific needs and the audit, in
// one transaction.
import { futureDateProblem } from '../../core/dates.ts';
import { normaliseBirthDate } from '../../domain/calendar.ts';
import { foreignerIdFromSerial } from '../../domain/foreigner-id.ts';
import { nameKeys, searchableText } from '../../domain/names.ts';
import { AuditedFailure, requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { invalid } from '../../core/errors.ts';
import type { PersonRow } from '../../db/schema.ts';
import * as repo from './persons.repository.ts';
import { lockMatchBlocks } from './matches.repository.ts';
import { DUPLICATE_THRESHOLD, findMatches, listedEntry, probeBirthYear } from './matches.service.ts';
import type { PersonInput } from './persons.schema.ts';

/** The columns derived from the names for search and duplicate detection. */
export function derivedNames(
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

/**
 * Registers one person: duplicate check, ID number, specific needs, audit.
 *
 * Two officers registering the same person at once must not both pass the check, yet
 * officers registering different people must not wait for each other. So the registration
 * first locks only the blocks its own duplicates would be found in (its name keys with its
 * birth years, see lockMatchBlocks), then searches, then inserts; the person's blocks are
 * written by a trigger in the same transaction.
 */
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
  const probe = { ...input, dateOfBirth, limit: 10 };
  await lockMatchBlocks(ctx.trx, names.name_keys, probeBirthYear(probe));
  const likely = (await findMatches(ctx, probe, names.name_keys)).filter(
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
  const person = await repo.insertPerson(
    ctx.trx,
    {
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
    },
    input.specificNeeds,
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
