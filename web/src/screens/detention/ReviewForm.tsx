// The monthly review: detention continues, is extended once (only for the reasons Art. 57 allows,
// never past its maximum), or ends with the person released, with any alternatives.
import type { QueryKey } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import {
  EXTENSION_REASONS,
  REVIEW_OUTCOMES,
  type AlternativeKind,
  type ExtensionReason,
} from '../../api/centre-codes.ts';
import type { Detention } from '../../api/centre-types.ts';
import { DateField, RadioGroup, SelectField, TextAreaField } from '../../ui/fields.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { AlternativesFields, alternativesOn } from './AlternativesFields.tsx';

interface Props {
  detention: Detention;
  refresh: QueryKey[];
  onDone: () => void;
}

export function ReviewForm({ detention: d, refresh, onDone }: Props) {
  const { t } = useTranslation();
  const today = todayInTurkiye();
  const [reviewedOn, setReviewedOn] = useState(today);
  const [outcome, setOutcome] = useState('');
  const [reasons, setReasons] = useState('');
  const [extensionReason, setExtensionReason] = useState('');
  const [extendUntil, setExtendUntil] = useState(d.extensionLimit ?? '');
  const [alternatives, setAlternatives] = useState<AlternativeKind[]>([]);
  const [checked, setChecked] = useState(false);
  const outcomes = REVIEW_OUTCOMES.filter((o) => o !== 'extend' || d.extensionLimit !== null);
  const { mutation, fieldError } = useSubmit({
    send: () =>
      post(`/api/v1/detentions/${d.id}/reviews`, {
        version: d.version,
        reviewedOn,
        outcome,
        reasons: reasons.trim(),
        ...(outcome === 'extend' ? { extensionReason: extensionReason as ExtensionReason, extendUntil } : {}),
        ...(outcome === 'release' ? { alternatives: alternativesOn(alternatives, reviewedOn) } : {}),
      }),
    refresh,
    onDone,
  });
  const problems = {
    outcome: !outcome,
    reasons: reasons.trim().length < 3,
    extensionReason: outcome === 'extend' && !extensionReason,
    extendUntil: outcome === 'extend' && !extendUntil,
  };
  const shown = (name: keyof typeof problems, message: string) =>
    checked && problems[name] ? message : fieldError(name);

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (!Object.values(problems).some(Boolean)) mutation.mutate();
  }

  return (
    <form className="action-box action-form" noValidate onSubmit={submit} aria-label={t('detention.review')}>
      <DateField
        id={`review-${d.id}-on`}
        label={t('detention.reviewedOn')}
        required
        max={today}
        value={reviewedOn}
        onValue={setReviewedOn}
        error={fieldError('reviewedOn')}
      />
      <RadioGroup
        name={`review-${d.id}-outcome`}
        legend={t('detention.outcome')}
        required
        value={outcome}
        onValue={setOutcome}
        options={outcomes.map((o) => ({ value: o, label: t(`reviewOutcome.${o}`) }))}
        error={shown('outcome', t('field.required'))}
      />
      {outcome === 'extend' && (
        <div className="grid-2">
          <SelectField
            id={`review-${d.id}-extensionReason`}
            label={t('detention.extensionReason')}
            required
            value={extensionReason}
            onValue={setExtensionReason}
            placeholder={t('common.choose')}
            options={EXTENSION_REASONS.map((r) => ({ value: r, label: t(`extensionReason.${r}`) }))}
            error={shown('extensionReason', t('field.required'))}
          />
          <DateField
            id={`review-${d.id}-extendUntil`}
            label={t('detention.extendUntil')}
            hint={d.extensionLimit ? t('detention.extendUntilHint') : undefined}
            required
            max={d.extensionLimit ?? undefined}
            value={extendUntil}
            onValue={setExtendUntil}
            error={shown('extendUntil', t('field.required'))}
          />
        </div>
      )}
      {outcome === 'release' && (
        <AlternativesFields
          name={`review-${d.id}-alternatives`}
          selected={alternatives}
          onChange={setAlternatives}
        />
      )}
      <TextAreaField
        id={`review-${d.id}-reasons`}
        label={t('detention.reasons')}
        required
        dir="auto"
        rows={3}
        value={reasons}
        onValue={setReasons}
        error={shown('reasons', t('field.tooShort', { count: 3 }))}
      />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={mutation.isPending}>
          {t('detention.recordReview')}
        </button>
      </div>
      {mutation.isError && <ProblemNotice error={mutation.error} />}
    </form>
  );
}
