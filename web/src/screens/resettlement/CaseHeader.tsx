// A resettlement case: its reference, stage, priority and timeliness; who referred it and why;
// the form (categories and narrative); and every date from identification to departure, with the
// priority's target and how the case stands against it.
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../api/reference.ts';
import type { ResettlementCase } from '../../api/sharing-types.ts';
import { DaysLeft } from '../../ui/Deadline.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { Auto, DayText, Ltr } from '../../ui/text.tsx';
import { daysUntil } from '../detention/days.ts';
import { Fact, Facts } from '../person/Facts.tsx';
import { useOrganisationName } from '../sharing/queries.ts';
import { PriorityBadge, StageBadge, TimelinessBadge } from './Marks.tsx';

const OPEN_TARGET = ['submitted', 'accepted', 'pre_departure'];

export function CaseHeader({ kase: c }: { kase: ResettlementCase }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const orgName = useOrganisationName();
  const day = (value: string | null) => (value ? <DayText value={value} /> : null);
  const category = (code: string | null) => (code ? t(`rsCategory.${code}`, { defaultValue: code }) : null);
  const closed =
    c.closedReason === 'not_recommended'
      ? t('rsReviewOutcome.not_recommended')
      : c.closedReason === 'rejected_by_state'
        ? t('resettlement.rejectedByState')
        : c.closedReason;
  return (
    <header className="case-head">
      <div className="case-title">
        <p className="muted case-kind">{t('resettlement.kind')}</p>
        <h1 id="rs-case-heading">
          {t('resettlement.caseTitle')} <Ltr className="mono">{c.reference}</Ltr>
        </h1>
        <div className="case-badges">
          <StageBadge stage={c.stage} />
          <PriorityBadge priority={c.priority} />
          <TimelinessBadge timeliness={c.timeliness} />
        </div>
      </div>
      <div className="case-grid">
        <section className="panel" aria-labelledby="rs-referral-heading">
          <h2 id="rs-referral-heading">{t('resettlement.referral')}</h2>
          <Facts>
            <Fact label={t('resettlement.organisation')}>{orgName(c.organisationCode)}</Fact>
            <Fact label={t('resettlement.province')}>{labels.province(c.provinceCode)}</Fact>
            <Fact label={t('resettlement.identifiedOn')}>{day(c.identifiedOn)}</Fact>
          </Facts>
          <h3 className="sub-heading">{t('resettlement.reason')}</h3>
          <p className="narrative">
            <Auto>{c.referralReason}</Auto>
          </p>
        </section>
        <section className="panel" aria-labelledby="rs-form-heading">
          <h2 id="rs-form-heading">{t('resettlement.form')}</h2>
          <Facts>
            <Fact label={t('resettlement.priority')}>
              {c.priority ? t(`rsPriority.${c.priority}`) : null}
            </Fact>
            <Fact label={t('resettlement.primaryCategory')}>{category(c.primaryCategory)}</Fact>
            <Fact label={t('resettlement.secondaryCategory')}>{category(c.secondaryCategory)}</Fact>
            <Fact label={t('resettlement.reviewOutcome')}>
              {c.reviewOutcome ? t(`rsReviewOutcome.${c.reviewOutcome}`) : null}
            </Fact>
          </Facts>
          <h3 className="sub-heading">{t('resettlement.narrative')}</h3>
          {c.narrative ? (
            <p className="narrative">
              <Auto>{c.narrative}</Auto>
            </p>
          ) : (
            <p className="muted">{t('common.notRecorded')}</p>
          )}
        </section>
      </div>
      <section className="panel" aria-labelledby="rs-dates-heading">
        <h2 id="rs-dates-heading">{t('resettlement.dates')}</h2>
        <Facts>
          <Fact label={t('resettlement.submittedTo')}>
            {c.submittedTo ? labels.nationality(c.submittedTo) : null}
          </Fact>
          <Fact label={t('resettlement.submittedOn')}>{day(c.submittedOn)}</Fact>
          <Fact label={t('resettlement.target')}>
            {c.targetDate && (
              <span data-date="target">
                <DayText value={c.targetDate} />{' '}
                {OPEN_TARGET.includes(c.stage) && (
                  <DaysLeft days={daysUntil(todayInTurkiye(), c.targetDate)} />
                )}
                <div>
                  <TimelinessBadge timeliness={c.timeliness} />
                </div>
              </span>
            )}
          </Fact>
          <Fact label={t('resettlement.stateDecisionOn')}>
            {c.stateDecisionOn && (
              <>
                <DayText value={c.stateDecisionOn} />
                {c.decisionMode && <div className="small muted">{t(`rsDecisionMode.${c.decisionMode}`)}</div>}
              </>
            )}
          </Fact>
          <Fact label={t('resettlement.medicalOn')}>{day(c.medicalOn)}</Fact>
          <Fact label={t('resettlement.orientationOn')}>{day(c.orientationOn)}</Fact>
          <Fact label={t('resettlement.exitPermissionOn')}>{day(c.exitPermissionOn)}</Fact>
          <Fact label={t('resettlement.departedOn')}>{day(c.departedOn)}</Fact>
          {closed && (
            <Fact label={t('resettlement.closedReason')}>
              <Auto>{closed}</Auto>
            </Fact>
          )}
        </Facts>
      </section>
    </header>
  );
}
