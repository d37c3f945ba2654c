// One step of a resettlement case as a form: its day (today unless it happened earlier), its own
// fields, what the case still lacks for it, and the version of the case the officer saw. A
// refusal names its rule (the four-eyes review, the stage, consent, the state's agreement).
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import { useLabels } from '../../api/reference.ts';
import type { ResettlementCase } from '../../api/sharing-types.ts';
import { DateField } from '../../ui/fields.tsx';
import { formatList, todayInTurkiye } from '../../ui/format.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { memberName } from './members.ts';
import { resettlementCaseKey, resettlementKey } from './queries.ts';
import { StepFields } from './StepFields.tsx';
import {
  departureGaps,
  formGaps,
  initialValues,
  missingValues,
  stepBody,
  type StepValues,
} from './stepValues.ts';
import { STEP_TABLE, type StepName } from './steps.ts';

interface Props {
  kase: ResettlementCase;
  step: StepName;
  onDone: () => void;
}

export function StepForm({ kase: c, step, onDone }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const client = useQueryClient();
  const today = todayInTurkiye();
  const [values, setValues] = useState<StepValues>(() => initialValues(c, today));
  const [checked, setChecked] = useState(false);
  const set = (change: Partial<StepValues>) => setValues((v) => ({ ...v, ...change }));
  const missing = missingValues(step, values);
  const { mutation, problem, fieldError } = useSubmit({
    send: () =>
      post<ResettlementCase>(
        `/api/v1/resettlement/cases/${encodeURIComponent(c.id)}/${STEP_TABLE[step].path}`,
        stepBody(step, values, c),
      ),
    refresh: [
      [...resettlementKey, 'pipeline'],
      [...resettlementKey, 'at-risk'],
      [...resettlementKey, 'figures'],
    ],
    onDone: (view) => {
      client.setQueryData(resettlementCaseKey(c.id), view);
      onDone();
    },
  });
  const error = (field: string, message?: string) =>
    checked && missing[field] ? (message ?? t('field.required')) : fieldError(field);
  const gapLabel = (g: string) => t(`resettlement.${g}`);
  const gaps =
    step === 'send_to_review' || step === 'submit' ? formGaps(c) : step === 'depart' ? departureGaps(c) : [];
  const people = Object.fromEntries(c.members.map((m, i) => [m.personId, memberName(m, i, t)]));

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (!Object.values(missing).some(Boolean)) mutation.mutate();
  }

  const label = t(`rsStep.${step}`);
  return (
    <form className="action-form" noValidate onSubmit={submit} aria-label={label}>
      <DateField
        id={`${step}-on`}
        label={t('resettlement.stepDate')}
        required
        max={today}
        value={values.on}
        onValue={(on) => set({ on })}
        error={error('on')}
      />
      <StepFields kase={c} step={step} values={values} set={set} error={error} />
      {step === 'review' && <p className="hint">{t('resettlement.fourEyesHint')}</p>}
      {gaps.length > 0 && (
        <p className="notice notice-warning">
          {t(step === 'depart' ? 'resettlement.departureGaps' : 'resettlement.formGaps', {
            list: formatList(gaps.map(gapLabel), labels.lang),
          })}
        </p>
      )}
      <div className="actions">
        <button
          type="submit"
          className={step === 'withdraw' ? 'button-primary danger' : 'button-primary'}
          disabled={mutation.isPending}
        >
          {label}
        </button>
      </div>
      {mutation.isError && <ProblemNotice error={mutation.error} people={people} />}
      {problem?.code === 'STALE_VERSION' && (
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            mutation.reset();
            void client.invalidateQueries({ queryKey: resettlementCaseKey(c.id) });
          }}
        >
          {t('common.reload')}
        </button>
      )}
    </form>
  );
}
