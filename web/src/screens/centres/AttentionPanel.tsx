// What needs doing: detention reviews falling due within a week (overdue first), school-age
// children not yet enrolled, and unaccompanied children not yet referred to child protection.
import { useTranslation } from 'react-i18next';
import type { Board } from '../../api/centre-types.ts';
import { can } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { Link } from '../../router.tsx';
import { DaysLeft } from '../../ui/Deadline.tsx';
import { Auto, DayText, Ltr } from '../../ui/text.tsx';
import { daysUntil } from '../detention/days.ts';

export function AttentionPanel({ board }: { board: Board }) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const resident = (personId: string) => `/centres/${board.centre.id}/residents/${personId}`;
  const people = (list: { personId: string; name: string }[], id: string) =>
    list.length === 0 ? (
      <p className="muted small">{t('board.none')}</p>
    ) : (
      <ul className="plain-list" id={id}>
        {list.map((p) => (
          <li key={p.personId}>
            <Link to={resident(p.personId)}>
              <Auto>{p.name}</Auto>
            </Link>
          </li>
        ))}
      </ul>
    );
  return (
    <section className="panel attention-panel" aria-labelledby="attention-heading">
      <h2 id="attention-heading">{t('board.attention')}</h2>
      <h3 className="sub-heading">
        {t('board.reviewsDue')} <span className="count-badge">{board.reviewsDue.length}</span>
      </h3>
      {board.reviewsDue.length === 0 ? (
        <p className="muted small">{t('board.none')}</p>
      ) : (
        <ul className="plain-list" id="reviews-due">
          {board.reviewsDue.map((d) => (
            <li key={d.detentionId} className={d.overdue ? 'overdue' : undefined}>
              {can(user, 'detention:manage') ? (
                <Link to={`/detentions/${d.detentionId}`}>
                  <Ltr className="mono">{d.reference}</Ltr>
                </Link>
              ) : (
                <Ltr className="mono">{d.reference}</Ltr>
              )}{' '}
              · <Link to={resident(d.personId)}>{<Auto>{d.name}</Auto>}</Link>
              <div className="small">
                {t('detention.nextReview')} <DayText value={d.nextReviewDue} />{' '}
                <DaysLeft days={daysUntil(board.today, d.nextReviewDue)} />
              </div>
              <div className="small muted">
                {t('detention.mustEndBy')} <DayText value={d.mustEndBy} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <h3 className="sub-heading">
        {t('board.toEnrol')} <span className="count-badge">{board.childrenNotEnrolled.length}</span>
      </h3>
      {people(board.childrenNotEnrolled, 'to-enrol')}
      <h3 className="sub-heading">
        {t('board.toRefer')} <span className="count-badge">{board.unaccompaniedNotReferred.length}</span>
      </h3>
      {people(board.unaccompaniedNotReferred, 'to-refer')}
    </section>
  );
}
