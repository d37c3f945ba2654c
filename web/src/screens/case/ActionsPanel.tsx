// "What can be done now": the actions the server allows this role on the case today, each
// opening its own form. What a rule still forbids in the details is refused with the rule.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseAction, CaseView } from '../../api/types.ts';
import { useSession } from '../../app/session.ts';
import { ActionForm } from './ActionForm.tsx';
import { COMMAND_FIELDS } from './commands.ts';

const isKnown = (action: string): action is CaseAction => action in COMMAND_FIELDS;

export function ActionsPanel({ kase }: { kase: CaseView }) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const [open, setOpen] = useState<CaseAction | null>(null);
  const [done, setDone] = useState<CaseAction | null>(null);
  const caseworker = user?.role === 'protection_caseworker';
  // A caseworker already holding the case has nothing to take.
  const allowed = kase.allowedActions
    .filter(isKnown)
    .filter((a) => !(a === 'assign_caseworker' && caseworker && kase.assignedCaseworker?.id === user?.id));
  const label = (a: CaseAction) =>
    a === 'assign_caseworker' && caseworker ? t('actions.takeCase') : t(`caseAction.${a}`);

  return (
    <section className="panel actions-panel" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('actions.title')}</h2>
      {done && (
        <p className="notice notice-info" role="status">
          {t('actions.done', { action: t(`caseEvent.${done}`) })}
        </p>
      )}
      {allowed.length === 0 ? (
        <p className="muted">{t('actions.none')}</p>
      ) : (
        <ul className="action-buttons">
          {allowed.map((a) => (
            <li key={a}>
              <button
                type="button"
                className={open === a ? 'button-primary' : 'button-secondary'}
                aria-expanded={open === a}
                aria-controls="action-form"
                onClick={() => {
                  setDone(null);
                  setOpen(open === a ? null : a);
                }}
              >
                {label(a)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {open && allowed.includes(open) && (
        <div id="action-form" className="action-box">
          <h3>{label(open)}</h3>
          <ActionForm
            key={open}
            kase={kase}
            action={open}
            label={label(open)}
            onDone={(a) => {
              setOpen(null);
              setDone(a);
            }}
          />
        </div>
      )}
    </section>
  );
}
