// Search-before-create: the people an officer must look at before registering someone.
import { scoreMatch, type MatchableIdentity, type MatchReason } from '../../domain/matching.ts';
import { nameKeys } from '../../domain/names.ts';
import type { UseCaseContext } from '../../core/use-case.ts';
import * as repo from './matches.repository.ts';
import { presentSummary } from './persons.present.ts';
import type { MatchInput, PersonSummary } from './persons.schema.ts';

/** Candidates at or above this score must be looked at before a new registration is accepted. */
export const DUPLICATE_THRESHOLD = 0.8;

/** How many block candidates are fetched and scored; ranked by shared keys and birth date first. */
const CANDIDATES_SCORED = 100;

export interface MatchCandidate {
  personId: string;
  score: number;
  reasons: MatchReason[];
  summary: PersonSummary;
}

type IdentityNames = Pick<
  MatchableIdentity,
  'givenName' | 'familyName' | 'givenNameOriginal' | 'familyNameOriginal'
>;

/** The name keys of a person's names in both scripts: what the blocks are keyed by. */
export function identityKeys(p: IdentityNames): string[] {
  return [
    ...new Set(
      [p.givenName, p.familyName, p.givenNameOriginal, p.familyNameOriginal].flatMap((n) => nameKeys(n)),
    ),
  ];
}

/** The birth year a probe reads its blocks by, or null when the date of birth is unknown. */
export function probeBirthYear(p: Pick<MatchableIdentity, 'dateOfBirth' | 'dateOfBirthPrecision'>) {
  return p.dateOfBirth && p.dateOfBirthPrecision !== 'unknown' ? Number(p.dateOfBirth.slice(0, 4)) : null;
}

function identityOf(p: repo.MatchCandidateRow): MatchableIdentity {
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

/** The audit entry for a person shown in a list of results. */
export function listedEntry(personId: string, via: 'search' | 'duplicate_check' | 'household') {
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
export async function findMatches(
  ctx: UseCaseContext,
  input: MatchInput,
  keys: readonly string[] = identityKeys(input),
): Promise<MatchCandidate[]> {
  const query: MatchableIdentity = { ...input };
  const birthYear = probeBirthYear(input);
  const rows = await repo.findMatchCandidates(ctx.trx, {
    keys,
    birthYear,
    dateOfBirth: birthYear === null ? null : (input.dateOfBirth ?? null),
    limit: CANDIDATES_SCORED,
  });
  return rows
    .map((row) => ({ row, ...scoreMatch(query, identityOf(row)) }))
    .filter((c) => c.score >= 0.3)
    .sort((a, b) => b.score - a.score)
    .slice(0, input.limit)
    .map((c) => ({ personId: c.row.id, score: c.score, reasons: c.reasons, summary: presentSummary(c.row) }));
}
