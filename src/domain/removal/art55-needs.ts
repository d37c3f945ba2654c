// LFIP Art. 55 grounds the record already shows: a specific need recorded for the person that
// corresponds to a bar on a removal decision. Seeing one does not decide it (Art. 55 calls for an
// individual assessment), but a removal decision may not be taken past it in silence.
import type { Art55Ground } from './removal.ts';

export const ART55_NEED_REASONS = [
  'pregnancy',
  'serious_illness',
  'old_age',
  'trafficking',
  'torture',
  'serious_violence',
] as const;
export type Art55NeedReason = (typeof ART55_NEED_REASONS)[number];

export interface Art55NeedHit {
  code: string;
  reason: Art55NeedReason;
  ground: Art55Ground;
}

// Codes of src/domain/reference/specific-needs.ts. The code list has no trafficking code (its
// possible proGres codes are UNVERIFIED there), so `trafficking` is never seen from a code yet.
const BY_CODE: Readonly<Record<string, Art55NeedReason>> = {
  'LFIP67-PREGNANT': 'pregnancy',
  PG: 'pregnancy',
  'SM-DP': 'pregnancy',
  'CR-TP': 'pregnancy',
  'SM-CC': 'serious_illness',
  'SM-CI': 'serious_illness',
  'SM-MI': 'serious_illness',
  'LFIP67-ELDERLY': 'old_age',
  'LFIP67-VIOLENCE_SURVIVOR': 'serious_violence',
  'LP-AN': 'serious_violence',
};
const BY_GROUP: Readonly<Record<string, Art55NeedReason>> = {
  PG: 'pregnancy',
  ER: 'old_age',
  TR: 'torture',
  SV: 'serious_violence',
};

/** Art. 55(1)(b) health, age, pregnancy; (ç) trafficking; (d) violence (torture included). */
const GROUND: Readonly<Record<Art55NeedReason, Art55Ground>> = {
  pregnancy: 'b',
  serious_illness: 'b',
  old_age: 'b',
  trafficking: 'ç',
  torture: 'd',
  serious_violence: 'd',
};

export function art55GroundsInNeeds(codes: readonly string[]): Art55NeedHit[] {
  const hits: Art55NeedHit[] = [];
  for (const code of codes) {
    const reason = BY_CODE[code] ?? BY_GROUP[code.split('-')[0] ?? code];
    if (reason && !hits.some((h) => h.code === code)) hits.push({ code, reason, ground: GROUND[reason] });
  }
  return hits;
}

/** A reasoned assessment is at least one sentence: several words ending in a full stop. */
export function isReasonedAssessment(text: string | null | undefined): boolean {
  const t = (text ?? '').trim();
  return t.length >= 20 && t.split(/\s+/).length >= 4 && /[.!?؟。]$/.test(t);
}
