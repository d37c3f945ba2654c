// Ordering detention pending removal (LFIP Art. 57): its grounds and the moment of the order,
// from which the 48-hour transfer and the six months are counted.
import type { QueryKey } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import { REMOVAL_DETENTION_GROUNDS } from '../../api/centre-codes.ts';
import { ChecklistField, DateField, TextField } from '../../ui/fields.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';

interface Props {
  personId: string;
  refresh: QueryKey[];
  onDone: () => void;
}

export function OrderDetentionForm({ personId, refresh, onDone }: Props) {
  const { t } = useTranslation();
  const today = todayInTurkiye();
  const [grounds, setGrounds] = useState<string[]>([]);
  const [day, setDay] = useState(today);
  const [time, setTime] = useState('09:00');
  const [checked, setChecked] = useState(false);
  const { mutation, fieldError } = useSubmit({
    send: () =>
      post('/api/v1/detentions', {
        personId,
        basis: 'removal',
        grounds,
        orderedAt: `${day}T${time}:00+03:00`,
      }),
    refresh,
    onDone,
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (grounds.length > 0 && day && time) mutation.mutate();
  }
  return (
    <form className="action-box action-form" noValidate onSubmit={submit} aria-label={t('detention.order')}>
      <ChecklistField
        name="detention-grounds"
        legend={t('detention.grounds')}
        options={REMOVAL_DETENTION_GROUNDS.map((g) => ({ value: g, label: t(`detentionGround.${g}`) }))}
        selected={grounds}
        onSelected={setGrounds}
        error={checked && grounds.length === 0 ? t('field.required') : undefined}
      />
      <div className="visit-when-fields">
        <DateField
          id="detention-day"
          label={t('detention.orderedOn')}
          required
          max={today}
          value={day}
          onValue={setDay}
          error={fieldError('orderedAt')}
        />
        <TextField
          id="detention-time"
          type="time"
          label={t('detention.orderedTime')}
          required
          className="input-date"
          value={time}
          onValue={setTime}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button-primary" disabled={mutation.isPending}>
          {t('detention.order')}
        </button>
      </div>
      {mutation.isError && <ProblemNotice error={mutation.error} />}
    </form>
  );
}
