// The four catalogues must say the same things: every key in every language (with each
// language's own plural forms), the same placeholders, Persian letters in Persian, and every
// key the code asks for present. Runs in node, without a DOM.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import ar from '../../locales/ar.json' with { type: 'json' };
import en from '../../locales/en.json' with { type: 'json' };
import fa from '../../locales/fa.json' with { type: 'json' };
import tr from '../../locales/tr.json' with { type: 'json' };
import { ROLES } from '../../src/domain/access.ts';
import { REMOVAL_BARS } from '../../src/domain/procedure/non-refoulement.ts';
import { DEADLINE_FLAGS } from '../../src/domain/procedure/periods.ts';
import {
  ACCELERATION_GROUNDS,
  APPEAL_BODIES,
  APPEAL_OUTCOMES,
  CASE_STATES,
  DECISIONS,
  INADMISSIBILITY_GROUNDS,
  LODGING_CHANNELS,
  PROCEDURES,
  TP_END_GROUNDS,
  TRACKS,
  WITHDRAWAL_GROUNDS,
} from '../../src/domain/procedure/states.ts';
import { LIMIT_CODES } from '../../src/domain/procedure/time-limits.ts';
import {
  HEALTH_COVER_ABSENT,
  HEALTH_COVER_CONTINUES,
  WORK_PERMIT_UNAVAILABLE,
} from '../../src/domain/procedure/rights.ts';
import { WORKLISTS } from '../../src/domain/procedure/worklists.ts';
import { actionInput, ATTENDEES, caseView } from '../../src/modules/cases/cases.schema.ts';
import { documentView, matchReason } from '../../src/modules/persons/persons.schema.ts';
import { precision, sex } from '../../src/core/field-schemas.ts';
import { ERROR_CODES } from '../../src/core/errors.ts';
import { KNOWN_PROBLEMS } from './ui/Problem.tsx';
import { COMMAND_FIELDS } from './screens/case/commands.ts';
import {
  CENTRE_KINDS,
  OPERATORS,
  UNIT_RULES,
  UNIT_SEXES,
  UNIT_TYPES,
} from '../../src/domain/centres/unit-rules.ts';
import {
  ALTERNATIVE_KINDS,
  APPLICANT_DETENTION_GROUNDS,
  DETENTION_BASES,
  EXTENSION_REASONS,
  REMOVAL_DETENTION_GROUNDS,
  REVIEW_OUTCOMES,
} from '../../src/domain/detention/limits.ts';
import {
  ART55_GROUNDS,
  REMOVAL_EXECUTION_BARS,
  REMOVAL_GROUNDS,
  REMOVAL_STATES,
} from '../../src/domain/removal/removal.ts';
import {
  REFERRAL_STATUSES,
  SERVICE_CATEGORIES,
  VISIT_STATUSES,
  VISITOR_KINDS,
} from '../../src/modules/care/care.schema.ts';
import { appealOutcomeInput } from '../../src/modules/removal/removal.schema.ts';
import type { ClockStatus } from '../../src/modules/detention/detention.view.ts';
import { REMOVAL_STEP_NAMES } from './screens/removal/steps.ts';
import { SHARING_CATALOGUE_KEYS } from './screens/resettlement/catalogue-keys.ts';

