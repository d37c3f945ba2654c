// One detention: its order and grounds, its clocks with last days, the reviews, challenges, and
// for removal officers the review form.
import type { QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Detention } from '../../api/centre-types.ts';
import { useLabels } from '../../api/reference.ts';
import { formatList } from '../../ui/format.ts';
import { FormToggle } from '../../ui/FormToggle.tsx';
import { Auto, DateTimeText, DayText, Ltr } from '../../ui/text.tsx';
import { ChallengesPanel } from './ChallengesPanel.tsx';
import { DetentionClocks } from './DetentionClocks.tsx';
import { ReviewForm } from './ReviewForm.tsx';
import { detentionKey } from './queries.ts';

interface Props {
  detention: Detention;
  mayAct: boolean;
  /** What else shows this detention (the removal or resident page), refreshed after a step. */
  refresh?: QueryKey[];
}

export function DetentionCard({ detention: d, mayAct, refresh = [] }: Props) {
  const { t } = useTranslation();
  const { lang } = useLabels();
  const [reviewing, setReviewing] = useState(false);
  const [done, setDone] = useState(false);
  const keys = [detentionKey(d.id), ...refresh];
  const detained = d.state === 'detained';
  return (
    <div className={`detention-card detention-${d.state}`} data-detention={d.reference}>
      <div className="timeline-head">
        <h3>
          {t('detention.title')} <Ltr className="mono">{d.reference}</Ltr>
        </h3>
        <span className={`badge detention-state-${d.state}`}>{t(`detentionState.${d.state}`)}</span>
      </div>
      <dl className="facts">
        <div>
          <dt>{t('detention.basis')}</dt>
          <dd>
            {t(`detentionBasis.${d.basis}`)}
            <div className="small">
              {formatList(
                d.grounds.map((g) => t(`detentionGround.${g}`)),
                lang,
              )}
            </div>
          </dd>
        </div>
        <div>
          <dt>{t('detention.orderedAt')}</dt>
          <dd>
            <DateTimeText value={d.orderedAt} />
          </dd>
        </div>
        <div>
          <dt>{t('detention.mustEndBy')}</dt>
          <dd>
            <DayText value={d.extendedUntil ?? d.initialUntil} />
            {d.extensionReason && (
              <div className="small muted">{t(`extensionReason.${d.extensionReason}`)}</div>
            )}
          </dd>
        </div>
        {d.nextReviewDue && (
          <div>
            <dt>{t('detention.nextReview')}</dt>
            <dd>
              <DayText value={d.nextReviewDue} />
            </dd>
          </div>
        )}
        {d.releasedOn && (
          <div>
            <dt>{t('detention.releasedOn')}</dt>
            <dd>
              <DayText value={d.releasedOn} />
              {d.releaseReason && (
                <div className="small muted">
                  {t(`releaseReason.${d.releaseReason}`, { defaultValue: d.releaseReason })}
                </div>
              )}
            </dd>
          </div>
        )}
      </dl>
      <DetentionClocks clocks={d.clocks} />
      <h4>{t('detention.reviews')}</h4>
      {d.reviews.length === 0 ? (
        <p className="muted small">{t('detention.noReviews')}</p>
      ) : (
        <ul className="plain-list review-list">
          {d.reviews.map((r) => (
            <li key={r.id}>
              <strong>{t(`reviewOutcome.${r.outcome}`, { defaultValue: r.outcome })}</strong> ·{' '}
              <DayText value={r.reviewedOn} />
              {r.late && <span className="badge days-overdue"> {t('detention.late')}</span>}
              <div className="small muted">
                <Auto>{r.reviewer ?? ''}</Auto>
              </div>
              <p className="small">
                <Auto>{r.reasons}</Auto>
              </p>
            </li>
          ))}
        </ul>
      )}
      {done && (
        <p className="notice notice-info" role="status">
          {t('detention.reviewRecorded')}
        </p>
      )}
      {mayAct && detained && (
        <FormToggle
          open={reviewing}
          onToggle={() => {
            setDone(false);
            setReviewing(!reviewing);
          }}
          label={t('detention.review')}
        />
      )}
      {reviewing && (
        <ReviewForm
          detention={d}
          refresh={keys}
          onDone={() => {
            setReviewing(false);
            setDone(true);
          }}
        />
      )}
      <ChallengesPanel detention={d} mayAct={mayAct} refresh={keys} />
    </div>
  );
}
