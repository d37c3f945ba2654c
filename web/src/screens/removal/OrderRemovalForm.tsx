// Taking a removal decision (LFIP Art. 54): its grounds, the destination, the day, and a
// voluntary-departure period of 15 to 30 days where Art. 56 allows one. Refused while an Art. 55
// protection is in force.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import { REMOVAL_GROUNDS } from '../../api/centre-codes.ts';
import type { RemovalView } from '../../api/centre-types.ts';
import { useLabels, useReference } from '../../api/reference.ts';
import type { PersonView } from '../../api/types.ts';
import { useRouter } from '../../router.tsx';
import { ChecklistField, DateField, SelectField, TextAreaField, TextField } from '../../ui/fields.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { personRemovalsKey, removalsKey } from './queries.ts';

export function OrderRemovalForm({ person }: { person: PersonView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: reference } = useReference();
  const { navigate } = useRouter();
  const today = todayInTurkiye();
  const [grounds, setGrounds] = useState<string[]>([]);
  const [destination, setDestination] = useState(person.nationality === 'XXA' ? '' : person.nationality);
  const [decidedOn, setDecidedOn] = useState(today);
  const [days, setDays] = useState('');
  const [absconding, setAbsconding] = useState(false);
  const [assessment, setAssessment] = useState('');
  const [checked, setChecked] = useState(false);
  const { mutation, fieldError } = useSubmit({
    send: () =>
      post<RemovalView>('/api/v1/removals', {
        personId: person.id,
        grounds,
        destinationCountry: destination || null,
        decidedOn,
        voluntaryDepartureDays: days ? Number(days) : null,
        abscondingRisk: absconding,
        art55Assessment: assessment.trim() || null,
      }),
    refresh: [personRemovalsKey(person.id), removalsKey],
    onDone: (view) => navigate(`/removals/${view.id}`),
  });
  const daysWrong = days !== '' && !(Number(days) >= 15 && Number(days) <= 30);

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (grounds.length > 0 && decidedOn && !daysWrong) mutation.mutate();
  }

  return (
    <form className="action-box action-form" noValidate onSubmit={submit} aria-label={t('removals.order')}>
      <ChecklistField
        name="removal-grounds"
        legend={t('removalCase.grounds')}
        options={REMOVAL_GROUNDS.map((g) => ({ value: g, label: t(`removalGround.${g}`) }))}
        selected={grounds}
        onSelected={setGrounds}
        error={checked && grounds.length === 0 ? t('field.required') : undefined}
      />
      <div className="grid-2">
        <SelectField
          id="removal-destination"
          label={t('removalCase.destination')}
          value={destination}
          onValue={setDestination}
          placeholder={t('common.choose')}
          options={labels
            .sorted(reference?.nationalities ?? [])
            .map((n) => ({ value: n.code, label: n.label }))}
          error={fieldError('destinationCountry')}
        />
        <DateField
          id="removal-decidedOn"
          label={t('removalCase.decidedOn')}
          required
          max={today}
          value={decidedOn}
          onValue={setDecidedOn}
          error={fieldError('decidedOn')}
        />
        <TextField
          id="removal-voluntaryDays"
          type="number"
          inputMode="numeric"
          min={15}
          max={30}
          label={t('removalCase.voluntaryDaysField')}
          hint={t('removalCase.voluntaryDaysHint')}
          className="input-date"
          value={days}
          onValue={setDays}
          error={
            checked && daysWrong ? t('removalCase.voluntaryDaysRange') : fieldError('voluntaryDepartureDays')
          }
        />
      </div>
      <label className="choice-option">
        <input type="checkbox" checked={absconding} onChange={(e) => setAbsconding(e.target.checked)} />
        {t('removalCase.abscondingRisk')}
      </label>
      <TextAreaField
        id="removal-art55Assessment"
        label={t('removalCase.art55Assessment')}
        hint={t('removalCase.art55AssessmentHint')}
        value={assessment}
        onValue={setAssessment}
        error={fieldError('art55Assessment')}
      />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={mutation.isPending}>
          {t('removals.order')}
        </button>
      </div>
      {mutation.isError && <ProblemNotice error={mutation.error} />}
    </form>
  );
}