// The codes come from the server's own schemas, so a new code without words fails here.
const MATCH_REASONS = matchReason.options;
const DOCUMENT_STATUSES = documentView.shape.status.options;
const CASE_ACTIONS = actionInput.shape.command.options.map((o) => o.shape.action.value);
const CLOCK_STATUSES = caseView.shape.clocks.element.shape.status.options;
// Events the service writes besides the commands (cases.service.ts), and interview statuses (the
// interview table's check in the procedure migration).
const OTHER_EVENTS = ['lodge', 'correct_date'];
const INTERVIEW_STATUSES = ['scheduled', 'held', 'missed', 'excused', 'superseded'];
// Centres and removal: placement end reasons, removal events and closing reasons, release reasons
// and challenge outcomes are written by the services and checked by the centres migration.
const PLACEMENT_ENDS = ['transferred', 'discharged', 'released', 'removed'];
const REMOVAL_EVENTS = ['decide', 'notify', 'appeal', 'appeal_outcome', 'cancel', 'carry_out'];
const RELEASE_REASONS = ['review', 'removed', 'judgeship_order'];
const CHALLENGE_OUTCOMES = ['release_ordered', 'rejected'];
const DETENTION_CLOCK_STATUSES: Record<ClockStatus, true> = { open: true, met: true, overdue: true };
const REMOVAL_RULES = ['LFIP-4', 'LFIP-52', 'LFIP-53', 'LFIP-56', 'LFIP-57', 'LFIP-68'];
// What a refused detention step names (domain/detention/limits.ts ReviewRefusal, detention.service.ts).
const DETENTION_REFUSALS = [
  'review_after_maximum',
  'extension_not_allowed',
  'extension_reason_required',
  'extension_beyond_maximum',
  'already_extended',
  'removal_decision_required',
  'application_required',
  'released',
];

// The portal's page classifications and translation statuses: the server keeps them as the check
// constraints of its portal migration, so they are read from there.
const PORTAL_SQL = readFileSync(
  fileURLToPath(new URL('../../src/db/migrations/20261129160000_portal.sql', import.meta.url)),
  'utf8',
);
const checkList = (column: string) =>
  [
    ...(
      PORTAL_SQL.match(new RegExp(`${column} text not null check \\(${column} in \\(([^)]*)\\)`))?.[1] ?? ''
    ).matchAll(/'([^']+)'/g),
  ].map((m) => m[1] ?? '');
const PORTAL_CLASSIFICATIONS = checkList('classification');
const TRANSLATION_STATUSES = checkList('status');

