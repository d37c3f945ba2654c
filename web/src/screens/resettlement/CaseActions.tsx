// What the viewer may do with the case at its stage: UNHCR accepts, prepares the form, sends it to
// a second officer, records the review, submits, records the state's decision and the
// pre-departure checks; the decision-maker gives the exit permission and records the departure;
// either withdraws. UNHCR also opens the submission package the state receives.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResettlementCase } from '../../api/sharing-types.ts';
import { can, resettlementSide } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { submissionUrl } from './queries.ts';
import { StepForm } from './StepForm.tsx';
import { stepsFor, type StepName } from './steps.ts';

export function CaseActions({ kase }: { kase: ResettlementCase }) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const [open, setOpen] = useState<StepName | null>(null);
  const [done, setDone] = useState<StepName | null>(null);
  const steps = stepsFor(user, kase.stage);
  const packages =
    resettlementSide(user) === 'unhcr' && can(user, 'resettlement:process') && kase.submittedOn;
  if (steps.length === 0 && !packages && !done) return null;
  return (
    <section className="panel actions-panel" aria-labelledby="rs-actions-heading">
      <h2 id="rs-actions-heading">{t('actions.title')}</h2>
      {done && (
        <p className="notice notice-info" role="status">
          {t(`rsStepDone.${done}`)}
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
                    : s === 'withdraw'
                      ? 'button-secondary danger'
                      : 'button-secondary'
                }
                aria-expanded={open === s}
                onClick={() => {
                  setDone(null);
                  setOpen(open === s ? null : s);
                }}
              >
                {t(`rsStep.${s}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {open && steps.includes(open) && (
        <div className="action-box">
          <h3>{t(`rsStep.${open}`)}</h3>
          <StepForm
            key={open}
            kase={kase}
            step={open}
            onDone={() => {
              setDone(open);
              setOpen(null);
            }}
          />
        </div>
      )}
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
    </section>
  );
}
