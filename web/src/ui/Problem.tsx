// Errors as the officer should read them: a translated sentence, the server's detail when it
// explains a rule, and the request id to quote when something unexpected went wrong.
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldProblem } from '../api/client.ts';
import { Ltr } from './text.tsx';

/** Every code of src/core/errors.ts but INTERNAL (i18n.test.ts holds the two together). */
export const KNOWN_PROBLEMS = new Set([
  'VALIDATION',
  'MALFORMED_REQUEST',
  'MALFORMED_URL',
  'REQUEST_TIMEOUT',
  'PAYLOAD_TOO_LARGE',
  'URI_TOO_LONG',
  'UNSUPPORTED_MEDIA_TYPE',
  'HEADERS_TOO_LARGE',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'CSRF_REJECTED',
  'NOT_FOUND',
  'CONFLICT',
  'POSSIBLE_DUPLICATE',
  'STALE_VERSION',
  'RULE_VIOLATION',
  'UNIT_FULL',
  'UNIT_EXCLUDES_PERSON',
  'RATE_LIMITED',
  'NETWORK',
]);

interface NoticeProps {
  error: unknown;
  /** Names of the people a refusal may name by id (e.g. who has not consented), by their id. */
  people?: Readonly<Record<string, string>> | undefined;
}

export function ProblemNotice({ error, people }: NoticeProps) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : null;
  const known = problem !== null && KNOWN_PROBLEMS.has(problem.code) && problem.status < 500;
  const explains = problem?.code === 'CONFLICT' || problem?.code === 'RULE_VIOLATION';
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{known ? t(`problem.${problem.code}`) : t('problem.unexpected')}</p>
      {problem?.code === 'RULE_VIOLATION' && problem.rule && (
        <p className="notice-detail">
          {t('problem.rule')} <Ltr className="mono">{problem.rule}</Ltr>
          {i18n.exists(`rule.${problem.rule}`) ? <> — {t(`rule.${problem.rule}`)}</> : null}
        </p>
      )}
      {problem?.code === 'RULE_VIOLATION' && <Refusals errors={problem.errors ?? []} people={people} />}
      {problem?.bars && problem.bars.length > 0 && (
        <ul className="notice-detail bar-list">
          {problem.bars.map((b) => (
            <li key={`${b.bar}-${b.rule}`}>
              {t(`removalBar.${b.bar}`, { defaultValue: b.bar })} <Ltr className="mono">{b.rule}</Ltr>
            </li>
          ))}
        </ul>
      )}
      {explains && problem.detail && (
        <p lang="en" dir="ltr" className="notice-detail">
          {problem.detail}
        </p>
      )}
      {!known && problem?.requestId && (
        <p className="notice-detail">
          {t('problem.requestId')} <Ltr className="mono">{problem.requestId}</Ltr>
        </p>
      )}
    </div>
  );
}

/** Each refusal the server names once, with the people it concerns when their names are known. */
function Refusals({
  errors,
  people = {},
}: {
  errors: FieldProblem[];
  people?: Readonly<Record<string, string>>;
}) {
  const { t, i18n } = useTranslation();
  const codes = [...new Set(errors.map((e) => e.code ?? ''))].filter((c) => c && i18n.exists(`refusal.${c}`));
  return codes.map((code) => {
    const names = errors
      .filter((e) => e.code === code && people[e.message])
      .map((e) => people[e.message] ?? '');
    return (
      <p key={code} className="notice-detail" data-refusal={code}>
        {t(`refusal.${code}`)}
        {names.length > 0 && (
          <>
            {' '}
            {names.map((name, i) => (
              <span key={i}>
                {i > 0 && ' · '}
                <bdi dir="auto" className="strong">
                  {name}
                </bdi>
              </span>
            ))}
          </>
        )}
      </p>
    );
  });
}

/** Stable codes of field problems the server explains (cases.service.ts and others). */
const CODES: Record<string, string> = {
  date_in_future: 'field.future',
  date_before_previous_event: 'field.beforePrevious',
  adult_consent_required: 'field.adultConsent',
  open_case_exists: 'field.openCase',
  refusal_reason_required: 'field.refusalReason',
  confidential_meeting: 'field.confidentialMeeting',
  health_details_in_note: 'field.healthDetailsInNote',
  not_health_care: 'field.notHealthCare',
  not_a_child: 'field.notAChild',
  referral_open: 'field.referralOpen',
  exit_permit_required: 'field.exitPermitRequired',
  removal_open: 'field.removalOpen',
  already_detained: 'field.alreadyDetained',
  not_today: 'field.notToday',
  already_placed: 'field.alreadyPlaced',
  not_resident: 'field.notResident',
  same_category: 'field.sameCategory',
  not_a_state: 'field.notAState',
  not_unhcr: 'field.notUnhcr',
  unknown_organisation: 'field.unknownOrganisation',
  not_a_lawyer: 'field.notALawyer',
  members_mismatch: 'field.membersMismatch',
  reason_required: 'field.required',
  outcome_required: 'field.required',
};

const MESSAGES: [RegExp, string][] = [
  [/before the day it was scheduled on/, 'field.beforeScheduling'],
  [/not an active caseworker/, 'field.notCaseworker'],
  [/future/i, 'field.future'],
  [/is before|not after the start/, 'field.beforeStart'],
  [/YYYY-MM-DD/, 'field.date'],
  [/phone/i, 'field.phone'],
  [/email/i, 'field.email'],
  [/province/i, 'field.province'],
  [/required|too_small|at least 1/i, 'field.required'],
];

/** A server field problem in the interface language when we know it, else as the server said it. */
export function useFieldMessage(): (problem: FieldProblem) => string {
  const { t } = useTranslation();
  return (problem) => {
    if (problem.code === 'one_valid_per_type') return t('documents.oneValidPerType');
    const known = problem.code ? CODES[problem.code] : undefined;
    if (known) return t(known);
    const hit = MESSAGES.find(
      ([pattern]) => pattern.test(problem.message) || pattern.test(problem.code ?? ''),
    );
    return hit ? t(hit[1]) : `${t('field.invalid')} (${problem.message})`;
  };
}
