// Rights that follow from the case (work permit, health cover) and the removal guard of LFIP
// Art. 4: whether the procedure bars removing any member, and why.
import { useTranslation } from 'react-i18next';
import type { CaseView, HealthCover, WorkPermit } from '../../api/types.ts';
import { DayText } from '../../ui/text.tsx';

export function RightsPanel({ kase }: { kase: CaseView }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="rights-heading">
      <h2 id="rights-heading">{t('rights.title')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('rights.workPermit')}</dt>
          <dd>
            <WorkPermitText permit={kase.rights.workPermit} />
          </dd>
        </div>
        <div>
          <dt>{t('rights.healthCover')}</dt>
          <dd>
            <HealthCoverText cover={kase.rights.healthCover} />
          </dd>
        </div>
      </dl>
    </section>
  );
}

function WorkPermitText({ permit }: { permit: WorkPermit }) {
  const { t } = useTranslation();
  switch (permit.kind) {
    case 'may_apply_from':
      return (
        <>
          {t('rights.mayApplyFrom')} <DayText value={permit.date} />
        </>
      );
    case 'status_document_is_permit':
      return <>{t('rights.statusDocumentIsPermit')}</>;
    case 'not_available':
      return <span className="muted">{t(`rights.notAvailable.${permit.reason}`)}</span>;
  }
}

function HealthCoverText({ cover }: { cover: HealthCover }) {
  const { t } = useTranslation();
  switch (cover.kind) {
    case 'until':
      return (
        <>
          {t('rights.coveredUntil')} <DayText value={cover.date} />
        </>
      );
    case 'continues':
      return <>{t(`rights.continues.${cover.reason}`)}</>;
    case 'not_covered':
      return <span className="muted">{t(`rights.notCovered.${cover.reason}`)}</span>;
  }
}

export function RemovalPanel({ removal }: { removal: CaseView['removal'] }) {
  const { t } = useTranslation();
  return (
    <section
      className={removal.mayBeRemoved ? 'panel removal removal-open' : 'panel removal removal-barred'}
      aria-labelledby="removal-heading"
    >
      <h2 id="removal-heading">{t('removal.title')}</h2>
      {removal.mayBeRemoved ? (
        <p>{t('removal.mayBeRemoved')}</p>
      ) : (
        <>
          <p className="strong">{t('removal.barred')}</p>
          <ul>
            {removal.bars.map((b) => (
              <li key={b}>{t(`removalBar.${b}`)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
