// The directorate's detention worklist: reviews, transfers and maximum dates due within a week,
// the most urgent first.
import { useTranslation } from 'react-i18next';
import { useTitle } from '../../app/useTitle.ts';
import { Link } from '../../router.tsx';
import { DaysLeft } from '../../ui/Deadline.tsx';
import { FictionalBadge } from '../../ui/Badges.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { ListPage } from '../../ui/ListPage.tsx';
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
    <ListPage
      className="detentions"
      title={t('detentions.title')}
      intro={t('detentions.intro')}
      query={due}
      emptyMessage={t('detentions.empty')}
    >
      {(items) => (
        <DataTable
          className="detention-due-table"
          caption={t('detentions.title')}
          columns={[
            t('detention.title'),
            t('detentions.person'),
            t('detention.nextReview'),
            t('detention.mustEndBy'),
            t('detentions.transferDue'),
          ]}
        >
          {items.map((d) => (
            <tr
              key={d.detentionId}
              className={d.reviewOverdue || d.pastMaximum || d.transferOverdue ? 'clock-overdue' : undefined}
            >
              <th scope="row">
                <Link to={`/detentions/${d.detentionId}`}>
                  <Ltr className="mono">{d.reference}</Ltr>
                </Link>
                <div className="small muted">{t(`detentionBasis.${d.basis}`, { defaultValue: d.basis })}</div>
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
        </DataTable>
      )}
    </ListPage>
  );
}