type Catalogue = { [key: string]: string | Catalogue };
const catalogues: Record<string, Catalogue> = { tr, en, ar, fa };
const SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const flat = Object.fromEntries(Object.entries(catalogues).map(([lang, c]) => [lang, flatten(c)]));
// A key is plural when English has its `_other` form (so `birth_year_off_by_one` is not one).
const pluralBases = new Set(
  [...(flat.en?.keys() ?? [])].filter((k) => k.endsWith('_other')).map((k) => k.replace(SUFFIX, '')),
);
const baseOf = (key: string) => {
  const base = key.replace(SUFFIX, '');
  return pluralBases.has(base) ? base : key;
};
const baseKeys = (lang: string) => new Set([...(flat[lang]?.keys() ?? [])].map(baseOf));
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locale catalogues', () => {
  const reference = baseKeys('en');

  for (const lang of Object.keys(catalogues)) {
    test(`${lang} has every key and no extra ones`, () => {
      const keys = baseKeys(lang);
      expect(
        [...reference].filter((k) => !keys.has(k)),
        'missing',
      ).toEqual([]);
      expect(
        [...keys].filter((k) => !reference.has(k)),
        'extra',
      ).toEqual([]);
    });

    test(`${lang} has every plural form its language needs`, () => {
      const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      const missing = [...pluralBases].flatMap((base) =>
        needed.filter((c) => !flat[lang]?.has(`${base}_${c}`)).map((c) => `${base}_${c}`),
      );
      expect(missing).toEqual([]);
    });

    test(`${lang} uses the same placeholders as English`, () => {
      const wrong: string[] = [];
      for (const [key, text] of flat[lang] ?? []) {
        const english = flat.en?.get(key) ?? flat.en?.get(`${baseOf(key)}_other`);
        const found = placeholders(text).filter((p) => p !== 'count');
        const expected = english === undefined ? found : placeholders(english).filter((p) => p !== 'count');
        if (JSON.stringify(found) !== JSON.stringify(expected)) wrong.push(key);
      }
      expect(wrong).toEqual([]);
    });

    test(`${lang} isolates the same numbers and codes as English (<ltr> tags)`, () => {
      const tags = (text: string | undefined) =>
        `${text?.split('<ltr>').length}/${text?.split('</ltr>').length}`;
      const wrong = [...(flat[lang] ?? [])]
        .filter(
          ([key, text]) => tags(text) !== tags(flat.en?.get(key) ?? flat.en?.get(`${baseOf(key)}_other`)),
        )
        .map(([key]) => key);
      expect(wrong).toEqual([]);
    });

    test(`${lang} has no empty messages`, () => {
      expect([...(flat[lang] ?? [])].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
    });
  }

  test('Persian is written with Persian letters (ی ک), not the Arabic ي ك', () => {
    const arabicLetters = [...(flat.fa ?? [])]
      .filter(([, v]) => /[\u064A\u0643\u0649]/.test(v))
      .map(([k]) => k);
    expect(arabicLetters).toEqual([]);
  });

  test('Turkish uses its own letters', () => {
    const all = [...(flat.tr?.values() ?? [])].join(' ');
    for (const letter of ['İ', 'ı', 'ş', 'ğ', 'ç', 'ö', 'ü']) expect(all).toContain(letter);
  });

  test('every code the server sends has words', () => {
    const needed = [
      ...MATCH_REASONS.map((r) => `reason.${r}`),
      ...DOCUMENT_STATUSES.map((s) => `documents.status.${s}`),
      ...ROLES.map((r) => `role.${r}`),
      ...sex.options.flatMap((s) => [`sex.${s}`, `cardFace.sexValue.${s}`]),
      ...precision.options.map((p) => `precision.${p}`),
      ...CASE_STATES.map((c) => `caseState.${c}`),
      ...TRACKS.map((c) => `track.${c}`),
      ...PROCEDURES.map((c) => `procedure.${c}`),
      ...LODGING_CHANNELS.map((c) => `lodgedVia.${c}`),
      ...[...DECISIONS, 'ipec_rejection'].map((c) => `decision.${c}`),
      ...ACCELERATION_GROUNDS.map((c) => `accelerationGround.${c}`),
      ...INADMISSIBILITY_GROUNDS.map((c) => `inadmissibilityGround.${c}`),
      ...WITHDRAWAL_GROUNDS.map((c) => `withdrawalGround.${c}`),
      ...APPEAL_BODIES.map((c) => `appealBody.${c}`),
      ...APPEAL_OUTCOMES.map((c) => `appealOutcome.${c}`),
      ...TP_END_GROUNDS.map((c) => `tpEndGround.${c}`),
      ...ATTENDEES.map((c) => `attendee.${c}`),
      ...CASE_ACTIONS.flatMap((a) => [`caseAction.${a}`, `caseEvent.${a}`]),
      ...OTHER_EVENTS.map((e) => `caseEvent.${e}`),
      ...LIMIT_CODES.map((c) => `limit.${c}`),
      ...DEADLINE_FLAGS.map((f) => `flag.${f}`),
      ...CLOCK_STATUSES.map((s) => `clockStatus.${s}`),
      ...INTERVIEW_STATUSES.map((s) => `interviewStatus.${s}`),
      ...REMOVAL_BARS.map((b) => `removalBar.${b}`),
      ...WORKLISTS.map((w) => `worklist.${w}`),
      ...WORK_PERMIT_UNAVAILABLE.map((r) => `rights.notAvailable.${r}`),
      ...HEALTH_COVER_CONTINUES.map((r) => `rights.continues.${r}`),
      ...HEALTH_COVER_ABSENT.map((r) => `rights.notCovered.${r}`),
      ...Object.values(COMMAND_FIELDS).flatMap((fields) => fields.map((f) => `actionField.${f.name}`)),
      ...CENTRE_KINDS.map((c) => `centreKind.${c}`),
      ...OPERATORS.map((c) => `centreOperator.${c}`),
      ...UNIT_TYPES.map((c) => `unitType.${c}`),
      ...UNIT_SEXES.map((c) => `unitSex.${c}`),
      ...UNIT_RULES.map((c) => `unitRule.${c}`),
      ...PLACEMENT_ENDS.map((c) => `placementEnd.${c}`),
      ...SERVICE_CATEGORIES.map((c) => `serviceCategory.${c}`),
      ...VISITOR_KINDS.map((c) => `visitorKind.${c}`),
      ...VISIT_STATUSES.flatMap((c) => [
        `visitStatus.${c}`,
        ...(c === 'requested' ? [] : [`visitDecision.${c}`]),
      ]),
      ...REFERRAL_STATUSES.flatMap((c) => [
        `referralStatus.${c}`,
        ...(c === 'referred' ? [] : [`referralStep.${c}`]),
      ]),
      ...REMOVAL_GROUNDS.map((c) => `removalGround.${c}`),
      ...ART55_GROUNDS.flatMap((c) => [`art55Ground.${c}`, `rule.LFIP-55-${c}`]),
      ...REMOVAL_STATES.map((c) => `removalState.${c}`),
      ...REMOVAL_EXECUTION_BARS.map((c) => `removalBar.${c}`),
      ...REMOVAL_EVENTS.map((c) => `removalEvent.${c}`),
      ...appealOutcomeInput.shape.outcome.options.map((c) => `removalAppealOutcome.${c}`),
      ...REMOVAL_STEP_NAMES.flatMap((s) => [`removalStep.${s}`, `removalStepDone.${s}`]),
      ...REMOVAL_RULES.map((r) => `rule.${r}`),
      ...DETENTION_BASES.map((c) => `detentionBasis.${c}`),
      ...[...REMOVAL_DETENTION_GROUNDS, ...APPLICANT_DETENTION_GROUNDS].map((c) => `detentionGround.${c}`),
      ...EXTENSION_REASONS.map((c) => `extensionReason.${c}`),
      ...ALTERNATIVE_KINDS.map((c) => `alternativeKind.${c}`),
      ...REVIEW_OUTCOMES.map((c) => `reviewOutcome.${c}`),
      ...Object.keys(DETENTION_CLOCK_STATUSES).map((c) => `detentionClockStatus.${c}`),
      ...RELEASE_REASONS.map((c) => `releaseReason.${c}`),
      ...CHALLENGE_OUTCOMES.map((c) => `challengeOutcome.${c}`),
      ...DETENTION_REFUSALS.map((c) => `refusal.${c}`),
      ...[...KNOWN_PROBLEMS].map((c) => `problem.${c}`),
      ...SHARING_CATALOGUE_KEYS,
      ...PORTAL_CLASSIFICATIONS.map((c) => `portalClassification.${c}`),
      ...TRANSLATION_STATUSES.map((c) => `translationStatus.${c}`),
    ];
    expect(PORTAL_CLASSIFICATIONS).toContain('protection-critical');
    expect(TRANSLATION_STATUSES).toContain('in_review');
    expect(needed.filter((k) => !reference.has(k))).toEqual([]);
  });

  test('the staff app has words for every problem code the server sends', () => {
    const codes = Object.keys(ERROR_CODES).filter((c) => c !== 'INTERNAL');
    expect(codes.filter((c) => !KNOWN_PROBLEMS.has(c))).toEqual([]);
  });

  test('every key the code names literally exists', () => {
    const root = fileURLToPath(new URL('.', import.meta.url));
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && !name.endsWith('.test.ts')) files.push(path);
      }
    };
    walk(root);
    const used = new Set<string>();
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) if (m[1]) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !reference.has(k))).toEqual([]);
    // The field messages the server's problem codes are shown as (ui/Problem.tsx).
    const problems = readFileSync(join(root, 'ui/Problem.tsx'), 'utf8');
    const fieldKeys = [...problems.matchAll(/'(field\.\w+)'/g)].map((m) => m[1] ?? '');
    expect(fieldKeys.length).toBeGreaterThan(10);
    expect(fieldKeys.filter((k) => !reference.has(k))).toEqual([]);
  });
});
