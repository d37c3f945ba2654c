// What can be done with the decision in its state: notify it, record the appeal and the court's
// outcome, withdraw it, or carry it out. The server checks every bar again when carrying out,
// and a refusal shows the rule and each bar standing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemovalView } from '../../api/centre-types.ts';
import { RemovalStepForm } from './RemovalStepForm.tsx';
import { STEPS_IN_STATE, type Step } from './steps.ts';

export function RemovalActions({ removal }: { removal: RemovalView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Step | null>(null);
  const [done, setDone] = useState<Step | null>(null);
  const steps = STEPS_IN_STATE[removal.state] ?? [];
  return (
    <section className="panel actions-panel" aria-labelledby="removal-actions-heading">
      <h2 id="removal-actions-heading">{t('actions.title')}</h2>
      {done && (
        <p className="notice notice-info" role="status">
          {t(`removalStepDone.${done}`)}
        </p>
      )}
      {steps.length === 0 ? (
        <p className="muted">{t('actions.none')}</p>
      ) : (
        <ul className="action-buttons">
          {steps.map((s) => (
            <li key={s}>
              <button
                type="button"
                className={
                  open === s
                    ? 'button-primary'
                    : s === 'carryOut'
                      ? 'button-secondary danger'
                      : 'button-secondary'
                }
                aria-expanded={open === s}
                onClick={() => {
                  setDone(null);
                  setOpen(open === s ? null : s);
                }}
              >
                {t(`removalStep.${s}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {open && steps.includes(open) && (
        <div className="action-box">
          <h3>{t(`removalStep.${open}`)}</h3>
          <RemovalStepForm
            key={open}
            removal={removal}
            step={open}
            onDone={() => {
              setDone(open);
              setOpen(null);
            }}
          />
        </div>
      )}
    </section>
  );
}
