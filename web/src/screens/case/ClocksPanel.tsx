// The case's legal clocks: what is running now with its last day, and below, the clocks already
// closed (met, late, or a window that lapsed unused).
import { useTranslation } from 'react-i18next';
import type { CaseClock } from '../../api/types.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { DaysLeft, FlagList, UnverifiedDeadline, useLimitName } from '../../ui/Deadline.tsx';
import { DayText, Ltr } from '../../ui/text.tsx';

const OPEN: readonly CaseClock['status'][] = ['running', 'overdue'];

export function ClocksPanel({ clocks }: { clocks: CaseClock[] }) {
  const { t } = useTranslation();
  const running = clocks.filter((c) => OPEN.includes(c.status));
  const closed = clocks.filter((c) => !OPEN.includes(c.status));
  return (
    <section className="panel" aria-labelledby="clocks-heading">
      <h2 id="clocks-heading">{t('clock.title')}</h2>
      {running.length === 0 ? (
        <p className="muted">{t('clock.none')}</p>
      ) : (
        <ClockTable clocks={running} caption={t('clock.title')} />
      )}
      {closed.length > 0 && (
        <details className="closed-clocks">
          <summary>
            {t('clock.closedTitle')} <span className="count-badge">{closed.length}</span>
          </summary>
          <ClockTable clocks={closed} caption={t('clock.closedTitle')} />
        </details>
      )}
    </section>
  );
}

function ClockTable({ clocks, caption }: { clocks: CaseClock[]; caption: string }) {
  const { t } = useTranslation();
  const limitName = useLimitName();
  return (
    <DataTable
      className="clock-table"
      caption={caption}
      columns={[t('clock.name'), t('clock.lastDay'), t('clock.status'), t('clock.kind'), t('clock.notes')]}
    >
      {clocks.map((c) => (
        <tr key={c.id} data-limit={c.code} className={`clock-${c.status}`}>
          <th scope="row">
            <strong>{limitName(c.code)}</strong>
            <div className="small muted">
              <Ltr className="mono">{c.code}</Ltr> ·{' '}
              <bdi lang="en" dir="ltr">
                {c.article}
              </bdi>
            </div>
            <div className="small muted">
              {t('clock.startedOn')} <DayText value={c.startedOn} />
            </div>
          </th>
          <td className="clock-last-day">
            <DayText value={c.lastDay} /> <UnverifiedDeadline flags={c.flags} />
            {c.protectiveLastDay !== c.lastDay && (
              <div className="small muted">
                {t('clock.protectiveLastDay')} <DayText value={c.protectiveLastDay} />
              </div>
            )}
          </td>
          <td>
            <span className={`badge clock-status clock-status-${c.status}`}>
              {t(`clockStatus.${c.status}`)}
            </span>
            <div>
              {c.closedOn ? (
                <span className="small">
                  {t('clock.closedOn')} <DayText value={c.closedOn} />
                </span>
              ) : (
                <DaysLeft days={c.daysLeft} />
              )}
            </div>
          </td>
          <td>{c.binding ? t('clock.binding') : t('clock.target')}</td>
          <td>
            <FlagList flags={c.flags.filter((f) => f !== 'non_binding')} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
