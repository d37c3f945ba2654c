// LFIP Art. 55 protections: while one is in force no removal decision may be taken and none
// carried out. Removal officers record them, and end them (e.g. when treatment is complete).
import type { QueryKey } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import { ART55_GROUNDS } from '../../api/centre-codes.ts';
import type { Protection } from '../../api/centre-types.ts';
import { DateField, SelectField, TextAreaField } from '../../ui/fields.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { FormToggle } from '../../ui/FormToggle.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { Auto, DayText } from '../../ui/text.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { protectionsKey } from './queries.ts';

interface Props {
  personId: string;
  protections: Protection[];
  mayManage: boolean;
  refresh?: QueryKey[];
}

export function ProtectionsPanel({ personId, protections, mayManage, refresh = [] }: Props) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const keys = [protectionsKey(personId), ...refresh];
  const end = useSubmit({
    send: (id: string) => post(`/api/v1/removal-protections/${id}/end`, { endedOn: todayInTurkiye() }),
    refresh: keys,
  });
  return (
    <section className="panel" aria-labelledby="protections-heading">
      <div className="panel-head">
        <h2 id="protections-heading">{t('protections.title')}</h2>
        {mayManage && (
          <FormToggle open={adding} onToggle={() => setAdding(!adding)} label={t('protections.record')} />
        )}
      </div>
      {adding && <ProtectionForm personId={personId} refresh={keys} onDone={() => setAdding(false)} />}
      {protections.length === 0 ? (
        <p className="muted">{t('protections.none')}</p>
      ) : (
        <ul className="plain-list protection-list">
          {protections.map((p) => (
            <li key={p.id} className={p.active ? 'active' : undefined} data-ground={p.ground}>
              <div className="timeline-head">
                <strong>{t(`art55Ground.${p.ground}`)}</strong>
                <span className={p.active ? 'badge status-valid' : 'badge status-expired'}>
                  {p.active ? t('protections.active') : t('protections.ended')}
                </span>
              </div>
              <div className="small muted">
                {t('protections.from')} <DayText value={p.recordedOn} />
                {p.until && (
                  <>
                    {' '}
                    · {t('protections.until')} <DayText value={p.until} />
                  </>
                )}
                {p.endedOn && (
                  <>
                    {' '}
                    · {t('protections.endedOn')} <DayText value={p.endedOn} />
                  </>
                )}
              </div>
              <p className="small">
                <Auto>{p.basis}</Auto>
              </p>
              {mayManage && p.active && (
                <button
                  type="button"
                  className="button-quiet"
                  disabled={end.mutation.isPending}
                  onClick={() => end.mutation.mutate(p.id)}
                >
                  {t('protections.end')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {end.mutation.isError && <ProblemNotice error={end.mutation.error} />}
    </section>
  );
}

function ProtectionForm({
  personId,
  refresh,
  onDone,
}: {
  personId: string;
  refresh: QueryKey[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const today = todayInTurkiye();
  const [ground, setGround] = useState('');
  const [recordedOn, setRecordedOn] = useState(today);
  const [until, setUntil] = useState('');
  const [basis, setBasis] = useState('');
  const [checked, setChecked] = useState(false);
  const { mutation, fieldError } = useSubmit({
    send: () =>
      post(`/api/v1/persons/${personId}/removal-protections`, {
        ground,
        recordedOn,
        until: until || null,
        basis: basis.trim(),
      }),
    refresh,
    onDone,
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (ground && recordedOn && basis.trim().length >= 3) mutation.mutate();
  }
  return (
    <form
      className="action-box action-form"
      noValidate
      onSubmit={submit}
      aria-label={t('protections.record')}
    >
      <SelectField
        id="protection-ground"
        label={t('protections.ground')}
        required
        value={ground}
        onValue={setGround}
        placeholder={t('common.choose')}
        options={ART55_GROUNDS.map((g) => ({ value: g, label: t(`art55Ground.${g}`) }))}
        error={checked && !ground ? t('field.required') : fieldError('ground')}
      />
      <div className="grid-2">
        <DateField
          id="protection-from"
          label={t('protections.from')}
          required
          max={today}
          value={recordedOn}
          onValue={setRecordedOn}
          error={fieldError('recordedOn')}
        />
        <DateField
          id="protection-until"
          label={t('protections.until')}
          hint={t('protections.untilHint')}
          value={until}
          onValue={setUntil}
          error={fieldError('until')}
        />
      </div>
      <TextAreaField
        id="protection-basis"
        label={t('protections.basis')}
        required
        dir="auto"
        rows={3}
        value={basis}
        onValue={setBasis}
        error={checked && basis.trim().length < 3 ? t('field.tooShort', { count: 3 }) : fieldError('basis')}
      />
      <button type="submit" className="button-primary" disabled={mutation.isPending}>
        {t('protections.record')}
      </button>
      {mutation.isError && <ProblemNotice error={mutation.error} />}
    </form>
  );
}
