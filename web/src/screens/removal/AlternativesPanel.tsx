// Alternatives to detention (LFIP Art. 57/A) imposed on the person, and imposing them with the
// removal decision.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import type { AlternativeKind } from '../../api/centre-codes.ts';
import type { AlternativeView } from '../../api/centre-types.ts';
import { DateField } from '../../ui/fields.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { FormToggle } from '../../ui/FormToggle.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { Auto, DayText } from '../../ui/text.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { AlternativesFields, alternativesOn } from '../detention/AlternativesFields.tsx';
import { removalKey } from './queries.ts';

interface Props {
  alternatives: AlternativeView[];
  /** The removal decision to impose them with; none where they are only shown. */
  removalId?: string | undefined;
}

export function AlternativesPanel({ alternatives, removalId }: Props) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <section className="panel" aria-labelledby="alternatives-heading">
      <div className="panel-head">
        <h2 id="alternatives-heading">{t('alternatives.title')}</h2>
        {removalId && (
          <FormToggle open={adding} onToggle={() => setAdding(!adding)} label={t('alternatives.impose')} />
        )}
      </div>
      {adding && removalId && <ImposeForm removalId={removalId} onDone={() => setAdding(false)} />}
      {alternatives.length === 0 ? (
        <p className="muted">{t('alternatives.none')}</p>
      ) : (
        <ul className="plain-list">
          {alternatives.map((a) => (
            <li key={a.id}>
              <strong>{t(`alternativeKind.${a.kind}`, { defaultValue: a.kind })}</strong> ·{' '}
              <DayText value={a.startsOn} />
              {a.endsOn && (
                <>
                  {' – '}
                  <DayText value={a.endsOn} />
                </>
              )}
              {a.details && (
                <div className="small">
                  <Auto>{a.details}</Auto>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ImposeForm({ removalId, onDone }: { removalId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const today = todayInTurkiye();
  const [kinds, setKinds] = useState<AlternativeKind[]>([]);
  const [startsOn, setStartsOn] = useState(today);
  const [checked, setChecked] = useState(false);
  const { mutation, fieldError } = useSubmit({
    send: () =>
      post(`/api/v1/removals/${removalId}/alternatives`, { alternatives: alternativesOn(kinds, startsOn) }),
    refresh: [removalKey(removalId)],
    onDone,
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (kinds.length > 0 && startsOn) mutation.mutate();
  }
  return (
    <form
      className="action-box action-form"
      noValidate
      onSubmit={submit}
      aria-label={t('alternatives.impose')}
    >
      <AlternativesFields name="impose-alternatives" selected={kinds} onChange={setKinds} />
      {checked && kinds.length === 0 && <p className="field-error">{t('field.required')}</p>}
      <DateField
        id="alternatives-from"
        label={t('alternatives.from')}
        required
        max={today}
        value={startsOn}
        onValue={setStartsOn}
        error={fieldError('alternatives')}
      />
      <button type="submit" className="button-primary" disabled={mutation.isPending}>
        {t('alternatives.impose')}
      </button>
      {mutation.isError && <ProblemNotice error={mutation.error} />}
    </form>
  );
}
