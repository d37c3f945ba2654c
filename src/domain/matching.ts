// Duplicate scoring for search-before-create. The database finds candidates by name keys and
// trigram similarity (see persons.repository.ts); this ranks them and says why, so that an
// officer sees "same name in the other script, birth year off by one" rather than a bare number.
import { foldLatin, nameKeys, hasArabicScript, transliterateArabic } from './names.ts';

export interface MatchableIdentity {
  givenName: string;
  familyName: string;
  fatherName?: string | null | undefined;
  givenNameOriginal?: string | null | undefined;
  familyNameOriginal?: string | null | undefined;
  dateOfBirth?: string | null | undefined;
  /** 'day' when absent. A year-only date is stored as 1 January of that year. */
  dateOfBirthPrecision?: 'day' | 'month' | 'year' | 'unknown' | null | undefined;
  nationality?: string | null | undefined;
}

export type MatchReason =
  | 'same_name'
  | 'name_variant'
  | 'name_in_other_script'
  | 'similar_spelling'
  | 'name_order_swapped'
  | 'same_father_name'
  | 'same_date_of_birth'
  | 'birth_year_off_by_one'
  | 'day_month_swapped'
  | 'same_birth_year'
  | 'birth_date_within_precision'
  | 'birth_date_unknown'
  | 'same_nationality'
  | 'different_nationality';

export interface MatchResult {
  score: number;
  reasons: MatchReason[];
}

const overlaps = (a: readonly string[], b: readonly string[]) => a.some((k) => b.includes(k));

function keysOf(latin: string, original: string | null | undefined): NameKeys {
  return { latin: nameKeys(latin), original: nameKeys(original) };
}

