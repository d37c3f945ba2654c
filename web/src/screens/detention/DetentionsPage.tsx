// The directorate's detention worklist: reviews, transfers and maximum dates due within a week,
// the most urgent first.
import { useTranslation } from 'react-i18next';
import { useTitle } from '../../app/useTitle.ts';
import { Link } from '../../router.tsx';
import { DaysLeft } from '../../ui/Deadline.tsx';
import { FictionalBadge } from '../../ui/Badges.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { Auto, DateTimeText, DayText, Ltr } from '../../ui/text.tsx';
import { daysUntil } from './days.ts';
import { useDetentionsDue } from './queries.ts';
import './detention.css';

export function DetentionsPage() {
  const { t } = useTranslation();
  useTitle(t('detentions.title'));
  const due = useDetentionsDue();
  const today = todayInTurkiye();
  return (
    <section className="page detentions">
      <div className="page-head">
        <h1>{t('detentions.title')}</h1>
      </div>
      <p className="lead">{t('detentions.intro')}</p>
      {due.isPending && <p className="loading">{t('common.loading')}</p>}
      {due.isError && <ProblemNotice error={due.error} />}
      {due.data?.length === 0 && <p className="muted">{t('detentions.empty')}</p>}
      {due.data && due.data.length > 0 && (
        <div className="table-wrap">
          <table className="data-table detention-due-table">
            <caption className="visually-hidden">{t('detentions.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('detention.title')}</th>
                <th scope="col">{t('detentions.person')}</th>
                <th scope="col">{t('detention.nextReview')}</th>
                <th scope="col">{t('detention.mustEndBy')}</th>
                <th scope="col">{t('detentions.transferDue')}</th>
              </tr>
            </thead>
            <tbody>
              {due.data.map((d) => (
                <tr
                  key={d.detentionId}
                  className={
                    d.reviewOverdue || d.pastMaximum || d.transferOverdue ? 'clock-overdue' : undefined
                  }
                >
                  <th scope="row">
                    <Link to={`/detentions/${d.detentionId}`}>
                      <Ltr className="mono">{d.reference}</Ltr>
                    </Link>
                    <div className="small muted">
                      {t(`detentionBasis.${d.basis}`, { defaultValue: d.basis })}
                    </div>
                  </th>
                  <td>
                    <Link to={`/persons/${d.personId}`}>
                      <Auto>{d.name}</Auto>
                    </Link>
                    {d.fictional && <FictionalBadge />}
                  </td>
                  <td>
                    <DayText value={d.nextReviewDue} />
                    <div>
                      <DaysLeft days={daysUntil(today, d.nextReviewDue)} />
                    </div>
                  </td>
                  <td>
                    <DayText value={d.mustEndBy} />
                    {d.pastMaximum && <div className="days days-overdue">{t('detentions.pastMaximum')}</div>}
                  </td>
                  <td>
                    {d.transferDueAt ? (
                      <>
                        <DateTimeText value={d.transferDueAt} />
                        {d.transferOverdue && (
                          <div className="days days-overdue">{t('detentionClockStatus.overdue')}</div>
                        )}
                      </>
                    ) : (
                      <span className="muted">{t('detentions.transferred')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
