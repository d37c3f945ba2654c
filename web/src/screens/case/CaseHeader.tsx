// Where the case stands: reference, track, state, procedure, province, and who works on it.
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../api/reference.ts';
import type { CaseView } from '../../api/types.ts';
import { Fact, Facts } from '../person/Facts.tsx';
import { Auto, DayText, Ltr } from '../../ui/text.tsx';

export function VulnerableMark() {
  const { t } = useTranslation();
  return (
    <span className="badge badge-vulnerable" title={t('case.vulnerableHint')}>
      {t('case.vulnerable')}
    </span>
  );
}

export function StateBadge({ state }: { state: string }) {
  const { t } = useTranslation();
  return <span className={`badge state-badge state-${state}`}>{t(`caseState.${state}`)}</span>;
}

export function CaseHeader({ kase: c }: { kase: CaseView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <header className="case-head">
      <div className="case-title">
        <p className="muted case-kind">{t(`track.${c.track}`)}</p>
        <h1 id="case-heading">
          {t('case.title')} <Ltr className="mono">{c.reference}</Ltr>
        </h1>
        <div className="case-badges">
          <StateBadge state={c.state} />
          {c.track === 'international_protection' && (
            <span className={`badge procedure-${c.procedure}`}>{t(`procedure.${c.procedure}`)}</span>
          )}
          {c.vulnerable && <VulnerableMark />}
        </div>
      </div>
      <Facts>
        <Fact label={t('case.province')}>
          <Ltr>{c.provinceCode}</Ltr> · {labels.province(c.provinceCode)}
          {c.lodgedProvinceCode !== c.provinceCode && (
            <div className="small muted">
              {t('case.lodgedIn')} {labels.province(c.lodgedProvinceCode)}
            </div>
          )}
        </Fact>
        <Fact label={t('case.lodgedOn')}>
          <DayText value={c.lodgedOn} />
          <div className="small muted">{t(`lodgedVia.${c.lodgedVia}`)}</div>
        </Fact>
        <Fact label={t('case.registeredOn')}>
          {c.registeredOn ? <DayText value={c.registeredOn} /> : null}
        </Fact>
        <Fact label={t('case.caseworker')}>
          {c.assignedCaseworker ? <Auto>{c.assignedCaseworker.displayName}</Auto> : null}
        </Fact>
        {c.accelerationGround && (
          <Fact label={t('case.accelerationGround')}>{t(`accelerationGround.${c.accelerationGround}`)}</Fact>
        )}
        {c.decision && (
          <Fact label={t('case.decision')}>
            {t(`decision.${c.decision}`)}
            {c.inadmissibilityGround && (
              <div className="small">{t(`inadmissibilityGround.${c.inadmissibilityGround}`)}</div>
            )}
            {c.decidedOn && (
              <div className="small muted">
                {t('case.decidedOn')} <DayText value={c.decidedOn} />
              </div>
            )}
            {c.notifiedOn && (
              <div className="small muted">
                {t('case.notifiedOn')} <DayText value={c.notifiedOn} />
              </div>
            )}
            {c.finalSince && (
              <div className="small strong" data-testid="final-since">
                {t('case.finalSince')} <DayText value={c.finalSince} />
              </div>
            )}
          </Fact>
        )}
        {c.pendingAppeal && <Fact label={t('case.pendingAppeal')}>{t(`appealBody.${c.pendingAppeal}`)}</Fact>}
        {c.reporting.intervalDays !== null && (
          <Fact label={t('case.reporting')}>
            {t('case.reportingEvery', { count: c.reporting.intervalDays })}
            {c.reporting.nextDueOn && (
              <div className="small muted">
                {t('case.reportingNext')} <DayText value={c.reporting.nextDueOn} />
              </div>
            )}
          </Fact>
        )}
      </Facts>
      {c.delayNoticeOwed && <p className="notice notice-warning">{t('case.delayNoticeOwed')}</p>}
      {(c.missedInterviewsInARow > 0 || c.missedReportingInARow > 0) && (
        <p className="notice notice-warning">
          {t('case.missedInARow', {
            interviews: c.missedInterviewsInARow,
            reporting: c.missedReportingInARow,
          })}
        </p>
      )}
    </header>
  );
}
