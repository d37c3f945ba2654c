// Requesting a visit or meeting. Meetings with lawyers, legal representatives and UNHCR are
// confidential: the form then asks for no notes (nothing of them is written down).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import { CONFIDENTIAL_VISITORS, VISITOR_KINDS } from '../../api/centre-codes.ts';
import type { Resident } from '../../api/centre-types.ts';
import { DateField, SelectField, TextAreaField, TextField } from '../../ui/fields.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { boardKey, residentKey } from '../centres/queries.ts';

const instant = (day: string, time: string) => `${day}T${time}:00+03:00`;

export function VisitForm({ resident, onDone }: { resident: Resident; onDone: () => void }) {
  const { t } = useTranslation();
  const [d, setD] = useState({
    visitorKind: '',
    visitorName: '',
    visitorOrganisation: '',
    day: todayInTurkiye(),
    from: '10:00',
    to: '11:00',
    notes: '',
  });
  const [checked, setChecked] = useState(false);
  const set = (name: keyof typeof d) => (value: string) => setD((x) => ({ ...x, [name]: value }));
  const confidential = (CONFIDENTIAL_VISITORS as readonly string[]).includes(d.visitorKind);
  const { mutation, fieldError } = useSubmit({
    send: () =>
      post(`/api/v1/centres/${resident.centreId}/visits`, {
        personId: resident.personId,
        visitorKind: d.visitorKind,
        visitorName: d.visitorName.trim(),
        visitorOrganisation: d.visitorOrganisation.trim() || null,
        startsAt: instant(d.day, d.from),
        endsAt: instant(d.day, d.to),
        notes: confidential ? null : d.notes.trim() || null,
      }),
    refresh: [residentKey(resident.centreId, resident.personId), boardKey(resident.centreId)],
    onDone,
  });
  const missing = (v: string) => (checked && !v.trim() ? t('field.required') : undefined);
  const order = checked && d.from >= d.to ? t('visits.endAfterStart') : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (d.visitorKind && d.visitorName.trim() && d.day && d.from && d.to && d.from < d.to) mutation.mutate();
  }

  return (
    <form className="action-box action-form" noValidate onSubmit={submit} aria-label={t('visits.request')}>
      <div className="grid-2">
        <SelectField
          id="visit-kind"
          label={t('visits.visitorKind')}
          required
          value={d.visitorKind}
          onValue={set('visitorKind')}
          placeholder={t('common.choose')}
          options={VISITOR_KINDS.map((k) => ({ value: k, label: t(`visitorKind.${k}`) }))}
          error={missing(d.visitorKind) ?? fieldError('visitorKind')}
        />
        <TextField
          id="visit-name"
          label={t('visits.visitorName')}
          required
          dir="auto"
          maxLength={200}
          value={d.visitorName}
          onValue={set('visitorName')}
          error={missing(d.visitorName) ?? fieldError('visitorName')}
        />
      </div>
      <TextField
        id="visit-organisation"
        label={t('visits.organisation')}
        dir="auto"
        maxLength={200}
        value={d.visitorOrganisation}
        onValue={set('visitorOrganisation')}
        error={fieldError('visitorOrganisation')}
      />
      <div className="visit-when-fields">
        <DateField
          id="visit-day"
          label={t('visits.day')}
          required
          value={d.day}
          onValue={set('day')}
          error={missing(d.day) ?? fieldError('startsAt')}
        />
        <TextField
          id="visit-from"
          type="time"
          label={t('visits.from')}
          required
          className="input-date"
          value={d.from}
          onValue={set('from')}
        />
        <TextField
          id="visit-to"
          type="time"
          label={t('visits.to')}
          required
          className="input-date"
          value={d.to}
          onValue={set('to')}
          error={order ?? fieldError('endsAt')}
        />
      </div>
      {confidential ? (
        <p className="notice notice-info small">{t('visits.confidentialHint')}</p>
      ) : (
        <TextAreaField
          id="visit-notes"
          label={t('visits.notes')}
          dir="auto"
          rows={2}
          maxLength={2000}
          value={d.notes}
          onValue={set('notes')}
          error={fieldError('notes')}
        />
      )}
      <div className="actions">
        <button type="submit" className="button-primary" disabled={mutation.isPending}>
          {t('visits.submit')}
        </button>
      </div>
      {mutation.isError && <ProblemNotice error={mutation.error} />}
    </form>
  );
}
