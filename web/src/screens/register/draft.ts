// A person being registered, as the form holds it (strings), and its conversion to the API's
// shape. Pure functions, no React: the wizard's rules can be read here in one place.
import type { FieldProblem } from '../../api/client.ts';
import { todayInTurkiye } from '../../ui/format.ts';
import type {
  DatePrecision,
  EntryType,
  MatchCandidate,
  PersonInput,
  PersonSummary,
  Sex,
} from '../../api/types.ts';

export interface PersonDraft {
  givenName: string;
  familyName: string;
  fatherName: string;
  motherName: string;
  givenNameOriginal: string;
  familyNameOriginal: string;
  sex: Sex | '';
  /** As the input for the precision holds it: YYYY-MM-DD, YYYY-MM or YYYY. */
  dateOfBirth: string;
  dateOfBirthPrecision: DatePrecision;
  placeOfBirth: string;
  nationality: string;
  languages: string[];
  phone: string;
  email: string;
  provinceCode: string;
  district: string;
  entryType: EntryType | '';
  entryDate: string;
  entryPlace: string;
  specificNeeds: string[];
}

/** The result of "Check for existing records" and the officer's decision about it. */
export interface MatchCheck {
  /** The identity that was checked; a change of name or birth date makes the check stale. */
  identity: string;
  candidates: MatchCandidate[];
  different: string[];
  reason: string;
}

/** Per field: an i18n key (checked here) or a problem the server reported. */
export type FieldErrors = Record<string, string | FieldProblem>;

export interface PersonEntry {
  draft: PersonDraft;
  check: MatchCheck | null;
  errors: FieldErrors;
}

export interface MemberEntry extends PersonEntry {
  relationship: string;
  /** Set when the officer decided the member is an already registered person. */
  existing: PersonSummary | null;
}

export const OVERRIDE_REASON_MIN = 5;

export function emptyDraft(): PersonDraft {
  return {
    givenName: '',
    familyName: '',
    fatherName: '',
    motherName: '',
    givenNameOriginal: '',
    familyNameOriginal: '',
    sex: '',
    dateOfBirth: '',
    dateOfBirthPrecision: 'day',
    placeOfBirth: '',
    nationality: '',
    languages: [],
    phone: '',
    email: '',
    provinceCode: '',
    district: '',
    entryType: '',
    entryDate: '',
    entryPlace: '',
    specificNeeds: [],
  };
}

/** A family member usually shares the family name, nationality, address and arrival. */
export function memberDraftFrom(principal: PersonDraft): PersonDraft {
  const { familyName, familyNameOriginal, nationality, languages, provinceCode, district } = principal;
  const { entryType, entryDate, entryPlace } = principal;
  return {
    ...emptyDraft(),
    ...{
      familyName,
      familyNameOriginal,
      nationality,
      languages,
      provinceCode,
      district,
      entryType,
      entryDate,
      entryPlace,
    },
  };
}

export function isoBirthDate(d: PersonDraft): string | undefined {
  const v = d.dateOfBirth.trim();
  if (!v || d.dateOfBirthPrecision === 'unknown') return undefined;
  if (d.dateOfBirthPrecision === 'year') return /^\d{4}$/.test(v) ? `${v}-01-01` : v;
  if (d.dateOfBirthPrecision === 'month') return /^\d{4}-\d{2}$/.test(v) ? `${v}-01` : v;
  return v;
}

/** Converts the value kept for one precision to what the input of another expects. */
export function birthDateForPrecision(value: string, precision: DatePrecision): string {
  const year = value.slice(0, 4);
  if (!/^\d{4}/.test(value) || precision === 'unknown') return '';
  if (precision === 'year') return year;
  const month = value.slice(5, 7) || '01';
  if (precision === 'month') return `${year}-${month}`;
  return `${year}-${month}-${value.slice(8, 10) || '01'}`;
}

const opt = (v: string) => (v.trim() ? v.trim() : undefined);

function matchFields(d: PersonDraft) {
  return {
    givenName: d.givenName.trim(),
    familyName: d.familyName.trim(),
    fatherName: opt(d.fatherName),
    givenNameOriginal: opt(d.givenNameOriginal),
    familyNameOriginal: opt(d.familyNameOriginal),
    sex: d.sex as Sex,
    dateOfBirth: isoBirthDate(d),
    dateOfBirthPrecision: d.dateOfBirthPrecision,
    nationality: d.nationality,
  };
}

