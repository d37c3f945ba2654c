// "What can be done now" on a record: one button for each action its state allows, each opening
// its own form below; when a form is done the panel says what was done and closes it. Cases,
// removals, resettlement cases and referrals differ only in their actions and forms.
import { Fragment, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props<A extends string> {
  headingId: string;
  actions: readonly A[];
  label: (action: A) => string;
  /** The sentence shown once the action's form is done. */
  doneMessage: (action: A) => string;
  /** The form of the open action; it calls onDone when the server has accepted it. */
  form: (action: A, onDone: () => void) => ReactNode;
  /** The action that cannot be undone (withdrawing, carrying out), marked as dangerous. */
  danger?: A;
  /** Said when the state allows nothing; without it an empty panel shows no sentence. */
  noneMessage?: string;
  /** Where nothing is allowed and nothing was just done, show no panel at all. */
  hideWhenIdle?: boolean;
  /** The open form's id, for the buttons' aria-controls. */
  formId?: string;
  /** Whether the open form is headed by its action's label (default yes). */
  formHeading?: boolean;
  /** What the panel offers besides the actions (e.g. links to documents). */
  children?: ReactNode;
}

export function ActionPanel<A extends string>(props: Props<A>) {
  const { headingId, actions, label, doneMessage, form, danger, noneMessage, formId, children } = props;
  const { t } = useTranslation();
  const [open, setOpen] = useState<A | null>(null);
  const [done, setDone] = useState<A | null>(null);
  if (props.hideWhenIdle && actions.length === 0 && !done) return null;
  const buttonClass = (a: A) =>
    open === a ? 'button-primary' : a === danger ? 'button-secondary danger' : 'button-secondary';
  return (
    <section className="panel actions-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('actions.title')}</h2>
      {done && (
        <p className="notice notice-info" role="status">
          {doneMessage(done)}
        </p>
      )}
      {actions.length === 0 && noneMessage !== undefined ? (
        <p className="muted">{noneMessage}</p>
      ) : (
        <ul className="action-buttons">
          {actions.map((a) => (
            <li key={a}>
              <button
                type="button"
                className={buttonClass(a)}
                aria-expanded={open === a}
                aria-controls={formId}
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
      {open && actions.includes(open) && (
        <div id={formId} className="action-box">
          {props.formHeading !== false && <h3>{label(open)}</h3>}
          {/* A fresh form for each action, so that nothing typed for one is sent with another. */}
          <Fragment key={open}>
            {form(open, () => {
              setDone(open);
              setOpen(null);
            })}
          </Fragment>
        </div>
      )}
      {children}
    </section>
  );
}
