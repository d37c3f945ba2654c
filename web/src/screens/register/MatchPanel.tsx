// "Check for existing records": candidates with their score and reasons, and the officer's
// decision — the same person, or different people with a written reason.
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import type { MatchCandidate } from '../../api/types.ts';
import { TextAreaField } from '../../ui/fields.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { CandidateCard } from './CandidateCard.tsx';
import {
  checkIsCurrent,
  checkIsResolved,
  identityKey,
  identityProblems,
  OVERRIDE_REASON_MIN,
  toMatchInput,
  type MatchCheck,
  type PersonEntry,
} from './draft.ts';

interface Props {
  idPrefix: string;
  entry: PersonEntry;
  onUpdate: (patch: Partial<PersonEntry>) => void;
  samePersonLabel: string;
  onSamePerson: (candidate: MatchCandidate) => void;
}

export function MatchPanel({ idPrefix, entry, onUpdate, samePersonLabel, onSamePerson }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const check = entry.check;
  const current = checkIsCurrent(entry);
  const resolved = checkIsResolved(entry);

  const matches = useMutation({
    mutationFn: () =>
      post<{ candidates: MatchCandidate[] }>('/api/v1/persons/matches', toMatchInput(entry.draft)),
    onSuccess: ({ candidates }) =>
      onUpdate({ check: { identity: identityKey(entry.draft), candidates, different: [], reason: '' } }),
  });

  // Announce and reveal the outcome of a check where the officer's attention is needed next.
  useEffect(() => {
    if (check && current) heading.current?.focus();
  }, [check?.identity, check, current]);

  function run() {
    const problems = identityProblems(entry.draft);
    onUpdate({ errors: problems });
    if (Object.keys(problems).length > 0) {
      const first = Object.keys(problems)[0] ?? '';
      document.getElementById(`${idPrefix}-${first}`)?.focus();
      return;
    }
    matches.mutate();
  }

  function updateCheck(patch: Partial<MatchCheck>) {
    if (check) onUpdate({ check: { ...check, ...patch } });
  }

  const panelClass = resolved ? 'match-panel resolved' : 'match-panel';
  return (
    <section className={panelClass} aria-labelledby={`${idPrefix}-match-heading`}>
      {!current && (
        <>
          <h3 id={`${idPrefix}-match-heading`}>{t('match.title')}</h3>
          <p>{check ? t('match.stale') : t('match.intro')}</p>
        </>
      )}
      {current && check && (
        <h3 id={`${idPrefix}-match-heading`} ref={heading} tabIndex={-1} aria-live="polite">
          {check.candidates.length === 0
            ? t('match.none')
            : t('match.found', { count: check.candidates.length })}
        </h3>
      )}
      {matches.isError && <ProblemNotice error={matches.error} />}
      {!current && (
        <button type="button" className="button-primary" onClick={run} disabled={matches.isPending}>
          {matches.isPending ? t('match.checking') : t('match.check')}
        </button>
      )}
      {current && check && check.candidates.length > 0 && (
        <>
          <p>{t('match.decide')}</p>
          <ol className="candidate-list">
            {check.candidates.map((c) => (
              <li key={c.personId}>
                <CandidateCard
                  idPrefix={idPrefix}
                  candidate={c}
                  different={check.different.includes(c.personId)}
                  onDifferent={(on) =>
                    updateCheck({
                      different: on
                        ? [...check.different, c.personId]
                        : check.different.filter((id) => id !== c.personId),
                    })
                  }
                  samePersonLabel={samePersonLabel}
                  onSamePerson={() => onSamePerson(c)}
                />
              </li>
            ))}
          </ol>
          <TextAreaField
            id={`${idPrefix}-override-reason`}
            label={t('match.reasonLabel')}
            hint={t('match.reasonHint', { count: OVERRIDE_REASON_MIN })}
            value={check.reason}
            onValue={(reason) => updateCheck({ reason })}
            rows={3}
            dir="auto"
          />
          <p className={resolved ? 'status-ok' : 'status-pending'} aria-live="polite">
            {resolved ? t('match.resolved') : t('match.unresolved')}
          </p>
        </>
      )}
      {current && (
        <button type="button" className="button-quiet" onClick={run} disabled={matches.isPending}>
          {t('match.recheck')}
        </button>
      )}
    </section>
  );
}
