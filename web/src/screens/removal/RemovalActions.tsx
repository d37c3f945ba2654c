// What can be done with the decision in its state: notify it, record the appeal and the court's
// outcome, withdraw it, or carry it out. The server checks every bar again when carrying out,
// and a refusal shows the rule and each bar standing.
import { useTranslation } from 'react-i18next';
import type { RemovalView } from '../../api/centre-types.ts';
import { ActionPanel } from '../../ui/ActionPanel.tsx';
import { RemovalStepForm } from './RemovalStepForm.tsx';
import { STEPS_IN_STATE } from './steps.ts';

export function RemovalActions({ removal }: { removal: RemovalView }) {
  const { t } = useTranslation();
  return (
    <ActionPanel
      headingId="removal-actions-heading"
      actions={STEPS_IN_STATE[removal.state] ?? []}
      label={(s) => t(`removalStep.${s}`)}
      doneMessage={(s) => t(`removalStepDone.${s}`)}
      danger="carryOut"
      noneMessage={t('actions.none')}
      form={(s, onDone) => <RemovalStepForm removal={removal} step={s} onDone={onDone} />}
    />
  );
}
