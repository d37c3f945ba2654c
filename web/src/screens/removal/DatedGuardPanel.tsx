// "Could this removal be carried out on that day?": the officer picks a day and sees every bar
// that would stand on it on what is recorded now, with its rule and last day. A question only:
// carrying out is still recorded on the day itself.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.ts';
import type { DatedRemovalGuard } from '../../api/centre-types.ts';
import { currentLang } from '../../i18n.ts';
import { DateField } from '../../ui/fields.tsx';
import { formatDate } from '../../ui/format.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { Ltr } from '../../ui/text.tsx';

export function DatedGuardPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const [on, setOn] = useState('');
  const query = useQuery({
    queryKey: ['removal-guard', personId, on],
    enabled: /^\d{4}-\d{2}-\d{2}$/.test(on),
    retry: false,
    queryFn: () =>
      api<DatedRemovalGuard>(
        `/api/v1/persons/${encodeURIComponent(personId)}/removal-guard?on=${encodeURIComponent(on)}`,
      ),
  });
  const beforeFirst =
    query.error instanceof ApiError &&
    query.error.problem.errors?.some((e) => e.code === 'before_first_event');
  const answer = query.data;
  return (
    <section className="panel removal dated-guard" aria-labelledby="dated-guard-heading">
      <h2 id="dated-guard-heading">{t('datedGuard.title')}</h2>
      <p className="small muted">{t('datedGuard.intro')}</p>
      <DateField id="dated-guard-on" label={t('datedGuard.on')} value={on} onValue={setOn} />
      {beforeFirst ? (
        <p role="alert">{t('datedGuard.beforeFirstEvent')}</p>
      ) : query.isError ? (
        <ProblemNotice error={query.error} />
      ) : answer ? (
        <div aria-live="polite">
          <p className="bars-verdict strong">
            {answer.mayBeCarriedOut
              ? t('datedGuard.mayBeCarriedOut', { day: formatDate(answer.on, currentLang()) })
              : t('datedGuard.barred', { day: formatDate(answer.on, currentLang()) })}
          </p>
          <ul className="bar-list">
            {answer.barsOnDay.map((b) => (
              <li key={`${b.bar}-${b.rule}`} data-bar={b.bar}>
                <strong>{t(`removalBar.${b.bar}`)}</strong> <Ltr className="mono">{b.rule}</Ltr>
                <div className="small">
                  {b.lastDay
                    ? t('datedGuard.lastDay', { day: formatDate(b.lastDay, currentLang()) })
                    : t('datedGuard.noLastDay')}
                </div>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
