// Errors as the officer should read them: a translated sentence, the server's detail when it
// explains a rule, and the request id to quote when something unexpected went wrong.
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldProblem } from '../api/client.ts';
import { Ltr } from './text.tsx';

const KNOWN = new Set([
  'VALIDATION',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'CSRF_REJECTED',
  'NOT_FOUND',
  'CONFLICT',
  'POSSIBLE_DUPLICATE',
  'STALE_VERSION',
  'RULE_VIOLATION',
  'RATE_LIMITED',
  'NETWORK',
]);

export function ProblemNotice({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : null;
  const known = problem !== null && KNOWN.has(problem.code) && problem.status < 500;
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

/** Stable codes of field problems the server explains (cases.service.ts and others). */
const CODES: Record<string, string> = {
  date_in_future: 'field.future',
  date_before_previous_event: 'field.beforePrevious',
  adult_consent_required: 'field.adultConsent',
  open_case_exists: 'field.openCase',
};

const MESSAGES: [RegExp, string][] = [
  [/before the day it was scheduled on/, 'field.beforeScheduling'],
  [/not an active caseworker/, 'field.notCaseworker'],
  [/future/i, 'field.future'],
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
