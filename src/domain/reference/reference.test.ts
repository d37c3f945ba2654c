import { describe, it, expect } from 'vitest';
import {
  ALPHA3_TO_ALPHA2,
  DOCUMENT_TYPES,
  DOCUMENT_TYPE_INFO,
  LANGS,
  PROVINCES,
  RELATIONSHIPS,
  RELATIONSHIP_LABELS,
  SPECIFIC_NEEDS,
  SPECIFIC_NEED_GROUPS,
  SPOKEN_LANGUAGE_INFO,
  SPOKEN_LANGUAGES,
  isDocumentType,
  isNationalityCode,
  isProvinceCode,
  isRelationship,
  isSpecificNeedCode,
  isSpokenLanguage,
  nationalityLabel,
  provinceName,
  specificNeed,
} from './index.ts';
import type { Labels } from './index.ts';

const ARABIC_YEH_KAF = /[\u064A\u0643\u0649]/; // ي ك ى: Arabic forms, wrong in Persian
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

const allLabels: [string, Labels][] = [
  ...SPECIFIC_NEED_GROUPS.map((g): [string, Labels] => [`group ${g.group}`, g.labels]),
  ...SPECIFIC_NEEDS.map((s): [string, Labels] => [`need ${s.code}`, s.labels]),
  ...RELATIONSHIPS.map((r): [string, Labels] => [`relationship ${r}`, RELATIONSHIP_LABELS[r]]),
  ...DOCUMENT_TYPES.map((d): [string, Labels] => [`document ${d}`, DOCUMENT_TYPE_INFO[d].labels]),
  ...SPOKEN_LANGUAGE_INFO.map((l): [string, Labels] => [`language ${l.code}`, l.labels]),
];

function expectUnique(values: readonly string[]): void {
  expect(new Set(values).size).toBe(values.length);
}

describe('labels', () => {
  it('every label exists and is non-empty in all four languages', () => {
    for (const [what, labels] of allLabels) {
      expect(Object.keys(labels).sort(), what).toEqual([...LANGS].sort());
      for (const lang of LANGS) expect(labels[lang].trim().length, `${what} ${lang}`).toBeGreaterThan(0);
    }
  });

  it('ar and fa labels are written in Arabic script', () => {
    for (const [what, labels] of allLabels) {
      expect(labels.ar, what).toMatch(ARABIC_SCRIPT);
      expect(labels.fa, what).toMatch(ARABIC_SCRIPT);
    }
  });

  it('Persian labels use Persian ی and ک, not Arabic ي ك ى', () => {
    for (const [what, labels] of allLabels) expect(labels.fa, what).not.toMatch(ARABIC_YEH_KAF);
    for (const code of [...Object.keys(ALPHA3_TO_ALPHA2), 'XXA', 'XXX']) {
      expect(nationalityLabel(code, 'fa'), code).not.toMatch(ARABIC_YEH_KAF);
    }
  });
});

