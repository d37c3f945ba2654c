// One step of a removal decision as a form: its date (today unless it happened earlier), its own
// fields, and the version of the decision the officer saw.
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import type { RemovalView } from '../../api/centre-types.ts';
import { DateField, RadioGroup, TextAreaField, TextField } from '../../ui/fields.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { DayText } from '../../ui/text.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { removalKey, removalsKey } from './queries.ts';
import { STEP_DATE_FIELD, STEP_PATH, type Step } from './steps.ts';

interface Props {
  removal: RemovalView;
  step: Step;
  onDone: () => void;
}

export function RemovalStepForm({ removal: r, step, onDone }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const today = todayInTurkiye();
  const [on, setOn] = useState(today);
  const [exitPermitNumber, setExitPermit] = useState('');
  const [outcome, setOutcome] = useState('');
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const dateField = STEP_DATE_FIELD[step];
  const { mutation, problem, fieldError } = useSubmit({
    send: () =>
      post<RemovalView>(`/api/v1/removals/${r.id}/${STEP_PATH[step]}`, {
        version: r.version,
        [dateField]: step === 'carryOut' ? today : on,
        ...(step === 'notification' && exitPermitNumber.trim()
          ? { exitPermitNumber: exitPermitNumber.trim() }
          : {}),
        ...(step === 'appealOutcome' ? { outcome } : {}),
        ...(step === 'cancellation' ? { reason: reason.trim() } : {}),
      }),
    refresh: [removalsKey],
    onDone: (view) => {
      client.setQueryData(removalKey(r.id), view);
      onDone();
    },
  });
  const missing = {
    on: !on,
    outcome: step === 'appealOutcome' && !outcome,
    reason: step === 'cancellation' && reason.trim().length < 3,
    exitPermitNumber:
      step === 'notification' && Boolean(r.voluntaryDepartureDays) && !exitPermitNumber.trim(),
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (!Object.values(missing).some(Boolean)) mutation.mutate();
  }

  const label = t(`removalStep.${step}`);
  return (
    <form className="action-form" noValidate onSubmit={submit} aria-label={label}>
      {step === 'carryOut' ? (
        <p>
          {t('removalCase.carryOutToday')} <DayText value={today} />
        </p>
      ) : (
        <DateField
          id={`${step}-on`}
          label={t(`removalStepDate.${step}`)}
          required
          max={today}
          value={on}
          onValue={setOn}
          error={checked && missing.on ? t('field.required') : fieldError(dateField)}
        />
      )}
      {step === 'notification' && r.voluntaryDepartureDays !== null && (
        <TextField
          id="notification-exitPermit"
          label={t('removalCase.exitPermit')}
          hint={t('removalCase.exitPermitHint')}
          required
          dir="ltr"
          maxLength={50}
          value={exitPermitNumber}
          onValue={setExitPermit}
          error={checked && missing.exitPermitNumber ? t('field.required') : fieldError('exitPermitNumber')}
        />
      )}
      {step === 'appealOutcome' && (
        <RadioGroup
          name="appealOutcome-outcome"
          legend={t('removalCase.appealOutcome')}
          required
          value={outcome}
          onValue={setOutcome}
          options={(['upheld', 'annulled'] as const).map((o) => ({
            value: o,
            label: t(`removalAppealOutcome.${o}`),
          }))}
          error={checked && missing.outcome ? t('field.required') : undefined}
        />
      )}
      {step === 'cancellation' && (
        <TextAreaField
          id="cancellation-reason"
          label={t('removalCase.cancelReason')}
          required
          dir="auto"
          rows={3}
          value={reason}
          onValue={setReason}
          error={checked && missing.reason ? t('field.tooShort', { count: 3 }) : fieldError('reason')}
        />
      )}
      <div className="actions">
        <button
          type="submit"
          className={step === 'carryOut' ? 'button-primary danger' : 'button-primary'}
          disabled={mutation.isPending}
        >
          {label}
        </button>
      </div>
      {mutation.isError && <ProblemNotice error={mutation.error} />}
      {problem?.code === 'STALE_VERSION' && (
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            mutation.reset();
            void client.invalidateQueries({ queryKey: removalKey(r.id) });
          }}
        >
          {t('common.reload')}
        </button>
      )}
    </form>
  );
}
