// What the viewer may do with the case at its stage: UNHCR accepts, prepares the form, sends it to
// a second officer, records the review, submits, records the state's decision and the
// pre-departure checks; the decision-maker gives the exit permission and records the departure;
// either withdraws. UNHCR also opens the submission package the state receives.
import { useTranslation } from 'react-i18next';
import type { ResettlementCase } from '../../api/sharing-types.ts';
import { can, resettlementSide } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { ActionPanel } from '../../ui/ActionPanel.tsx';
import { submissionUrl } from './queries.ts';
import { StepForm } from './StepForm.tsx';
import { stepsFor } from './steps.ts';

export function CaseActions({ kase }: { kase: ResettlementCase }) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const packages =
    resettlementSide(user) === 'unhcr' && can(user, 'resettlement:process') && kase.submittedOn;
  return (
    <ActionPanel
      headingId="rs-actions-heading"
      actions={stepsFor(user, kase.stage)}
      label={(s) => t(`rsStep.${s}`)}
      doneMessage={(s) => t(`rsStepDone.${s}`)}
      danger="withdraw"
      noneMessage={t('actions.none')}
      hideWhenIdle={!packages}
      form={(s, onDone) => <StepForm kase={kase} step={s} onDone={onDone} />}
    >
      {packages && (
        <div className="package-links">
          <span className="strong">{t('resettlement.package')}</span>
          <a href={submissionUrl(kase.id, 'html')} target="_blank" rel="noopener">
            {t('resettlement.packageHtml')}
          </a>
          <a href={submissionUrl(kase.id, 'json')} target="_blank" rel="noopener">
            {t('resettlement.packageJson')}
          </a>
        </div>
      )}
    </ActionPanel>
  );
}