describe('provinces', () => {
  it('has 81 provinces with codes 01..81 in order', () => {
    expect(PROVINCES).toHaveLength(81);
    expect(PROVINCES.map((p) => p.code)).toEqual(
      Array.from({ length: 81 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    expectUnique(PROVINCES.map((p) => p.name));
  });

  it('looks up names', () => {
    expect(provinceName('34')).toBe('İstanbul');
    expect(provinceName('06')).toBe('Ankara');
    expect(provinceName('63')).toBe('Şanlıurfa');
    expect(isProvinceCode('81')).toBe(true);
    expect(isProvinceCode('82')).toBe(false);
    expect(isProvinceCode('1')).toBe(false);
  });
});

describe('countries', () => {
  it('has all 249 ISO 3166-1 codes with unique alpha-2 values', () => {
    const keys = Object.keys(ALPHA3_TO_ALPHA2);
    expect(keys).toHaveLength(249);
    for (const k of keys) expect(k).toMatch(/^[A-Z]{3}$/);
    const a2 = Object.values(ALPHA3_TO_ALPHA2);
    for (const v of a2) expect(v).toMatch(/^[A-Z]{2}$/);
    expectUnique(a2);
  });

  it('recognises nationality codes', () => {
    for (const c of ['AFG', 'SYR', 'IRN', 'IRQ', 'TUR', 'XXA', 'XXX'])
      expect(isNationalityCode(c), c).toBe(true);
    for (const c of ['ZZZ', 'syr', 'SY', '', 'toString', '__proto__'])
      expect(isNationalityCode(c), c).toBe(false);
  });

  it('produces localised names through ICU', () => {
    expect(nationalityLabel('SYR', 'ar')).toMatch(ARABIC_SCRIPT);
    expect(nationalityLabel('SYR', 'en')).toBe('Syria');
    expect(nationalityLabel('SYR', 'tr')).toBe('Suriye');
    expect(nationalityLabel('AFG', 'fa')).toBe('افغانستان');
    expect(nationalityLabel('XXA', 'tr')).toBe('Vatansız');
    expect(nationalityLabel('XXX', 'en')).toBe('Unknown');
    expect(nationalityLabel('ZZZ', 'en')).toBe('ZZZ');
    for (const [a3, a2] of Object.entries(ALPHA3_TO_ALPHA2)) {
      for (const lang of LANGS) expect(nationalityLabel(a3, lang), `${a3} ${lang}`).not.toBe(a2);
    }
  });
});

describe('specific needs', () => {
  it('codes are unique and groups are known', () => {
    expectUnique(SPECIFIC_NEEDS.map((s) => s.code));
    expectUnique(SPECIFIC_NEED_GROUPS.map((g) => g.group));
    const groups = new Set(SPECIFIC_NEED_GROUPS.map((g) => g.group));
    for (const s of SPECIFIC_NEEDS) expect(groups.has(s.group), s.code).toBe(true);
  });

  it('SC-UC exists and UAM does not', () => {
    expect(isSpecificNeedCode('SC-UC')).toBe(true);
    expect(specificNeed('SC-UC')?.statutory).toBe('LFIP67-UNACCOMPANIED_MINOR');
    expect(isSpecificNeedCode('UAM')).toBe(false);
    expect(specificNeed('UAM')).toBeUndefined();
  });

  it('has the six statutory categories', () => {
    const statutory = SPECIFIC_NEEDS.filter((s) => s.family === 'statutory').map((s) => s.code);
    expect(statutory).toEqual([
      'LFIP67-UNACCOMPANIED_MINOR',
      'LFIP67-DISABLED',
      'LFIP67-ELDERLY',
      'LFIP67-PREGNANT',
      'LFIP67-SINGLE_PARENT',
      'LFIP67-VIOLENCE_SURVIVOR',
    ]);
  });

  it('has exactly the proGres v3 list [GH-progres] (113 codes)', () => {
    const progres = `CR CR-AF CR-CC CR-CH CR-CL CR-CP CR-CS CR-LO CR-LW CR-MS CR-NE CR-SE CR-TP
      DS DS-BD DS-DF DS-MM DS-MS DS-PM DS-PS DS-SD ER ER-FR ER-MC ER-NF ER-OC ER-SC ER-UR FU FU-FR FU-TR
      LP LP-AF LP-AN LP-AP LP-BN LP-CR LP-DA LP-DN LP-DO LP-DP LP-DT LP-ES LP-FR LP-IH LP-LS LP-MD LP-MM
      LP-MS LP-NA LP-ND LP-PV LP-RD LP-RP LP-RR LP-ST LP-TA LP-TC LP-TD LP-TO LP-TR LP-UP LP-VA LP-VF LP-VO
      LP-VP LP-WP PG PG-HR PG-LC SC SC-CH SC-FC SC-IC SC-NC SC-SC SC-UC SC-UF SC-UM SM SM-AD SM-CC SM-CI
      SM-DP SM-MI SM-MN SM-OT SP SP-CG SP-GP SP-PT SV SV-FM SV-GM SV-HK SV-HP SV-SS SV-VA SV-VF SV-VO
      TR TR-HO TR-PI TR-WV WR WR-GM WR-HR WR-LC WR-PY WR-SF WR-UW WR-WF WR-WR`.split(/\s+/);
    expect(progres).toHaveLength(113);
    const unhcr = SPECIFIC_NEEDS.filter((s) => s.family === 'unhcr').map((s) => s.code);
    expect([...unhcr].sort()).toEqual([...progres].sort());
  });

  it('marks unverified meanings and maps only to statutory codes', () => {
    const scnc = specificNeed('SC-NC');
    expect(scnc?.unverified).toBe(true);
    expect(scnc?.labels.en).toBe('SC-NC (meaning unverified)');
    for (const s of SPECIFIC_NEEDS.filter((x) => x.unverified)) {
      for (const lang of LANGS) expect(s.labels[lang].startsWith(s.code), `${s.code} ${lang}`).toBe(true);
    }
    expect(specificNeed('SC-UC')?.unverified).toBe(false);
    for (const s of SPECIFIC_NEEDS) {
      if (s.statutory === undefined) continue;
      expect(s.family).toBe('unhcr');
      expect(specificNeed(s.statutory)?.family, s.code).toBe('statutory');
    }
    expect(specificNeed('DS-PS')?.statutory).toBe('LFIP67-DISABLED');
    expect(specificNeed('SM-DP')?.statutory).toBe('LFIP67-PREGNANT');
    expect(specificNeed('LP-RR')?.statutory).toBeUndefined();
  });
});

describe('relationships, document types, languages', () => {
  it('relationships', () => {
    expectUnique(RELATIONSHIPS);
    expect(isRelationship('principal')).toBe(true);
    expect(isRelationship('cousin')).toBe(false);
  });

  it('document types', () => {
    expectUnique(DOCUMENT_TYPES);
    expectUnique(DOCUMENT_TYPES.map((d) => DOCUMENT_TYPE_INFO[d].prefix));
    expect(DOCUMENT_TYPE_INFO.registration_document.labels.tr).toBe('Kayıt Belgesi');
    expect(isDocumentType('ip_applicant_id')).toBe(true);
    expect(isDocumentType('passport')).toBe(false);
  });

  it('spoken languages', () => {
    expectUnique(SPOKEN_LANGUAGES);
    expect(SPOKEN_LANGUAGE_INFO.map((l) => l.code)).toEqual([...SPOKEN_LANGUAGES]);
    for (const c of ['ar', 'fa', 'prs', 'ps', 'kmr', 'ckb']) expect(isSpokenLanguage(c), c).toBe(true);
    expect(isSpokenLanguage('xx')).toBe(false);
  });
});
