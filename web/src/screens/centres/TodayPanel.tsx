// Today at the centre: who arrived, who left and why, and the visits of the day.
import { useTranslation } from 'react-i18next';
import type { Board } from '../../api/centre-types.ts';
import { Link } from '../../router.tsx';
import { Auto } from '../../ui/text.tsx';
import { Visitor, VisitStatus, VisitWhen } from './VisitLine.tsx';

export function TodayPanel({ board }: { board: Board }) {
  const { t } = useTranslation();
  const resident = (personId: string) => `/centres/${board.centre.id}/residents/${personId}`;
  return (
    <section className="panel" aria-labelledby="today-heading">
      <h2 id="today-heading">{t('board.todayTitle')}</h2>
      <h3 className="sub-heading">
        {t('board.arrivals')} <span className="count-badge">{board.arrivals.length}</span>
      </h3>
      {board.arrivals.length === 0 ? (
        <p className="muted small">{t('board.none')}</p>
      ) : (
        <ul className="plain-list">
          {board.arrivals.map((a) => (
            <li key={a.personId}>
              <Link to={resident(a.personId)}>
                <Auto>{a.name}</Auto>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <h3 className="sub-heading">
        {t('board.departures')} <span className="count-badge">{board.departures.length}</span>
      </h3>
      {board.departures.length === 0 ? (
        <p className="muted small">{t('board.none')}</p>
      ) : (
        <ul className="plain-list">
          {board.departures.map((d) => (
            <li key={d.personId}>
              <Link to={resident(d.personId)}>
                <Auto>{d.name}</Auto>
              </Link>{' '}
              <span className="muted small">{t(`placementEnd.${d.reason ?? 'discharged'}`)}</span>
            </li>
          ))}
        </ul>
      )}
      <h3 className="sub-heading">
        {t('board.visitsToday')} <span className="count-badge">{board.visitsToday.length}</span>
      </h3>
      {board.visitsToday.length === 0 ? (
        <p className="muted small">{t('board.none')}</p>
      ) : (
        <ul className="plain-list visit-list">
          {board.visitsToday.map((v) => (
            <li key={v.id}>
              <VisitWhen visit={v} withDay={false} /> ·{' '}
              <Link to={resident(v.personId)}>
                <Auto>{v.personName}</Auto>
              </Link>{' '}
              <VisitStatus status={v.status} />
              <div className="small">
                <Visitor visit={v} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
