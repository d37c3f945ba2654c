// Every legal time limit of the procedure, in one table (domain.md §0). A limit is a rule with an
// effective-date range, never a constant: a clock is judged by the rule in force on the day the
// event that starts it happened. Figures and articles come from domain.md; its source keys are
// kept in `source`. Items domain.md marks UNVERIFIED carry `unverified: true` and are shown so.

export type PeriodUnit = 'days' | 'business_days' | 'months' | 'hours';

export const LIMIT_CODES = [
  'T1', // report to the assigned province
  'T2', // registration document validity (document module)
  'T3', // interview after registration
  'T4', // applicant ID validity (document module)
  'T5', // first-instance decision after registration (non-binding)
  'T6-interview', // accelerated: interview after application
  'T6-decision', // accelerated: decision after interview
  'T7', // inadmissibility (a), (b): HQ notified
  'T9-appeal', // appeal to IPEC
  'T9-decision', // IPEC decides
  'T10', // administrative court, regular rejection
  'T10-onward', // onward appeal to the regional administrative court
  'T10-other', // administrative court: exclusion, implicit withdrawal, cessation, cancellation
  'T11-appeal', // administrative court after rejection in the accelerated procedure
  'T11-inadmissible', // administrative court after an inadmissibility decision (UNVERIFIED)
  'T11-decision', // the court decides
  'T12-appeal', // removal decision appeal (issue: centres and removal)
  'T12-decision',
  'T13', // removal decision after apprehension
  'T14', // voluntary departure period (the decision sets 15 to 30 days)
  'T15', // transfer to a removal centre after a detention order
  'T16-initial', // administrative detention for removal
  'T16-extension', // its one extension
  'T16-review', // the monthly review of its necessity
  'T17', // criminal judgeship of peace decides a detention challenge
  'T18', // detention of an international-protection applicant
  'T19', // general administrative-court period (temporary protection decisions)
  'T20', // work permit may be sought
  'T21', // health insurance cover
  'T22', // report change of address, identity or civil status
  'T23-employment',
  'T23-income',
  'T24', // register a child's birth
] as const;
export type LimitCode = (typeof LIMIT_CODES)[number];

export interface TimeLimitRule {
  /** Stable id of this version of the rule (a code may have several over time). */
  id: string;
  code: LimitCode;
  amount: number;
  unit: PeriodUnit;
  /**
   * Where the sources disagree or are silent, the longest plausible period. A deadline shown to
   * an applicant uses `amount` (the earliest day they must act by); the non-refoulement guard
   * uses this one (nobody is removed while a window might still be open).
   */
  protectiveAmount?: number;
  article: string;
  source: string;
  effectiveFrom: string;
  /** Last day the rule applies to a clock started on it; null while in force. */
  effectiveTo: string | null;
  /** False where the law sets a target, not a deadline with consequences (e.g. T5). */
  binding: boolean;
  unverified: boolean;
  /** A period for going to court (İYUK Art. 8 counting and the judicial-recess question apply). */
  courtPeriod: boolean;
  /**
   * A limit on a deprivation of liberty: its last day never moves to the next working day, since
   * a weekend or holiday cannot lengthen a detention.
   */
  neverMoves?: boolean;
  note?: string;
}

const LFIP_START = '2014-04-11';
const LAW_7196 = '2019-12-24';
const BEFORE_7196 = '2019-12-23';

const rule = (r: Omit<TimeLimitRule, 'courtPeriod' | 'binding' | 'unverified'> & Partial<TimeLimitRule>) =>
  ({ courtPeriod: false, binding: true, unverified: false, ...r }) satisfies TimeLimitRule;

