// The worklist of submitted cases at risk of missing their priority's target (or past it), the
// nearest target first.
import { useTranslation } from 'react-i18next';
import { Link } from '../../router.tsx';
import { DaysLeft } from '../../ui/Deadline.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { QueryList } from '../../ui/QueryList.tsx';
import { DayText, Ltr } from '../../ui/text.tsx';
import { daysUntil } from '../detention/days.ts';
import { PriorityBadge, TimelinessBadge } from './Marks.tsx';
import { useAtRisk } from './queries.ts';

export function AtRiskPanel() {
  const { t } = useTranslation();
  const list = useAtRisk();
  const today = todayInTurkiye();
  return (
    <section className="panel at-risk-panel" aria-labelledby="at-risk-heading">
      <h2 id="at-risk-heading">
        {t('resettlement.atRisk')} {list.data && <span className="count-badge">{list.data.length}</span>}
      </h2>
      <p className="small muted">{t('resettlement.atRiskHint')}</p>
      <QueryList query={list} emptyMessage={t('resettlement.noneAtRisk')}>
        {(items) => (
          <ul className="plain-list" id="at-risk">
            {items.map((c) => (
              <li key={c.id} className={c.timeliness === 'overdue' ? 'overdue' : undefined}>
                <Link to={`/resettlement/${c.id}`}>
                  <Ltr className="mono">{c.reference}</Ltr>
                </Link>{' '}
                <PriorityBadge priority={c.priority} /> <TimelinessBadge timeliness={c.timeliness} />
                {c.targetDate && (
                  <div className="small">
                    {t('resettlement.target')} <DayText value={c.targetDate} />{' '}
                    <DaysLeft days={daysUntil(today, c.targetDate)} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryList>
    </section>
  );
}
