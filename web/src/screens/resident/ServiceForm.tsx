// Logging a service. Health care (and its note, which only health staff can read) is offered to
// health staff only; health details never go in the summary, which every centre officer reads.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import { HEALTH_CATEGORIES, SERVICE_CATEGORIES } from '../../api/centre-codes.ts';
import type { Resident } from '../../api/centre-types.ts';
import { seesHealthNotes } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { DateField, SelectField, TextAreaField, TextField } from '../../ui/fields.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { boardKey, residentKey } from '../centres/queries.ts';

export function ServiceForm({ resident, onDone }: { resident: Resident; onDone: () => void }) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const today = todayInTurkiye();
  const health = seesHealthNotes(user);
  const categories = SERVICE_CATEGORIES.filter((c) => health || !HEALTH_CATEGORIES.includes(c));
  const [category, setCategory] = useState('');
  const [deliveredOn, setDeliveredOn] = useState(today);
  const [provider, setProvider] = useState('');
  const [summary, setSummary] = useState('');
  const [healthNote, setHealthNote] = useState('');
  const [checked, setChecked] = useState(false);
  const isHealth = (HEALTH_CATEGORIES as readonly string[]).includes(category);
  const { mutation, fieldError } = useSubmit({
    send: () =>
      post(`/api/v1/centres/${resident.centreId}/residents/${resident.personId}/services`, {
        category,
        deliveredOn,
        provider: provider.trim() || null,
        ...(isHealth ? { healthNote: healthNote.trim() || null } : { summary: summary.trim() || null }),
      }),
    refresh: [residentKey(resident.centreId, resident.personId), boardKey(resident.centreId)],
    onDone,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (category && deliveredOn) mutation.mutate();
  }

  return (
    <form className="action-box action-form" noValidate onSubmit={submit} aria-label={t('services.add')}>
      <div className="grid-2">
        <SelectField
          id="service-category"
          label={t('services.category')}
          required
          value={category}
          onValue={setCategory}
          placeholder={t('common.choose')}
          options={categories.map((c) => ({ value: c, label: t(`serviceCategory.${c}`) }))}
          error={checked && !category ? t('field.required') : fieldError('category')}
        />
        <DateField
          id="service-deliveredOn"
          label={t('services.deliveredOn')}
          required
          max={today}
          value={deliveredOn}
          onValue={setDeliveredOn}
          error={checked && !deliveredOn ? t('field.required') : fieldError('deliveredOn')}
        />
      </div>
      <TextField
        id="service-provider"
        label={t('services.provider')}
        hint={t('services.providerHint')}
        value={provider}
        onValue={setProvider}
        dir="auto"
        maxLength={200}
        error={fieldError('provider')}
      />
      {isHealth ? (
        <TextAreaField
          id="service-healthNote"
          label={t('services.healthNote')}
          hint={t('services.healthNoteHint')}
          value={healthNote}
          onValue={setHealthNote}
          dir="auto"
          rows={3}
          maxLength={4000}
          error={fieldError('healthNote')}
        />
      ) : (
        <TextAreaField
          id="service-summary"
          label={t('services.summary')}
          hint={t('services.summaryHint')}
          value={summary}
          onValue={setSummary}
          dir="auto"
          rows={3}
          maxLength={2000}
          error={fieldError('summary')}
        />
      )}
      <div className="actions">
        <button type="submit" className="button-primary" disabled={mutation.isPending}>
          {t('services.save')}
        </button>
      </div>
      {mutation.isError && <ProblemNotice error={mutation.error} />}
    </form>
  );
}