export const TIME_LIMIT_RULES: readonly TimeLimitRule[] = [
  rule({
    id: 'T1-2014',
    code: 'T1',
    amount: 15,
    unit: 'days',
    article: 'LFIP Art. 71; RFIP (satellite cities)',
    source: '[AIDA-overview]',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
  }),
  rule({
    id: 'T2-2014',
    code: 'T2',
    amount: 30,
    unit: 'days',
    article: 'LFIP Art. 69 (registration document)',
    source: '[GOC-docs]; exact article UNVERIFIED',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
    unverified: true,
    note: 'Validity is applied by the document module (document_validity_rule registration-30d-2014).',
  }),
  rule({
    id: 'T3-2014',
    code: 'T3',
    amount: 30,
    unit: 'days',
    article: 'LFIP Art. 75',
    source: '[HELP-ip] [AIDA-regular]',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
  }),
  rule({
    id: 'T4-2014',
    code: 'T4',
    amount: 6,
    unit: 'months',
    article: 'LFIP Art. 76 (pre-2019 text)',
    source: '[GOC-docs]',
    effectiveFrom: LFIP_START,
    effectiveTo: BEFORE_7196,
    note: 'Applied by the document module (ip-applicant-6m-2014).',
  }),
  rule({
    id: 'T4-2019',
    code: 'T4',
    amount: 6,
    unit: 'months',
    article: 'LFIP Art. 76 as amended by Law 7196: set by the Ministry of Interior',
    source: '[ECRE-2019bill]',
    effectiveFrom: LAW_7196,
    effectiveTo: null,
    unverified: true,
    note: 'Applied by the document module (ip-applicant-6m-2019).',
  }),
  rule({
    id: 'T5-2014',
    code: 'T5',
    amount: 6,
    unit: 'months',
    article: 'LFIP Art. 78',
    source: '[AIDA-regular] [HELP-ip]',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
    binding: false,
    note: 'If exceeded, the applicant must be told.',
  }),
  rule({
    id: 'T6i-2014',
    code: 'T6-interview',
    amount: 3,
    unit: 'days',
    article: 'LFIP Art. 79',
    source: '[AIDA-accel]',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
  }),
  rule({
    id: 'T6d-2014',
    code: 'T6-decision',
    amount: 5,
    unit: 'days',
    article: 'LFIP Art. 79',
    source: '[AIDA-accel]',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
  }),
  rule({
    id: 'T7-2014',
    code: 'T7',
    amount: 24,
    unit: 'hours',
    article: 'LFIP Art. 72',
    source: '[AIDA-admiss]',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
  }),
  rule({
    id: 'T9a-2014',
    code: 'T9-appeal',
    amount: 10,
    unit: 'days',
    article: 'LFIP Art. 80',
    source: '[GOZEL] [EXPATG]',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
    courtPeriod: false,
  }),
  rule({
    id: 'T9d-2014',
    code: 'T9-decision',
    amount: 15,
    unit: 'days',
    article: 'LFIP Art. 80',
    source: '[GOZEL] [EXPATG]',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
  }),
  rule({
    id: 'T10-2014',
    code: 'T10',
    amount: 30,
    unit: 'days',
    article: 'LFIP Art. 80',
    source: '[GOZEL] [EXPATG]',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
    courtPeriod: true,
  }),
  rule({
    id: 'T10o-2014',
    code: 'T10-onward',
    amount: 30,
    unit: 'days',
    article: 'İYUK Art. 45 (istinaf), as applied to LFIP Art. 80 cases',
    source: 'Not in domain.md; UNVERIFIED',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
    courtPeriod: true,
    unverified: true,
  }),
  rule({
    id: 'T10x-2014',
    code: 'T10-other',
    amount: 30,
    protectiveAmount: 60,
    unit: 'days',
    article: 'LFIP Art. 80 (exclusion, implicit withdrawal, cessation, cancellation)',
    source: '[KUTEL] [AVK]: 30 days, "in some cases up to 60"',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
    courtPeriod: true,
    unverified: true,
  }),
  rule({
    id: 'T11a-2014',
    code: 'T11-appeal',
    amount: 15,
    unit: 'days',
    article: 'LFIP Art. 80 (accelerated procedure)',
    source: '[BAYAR]',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
    courtPeriod: true,
  }),
  rule({
    id: 'T11i-2014',
    code: 'T11-inadmissible',
    amount: 15,
    unit: 'days',
    article: 'LFIP Art. 80 (inadmissibility: same regime as the accelerated procedure in general summaries)',
    source: '[KUTEL]: decision listed, periods not retrievable; UNVERIFIED',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
    courtPeriod: true,
    unverified: true,
  }),
  rule({
    id: 'T11d-2014',
    code: 'T11-decision',
    amount: 15,
    unit: 'days',
    article: 'LFIP Art. 80',
    source: '[BAYAR]',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
  }),
  rule({
    id: 'T12a-2014',
    code: 'T12-appeal',
    amount: 15,
    unit: 'days',
    article: 'LFIP Art. 53 (before Law 7196)',
    source: '[SEZGEN53] [AIDA-TP-appeal]',
    effectiveFrom: LFIP_START,
    effectiveTo: BEFORE_7196,
    courtPeriod: true,
  }),
  rule({
    id: 'T12a-2019',
    code: 'T12-appeal',
    amount: 7,
    unit: 'days',
    article: 'LFIP Art. 53 as amended by Law 7196',
    source: '[SEZGEN53] [SIMPLY57]',
    effectiveFrom: LAW_7196,
    effectiveTo: null,
    courtPeriod: true,
  }),
  rule({
    id: 'T12d-2014',
    code: 'T12-decision',
    amount: 15,
    unit: 'days',
    article: 'LFIP Art. 53',
    source: '[SEZGEN53] [MERIDYEN]',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
  }),
  rule({
    id: 'T13-2014',
    code: 'T13',
    amount: 48,
    unit: 'hours',
    article: 'LFIP Art. 57',
    source: '[SIMPLY57]',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
  }),
  rule({
    id: 'T14-2014',
    code: 'T14',
    amount: 30,
    unit: 'days',
    article: 'LFIP Art. 56',
    source: '[ALANYA55]',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
    note: 'The decision sets between 15 and 30 days; 30 is the longest.',
  }),
  rule({
    id: 'T15-2014',
    code: 'T15',
    amount: 48,
    unit: 'hours',
    article: 'LFIP Art. 57',
    source: '[AIDA-det-dur]',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
    neverMoves: true,
  }),
  rule({
    id: 'T16i-2014',
    code: 'T16-initial',
    amount: 6,
    unit: 'months',
    article: 'LFIP Art. 57',
    source: '[MH57] [AIDA-det-dur]',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
    neverMoves: true,
  }),
  rule({
    id: 'T16e-2014',
    code: 'T16-extension',
    amount: 6,
    unit: 'months',
    article: 'LFIP Art. 57',
    source: '[MH57] [AIDA-det-dur]',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
    neverMoves: true,
    note: 'At most 6 more months, only when removal fails for lack of cooperation or false information.',
  }),
  rule({
    id: 'T16r-2014',
    code: 'T16-review',
    amount: 1,
    unit: 'months',
    article: 'LFIP Art. 57',
    source: '[MH57]',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
    neverMoves: true,
  }),
  rule({
    id: 'T17-2014',
    code: 'T17',
    amount: 5,
    unit: 'days',
    article: 'LFIP Art. 57',
    source: '[MH57] [GIZEM57]',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
    neverMoves: true,
  }),
  rule({
    id: 'T18-2014',
    code: 'T18',
    amount: 30,
    unit: 'days',
    article: 'LFIP Art. 68',
    source: '[AIDA-det-grounds] [AIDA-det-dur]',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
    neverMoves: true,
  }),
  rule({
    id: 'T19-1982',
    code: 'T19',
    amount: 60,
    unit: 'days',
    article: 'İYUK Art. 7',
    source: '[AIDA-TP-appeal]',
    effectiveFrom: '1982-01-20',
    effectiveTo: null,
    courtPeriod: true,
  }),
  rule({
    id: 'T20-2016',
    code: 'T20',
    amount: 6,
    unit: 'months',
    article: 'Regulation No. 29695 (26/04/2016); TP: Reg. 2016/8375',
    source: '[GOC-rights] [AIDA-labour]',
    effectiveFrom: '2016-01-15',
    effectiveTo: null,
    note: 'A right, not a deadline: the first day a work permit may be sought.',
  }),
  rule({
    id: 'T21-2019',
    code: 'T21',
    amount: 12,
    unit: 'months',
    article: 'LFIP Art. 89(3) as amended by Law 7196',
    source: '[AIDA-health] [AIDA-reduce]',
    effectiveFrom: LAW_7196,
    effectiveTo: null,
    note: 'Except persons with special needs and those the Ministry deems appropriate. No limit before.',
  }),
  rule({
    id: 'T22-2014',
    code: 'T22',
    amount: 20,
    unit: 'business_days',
    article: 'LFIP Art. 90',
    source: '[UNHCR-leaflet] says 20 business days; [AIDA-reduce] says 20 days',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
    unverified: true,
  }),
  rule({
    id: 'T23e-2014',
    code: 'T23-employment',
    amount: 30,
    unit: 'days',
    article: 'LFIP Art. 90(1)(a)',
    source: '[AIDA-reduce] [UNHCR-leaflet]',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
  }),
  rule({
    id: 'T23i-2014',
    code: 'T23-income',
    amount: 20,
    protectiveAmount: 30,
    unit: 'days',
    article: 'LFIP Art. 90(1)(b)',
    source: '[AIDA-reduce] 30 days; [UNHCR-leaflet] 20 days',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
    unverified: true,
  }),
  rule({
    id: 'T24-2014',
    code: 'T24',
    amount: 30,
    unit: 'days',
    article: 'LFIP Art. 90; civil registration',
    source: '[UNHCR-leaflet]',
    effectiveFrom: LFIP_START,
    effectiveTo: null,
  }),
];

/** The rule in force on `onDate` for a code, or null when the law set no such limit then. */
export function ruleInForce(code: LimitCode, onDate: string, rules = TIME_LIMIT_RULES): TimeLimitRule | null {
  return (
    rules.find(
      (r) =>
        r.code === code && r.effectiveFrom <= onDate && (r.effectiveTo === null || onDate <= r.effectiveTo),
    ) ?? null
  );
}