/** Dice coefficient over letter bigrams of folded text: 1 for equal, 0 for nothing shared. */
export function spellingSimilarity(a: string, b: string): number {
  const fold = (s: string) =>
    (hasArabicScript(s) ? transliterateArabic(s) : foldLatin(s)).replace(/\s+/g, ' ');
  const x = fold(a);
  const y = fold(b);
  if (x === y) return 1;
  const bigrams = (s: string) => {
    const out = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) out.set(s.slice(i, i + 2), (out.get(s.slice(i, i + 2)) ?? 0) + 1);
    return out;
  };
  const bx = bigrams(x);
  const by = bigrams(y);
  let shared = 0;
  for (const [gram, count] of bx) shared += Math.min(count, by.get(gram) ?? 0);
  const total = Math.max(x.length - 1, 0) + Math.max(y.length - 1, 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

interface NamePartMatch {
  matched: boolean;
  viaOriginal: boolean;
}

interface NameKeys {
  latin: readonly string[];
  original: readonly string[];
}

function namePart(q: NameKeys, c: NameKeys): NamePartMatch {
  const qAll = [...q.latin, ...q.original];
  const cAll = [...c.latin, ...c.original];
  if (!overlaps(qAll, cAll)) return { matched: false, viaOriginal: false };
  return { matched: true, viaOriginal: !overlaps(q.latin, c.latin) };
}

const PRECISION_LENGTH = { day: 10, month: 7, year: 4 } as const;

function knownBirth(p: MatchableIdentity): { date: string; length: number } | null {
  const precision = p.dateOfBirthPrecision ?? 'day';
  if (!p.dateOfBirth || precision === 'unknown') return null;
  return { date: p.dateOfBirth, length: PRECISION_LENGTH[precision] };
}

function compareBirth(query: MatchableIdentity, candidate: MatchableIdentity): MatchReason | null {
  const a = knownBirth(query);
  const b = knownBirth(candidate);
  // Many refugees do not know their date of birth: a missing one neither confirms nor rules out.
  if (!a || !b) return 'birth_date_unknown';
  const length = Math.min(a.length, b.length);
  if (length < 10)
    return a.date.slice(0, length) === b.date.slice(0, length) ? 'birth_date_within_precision' : null;
  if (a.date === b.date) return 'same_date_of_birth';
  const [ya, ma, da] = a.date.split('-');
  const [yb, mb, db] = b.date.split('-');
  if (ya === yb && ma === db && da === mb) return 'day_month_swapped';
  if (ma === mb && da === db && Math.abs(Number(ya) - Number(yb)) === 1) return 'birth_year_off_by_one';
  if (ya === yb) return 'same_birth_year';
  return null;
}

const BIRTH_WEIGHT: Record<string, number> = {
  same_date_of_birth: 0.25,
  birth_date_within_precision: 0.22,
  birth_date_unknown: 0.05,
  day_month_swapped: 0.2,
  birth_year_off_by_one: 0.18,
  same_birth_year: 0.12,
};

// A year shared is weak evidence where names repeat: at a million persons, many people with
// a common name share a birth year. Alone with the names and nationality it stays below the
// duplicate threshold; a matching father's name lifts it over.
const YEAR_ONLY_WEIGHT = 0.15;
const FATHER_SPELLING = 0.4;

function onlyYearsKnown(a: MatchableIdentity, b: MatchableIdentity): boolean {
  return a.dateOfBirthPrecision === 'year' || b.dateOfBirthPrecision === 'year';
}

export function scoreMatch(query: MatchableIdentity, candidate: MatchableIdentity): MatchResult {
  const reasons: MatchReason[] = [];
  const qGiven = keysOf(query.givenName, query.givenNameOriginal);
  const qFamily = keysOf(query.familyName, query.familyNameOriginal);
  const cGiven = keysOf(candidate.givenName, candidate.givenNameOriginal);
  const cFamily = keysOf(candidate.familyName, candidate.familyNameOriginal);

  let given = namePart(qGiven, cGiven);
  let family = namePart(qFamily, cFamily);
  if (!given.matched && !family.matched) {
    const swappedGiven = namePart(qGiven, cFamily);
    const swappedFamily = namePart(qFamily, cGiven);
    if (swappedGiven.matched && swappedFamily.matched) {
      reasons.push('name_order_swapped');
      given = swappedGiven;
      family = swappedFamily;
    }
  }

  const fullQuery = `${query.givenName} ${query.familyName}`;
  const fullCandidate = `${candidate.givenName} ${candidate.familyName}`;
  const similarity = spellingSimilarity(fullQuery, fullCandidate);
  let nameScore = (given.matched ? 0.25 : 0) + (family.matched ? 0.25 : 0);
  if (given.matched && family.matched) {
    if (given.viaOriginal || family.viaOriginal) reasons.push('name_in_other_script');
    else reasons.push(similarity === 1 ? 'same_name' : 'name_variant');
  } else if (similarity >= 0.6) {
    reasons.push('similar_spelling');
    nameScore = Math.max(nameScore, 0.4 * similarity);
  }
  // Keys are coarse (Hassan and Hossein share one); spelling refines within a key.
  nameScore = nameScore * (0.8 + 0.2 * similarity);

  let score = nameScore;
  const fatherQ = nameKeys(query.fatherName);
  // Keys are coarse (Mahmoud and Mohammad, Hassan and Hussein share one): a father's name
  // counts only when it is also spelled alike.
  if (
    fatherQ.length > 0 &&
    overlaps(fatherQ, nameKeys(candidate.fatherName)) &&
    spellingSimilarity(query.fatherName ?? '', candidate.fatherName ?? '') >= FATHER_SPELLING
  ) {
    reasons.push('same_father_name');
    score += 0.15;
  }
  const birth = compareBirth(query, candidate);
  if (birth) {
    reasons.push(birth);
    score +=
      birth === 'birth_date_within_precision' && onlyYearsKnown(query, candidate)
        ? YEAR_ONLY_WEIGHT
        : (BIRTH_WEIGHT[birth] ?? 0);
  }
  if (query.nationality && candidate.nationality) {
    if (query.nationality === candidate.nationality) {
      reasons.push('same_nationality');
      score += 0.1;
    } else {
      reasons.push('different_nationality');
      score -= 0.1;
    }
  }
  return { score: Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000, reasons };
}
