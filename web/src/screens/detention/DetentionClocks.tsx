// A detention's limits as clocks: the 48-hour transfer, the monthly review, the six months and
// the one extension (or the applicant's 30 days), and each challenge's five days.
import { useTranslation } from 'react-i18next';
import type { DetentionClock } from '../../api/centre-types.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { DaysLeft, useLimitName } from '../../ui/Deadline.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { DateTimeText, DayText, Ltr } from '../../ui/text.tsx';
import { daysUntil } from './days.ts';

export function DetentionClocks({ clocks }: { clocks: DetentionClock[] }) {
  const { t } = useTranslation();
  const limitName = useLimitName();
  const today = todayInTurkiye();
  return (
    <DataTable
      className="clock-table detention-clocks"
      caption={t('detention.clocks')}
      columns={[t('clock.name'), t('clock.lastDay'), t('clock.status')]}
    >
      {clocks.map((c, i) => {
        const instant = c.lastDay.length > 10;
        return (
          <tr key={`${c.code}-${i}`} data-limit={c.code} className={`clock-${c.status}`}>
            <th scope="row">
              <strong>{limitName(c.code)}</strong>
              <div className="small muted">
                <Ltr className="mono">{c.code}</Ltr>
              </div>
            </th>
            <td className="clock-last-day">
              {instant ? <DateTimeText value={c.lastDay} /> : <DayText value={c.lastDay} />}
            </td>
            <td>
              <span className={`badge clock-status detention-clock-${c.status}`}>
                {t(`detentionClockStatus.${c.status}`)}
              </span>
              {c.status !== 'met' && !instant && (
                <div>
                  <DaysLeft days={daysUntil(today, c.lastDay)} />
                </div>
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
