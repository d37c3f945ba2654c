// The receiving organisation's answer to a referral: accept it, decline it (saying why), or,
// once accepted, close it with what came of it.
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import type { ReferralView } from '../../api/sharing-types.ts';
import { DateField, TextAreaField } from '../../ui/fields.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { referralKey, referralsKey } from './queries.ts';

export type Answer = 'accepted' | 'declined' | 'closed';

export function RespondForm({
  referral: r,
  answer,
  onDone,
}: {
  referral: ReferralView;
  answer: Answer;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const today = todayInTurkiye();
  const [on, setOn] = useState(today);
  const [text, setText] = useState('');
  const [checked, setChecked] = useState(false);
  const needsText = answer !== 'accepted';
  const { mutation, fieldError } = useSubmit({
    send: () =>
      post<ReferralView>(`/api/v1/referrals/${encodeURIComponent(r.id)}/response`, {
        version: r.version,
        status: answer,
        on,
        ...(answer === 'declined' ? { reason: text.trim() } : {}),
        ...(answer === 'closed' ? { outcome: text.trim() } : {}),
      }),
    refresh: [referralsKey],
    onDone: (view) => {
      client.setQueryData(referralKey(r.id), view);
      onDone();
    },
  });
  const field = answer === 'declined' ? 'reason' : 'outcome';
  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (on && (!needsText || text.trim())) mutation.mutate();
  }
  const label = t(`referralAnswer.${answer}`);
  return (
    <form className="action-form" noValidate onSubmit={submit} aria-label={label}>
      <DateField
        id={`answer-${answer}-on`}
        label={t('agency.answeredOn')}
        required
        min={r.sentOn}
        max={today}
        value={on}
        onValue={setOn}
        error={checked && !on ? t('field.required') : fieldError('on')}
      />
      {needsText && (
        <TextAreaField
          id={`answer-${answer}-${field}`}
          label={t(`agency.${field}`)}
          required
          dir="auto"
          rows={3}
          maxLength={2000}
          value={text}
          onValue={setText}
          error={checked && !text.trim() ? t('field.required') : fieldError(field)}
        />
      )}
      <div className="actions">
        <button
          type="submit"
          className={answer === 'declined' ? 'button-primary danger' : 'button-primary'}
          disabled={mutation.isPending}
        >
          {label}
        </button>
      </div>
      {mutation.isError && <ProblemNotice error={mutation.error} />}
    </form>
  );
}
