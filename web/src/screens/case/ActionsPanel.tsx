// "What can be done now": the actions the server allows this role on the case today, each
// opening its own form. What a rule still forbids in the details is refused with the rule.
import { useTranslation } from 'react-i18next';
import type { CaseAction, CaseView } from '../../api/types.ts';
import { useSession } from '../../app/session.ts';
import { ActionPanel } from '../../ui/ActionPanel.tsx';
import { ActionForm } from './ActionForm.tsx';
import { COMMAND_FIELDS } from './commands.ts';

const isKnown = (action: string): action is CaseAction => action in COMMAND_FIELDS;

export function ActionsPanel({ kase }: { kase: CaseView }) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const caseworker = user?.role === 'protection_caseworker';
  // A caseworker already holding the case has nothing to take.
  const allowed = kase.allowedActions
    .filter(isKnown)
    .filter((a) => !(a === 'assign_caseworker' && caseworker && kase.assignedCaseworker?.id === user?.id));
  const label = (a: CaseAction) =>
    a === 'assign_caseworker' && caseworker ? t('actions.takeCase') : t(`caseAction.${a}`);
  return (
    <ActionPanel
      headingId="actions-heading"
      actions={allowed}
      label={label}
      doneMessage={(a) => t('actions.done', { action: t(`caseEvent.${a}`) })}
      noneMessage={t('actions.none')}
      formId="action-form"
      form={(a, onDone) => <ActionForm kase={kase} action={a} label={label(a)} onDone={onDone} />}
    />
  );
}
