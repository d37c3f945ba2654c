// Challenges before the criminal judgeship of peace: each decided within five days (T17); a
// release order releases at once. Lodging one needs no deadline and may be repeated.
import type { QueryKey } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import type { Detention } from '../../api/centre-types.ts';
import { DateField } from '../../ui/fields.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { DayText } from '../../ui/text.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';

interface Props {
  detention: Detention;
  mayAct: boolean;
  refresh: QueryKey[];
}

export function ChallengesPanel({ detention: d, mayAct, refresh }: Props) {
  const { t } = useTranslation();
  const today = todayInTurkiye();
  const [lodgedOn, setLodgedOn] = useState(today);
  const lodge = useSubmit({
    send: () => post(`/api/v1/detentions/${d.id}/challenges`, { lodgedOn }),
    refresh,
  });
  const decide = useSubmit({
    send: ({ id, outcome }: { id: string; outcome: 'release_ordered' | 'rejected' }) =>
      post(`/api/v1/detentions/${d.id}/challenges/${id}/decision`, { decidedOn: today, outcome }),
    refresh,
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (lodgedOn) lodge.mutation.mutate();
  }
  return (
    <div className="challenges">
      <h4>{t('challenges.title')}</h4>
      {d.challenges.length === 0 && <p className="muted small">{t('challenges.none')}</p>}
      <ul className="plain-list">
        {d.challenges.map((c) => (
          <li key={c.id}>
            {t('challenges.lodgedOn')} <DayText value={c.lodgedOn} /> · {t('challenges.due')}{' '}
            <DayText value={c.decisionDue} />
            {c.decidedOn ? (
              <div className="small">
                {t(`challengeOutcome.${c.outcome ?? 'rejected'}`)} · <DayText value={c.decidedOn} />
              </div>
            ) : (
              mayAct && (
                <div className="row-actions">
                  {(['rejected', 'release_ordered'] as const).map((outcome) => (
                    <button
                      key={outcome}
                      type="button"
                      className="button-quiet"
                      disabled={decide.mutation.isPending}
                      onClick={() => decide.mutation.mutate({ id: c.id, outcome })}
                    >
                      {t(`challengeOutcome.${outcome}`)}
                    </button>
                  ))}
                </div>
              )
            )}
          </li>
        ))}
      </ul>
      {decide.mutation.isError && <ProblemNotice error={decide.mutation.error} />}
      {mayAct && d.state === 'detained' && (
        <form
          className="inline-form compact-form"
          noValidate
          onSubmit={submit}
          aria-label={t('challenges.lodge')}
        >
          <DateField
            id={`challenge-${d.id}-on`}
            label={t('challenges.lodgedOn')}
            max={today}
            value={lodgedOn}
            onValue={setLodgedOn}
            error={lodge.fieldError('lodgedOn')}
          />
          <button type="submit" className="button-secondary" disabled={lodge.mutation.isPending}>
            {t('challenges.lodge')}
          </button>
        </form>
      )}
      {lodge.mutation.isError && <ProblemNotice error={lodge.mutation.error} />}
    </div>
  );
}
