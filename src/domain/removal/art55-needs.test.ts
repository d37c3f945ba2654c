import { describe, expect, it } from 'vitest';
import { art55GroundsInNeeds, isReasonedAssessment } from './art55-needs.ts';

describe('Art. 55 grounds seen in the specific needs', () => {
  it.each([
    ['LFIP67-PREGNANT', 'pregnancy', 'b'],
    ['SM-DP', 'pregnancy', 'b'],
    ['CR-TP', 'pregnancy', 'b'],
    ['SM-CC', 'serious_illness', 'b'],
    ['SM-CI', 'serious_illness', 'b'],
    ['LFIP67-ELDERLY', 'old_age', 'b'],
    ['ER-FR', 'old_age', 'b'],
    ['TR-PI', 'torture', 'd'],
    ['TR', 'torture', 'd'],
    ['SV-VA', 'serious_violence', 'd'],
    ['LFIP67-VIOLENCE_SURVIVOR', 'serious_violence', 'd'],
  ])('%s → %s, Art. 55(%s)', (code, reason, ground) => {
    expect(art55GroundsInNeeds([code])).toEqual([{ code, reason, ground }]);
  });

  it('sees nothing in needs that are no Art. 55 ground', () => {
    expect(art55GroundsInNeeds(['DS-BD', 'SP-PT', 'LP-ND', 'FU-TR', 'SM-MN'])).toEqual([]);
  });

  it('takes a sentence as a reasoned assessment, not a word or a tick', () => {
    expect(isReasonedAssessment('Treatment completed in March; the doctor finds her fit to travel.')).toBe(
      true,
    );
    expect(isReasonedAssessment('not applicable')).toBe(false);
    expect(isReasonedAssessment('ok.')).toBe(false);
    expect(isReasonedAssessment(null)).toBe(false);
  });
});