export function toMatchInput(d: PersonDraft) {
  return { ...matchFields(d), limit: 10 };
}

export function identityKey(d: PersonDraft): string {
  return JSON.stringify(matchFields(d));
}

export function checkIsCurrent(entry: PersonEntry): boolean {
  return entry.check !== null && entry.check.identity === identityKey(entry.draft);
}

/** Ready to register: checked, and every candidate judged a different person with a reason. */
export function checkIsResolved(entry: PersonEntry): boolean {
  const check = entry.check;
  if (!check || !checkIsCurrent(entry)) return false;
  if (check.candidates.length === 0) return true;
  const allDifferent = check.candidates.every((c) => check.different.includes(c.personId));
  return allDifferent && check.reason.trim().length >= OVERRIDE_REASON_MIN;
}

export function toPersonInput(entry: PersonEntry): PersonInput {
  const d = entry.draft;
  const check = entry.check;
  const input: PersonInput = {
    ...matchFields(d),
    motherName: opt(d.motherName),
    placeOfBirth: opt(d.placeOfBirth),
    languages: d.languages,
    phone: opt(d.phone),
    email: opt(d.email),
    provinceCode: d.provinceCode,
    district: opt(d.district),
    entryType: d.entryType as EntryType,
    entryDate: opt(d.entryDate),
    entryPlace: opt(d.entryPlace),
    specificNeeds: d.specificNeeds,
  };
  if (check && check.candidates.length > 0) {
    input.duplicateOverride = {
      candidatePersonIds: check.candidates.map((c) => c.personId),
      reason: check.reason.trim(),
    };
  }
  return JSON.parse(JSON.stringify(input)) as PersonInput; // drops the undefined optionals
}

/** What must be filled in before a duplicate check can run. Values are i18n keys. */
export function identityProblems(d: PersonDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!d.givenName.trim()) errors.givenName = 'field.required';
  if (!d.familyName.trim()) errors.familyName = 'field.required';
  if (!d.sex) errors.sex = 'field.required';
  if (!d.nationality) errors.nationality = 'field.required';
  if (d.dateOfBirthPrecision !== 'unknown') {
    const iso = isoBirthDate(d);
    if (!iso) errors.dateOfBirth = 'field.required';
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) errors.dateOfBirth = 'field.date';
    else if (iso > todayInTurkiye()) errors.dateOfBirth = 'field.future';
  }
  return errors;
}

/** Everything the server requires, checked before sending. Values are i18n keys. */
export function draftProblems(d: PersonDraft): Record<string, string> {
  const errors = identityProblems(d);
  if (!d.provinceCode) errors.provinceCode = 'field.required';
  if (!d.entryType) errors.entryType = 'field.required';
  if (d.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(d.email.trim())) errors.email = 'field.email';
  if (d.phone.trim() && !/^\+?[0-9 ()-]{7,20}$/.test(d.phone.trim())) errors.phone = 'field.phone';
  return errors;
}

export function byField(problems: FieldProblem[]): FieldErrors {
  return Object.fromEntries(problems.map((p) => [p.field, p]));
}

export interface ServerFieldErrors {
  principal: FieldProblem[];
  members: Map<number, FieldProblem[]>;
}

/**
 * Sorts the server's field problems by person: `members.1.person.dateOfBirth` belongs to the
 * second member, `principal.person.x` and plain `x` to the principal applicant.
 */
export function splitServerErrors(problems: FieldProblem[]): ServerFieldErrors {
  const out: ServerFieldErrors = { principal: [], members: new Map() };
  for (const p of problems) {
    const member = /^members\.(\d+)\.(?:person\.)?(.+)$/.exec(p.field);
    if (member) {
      const index = Number(member[1]);
      out.members.set(index, [...(out.members.get(index) ?? []), { ...p, field: member[2] ?? p.field }]);
    } else {
      out.principal.push({ ...p, field: p.field.replace(/^principal\.(?:person\.)?/, '') });
    }
  }
  return out;
}

/** The member a POSSIBLE_DUPLICATE refers to ("members.2: …"), or null for the principal. */
export function duplicateMemberIndex(detail: string | undefined): number | null {
  const match = /^members\.(\d+):/.exec(detail ?? '');
  return match ? Number(match[1]) : null;
}
