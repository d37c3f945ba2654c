// Specific needs: recorded, removed (kept in history), grouped with LFIP Art. 67 first.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { del, post } from '../../api/client.ts';
import { useLabels, useReference } from '../../api/reference.ts';
import type { PersonView } from '../../api/types.ts';
import { SelectField, TextField } from '../../ui/fields.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { Auto, DateText } from '../../ui/text.tsx';

export function NeedsPanel({ person }: { person: PersonView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const client = useQueryClient();
  const { data: reference } = useReference();
  const [code, setCode] = useState('');
  const [note, setNote] = useState('');
  const key = ['person', person.id];
  const setNeeds = (change: (needs: PersonView['specificNeeds']) => PersonView['specificNeeds']) =>
    client.setQueryData<PersonView>(key, (p) => (p ? { ...p, specificNeeds: change(p.specificNeeds) } : p));

  const add = useMutation({
    mutationFn: () =>
      post<void>(`/api/v1/persons/${person.id}/specific-needs`, { code, note: note.trim() || null }),
    onSuccess: () => {
      setNeeds((needs) => [
        ...needs,
        { code, note: note.trim() || null, recordedAt: new Date().toISOString() },
      ]);
      setCode('');
      setNote('');
    },
  });
  const remove = useMutation({
    mutationFn: (need: string) =>
      del(`/api/v1/persons/${person.id}/specific-needs/${encodeURIComponent(need)}`),
    onSuccess: (_, need) => setNeeds((needs) => needs.filter((n) => n.code !== need)),
  });

  const recorded = new Set(person.specificNeeds.map((n) => n.code));
  const statutory = new Set(
    (reference?.specificNeeds ?? []).filter((n) => n.family === 'statutory').map((n) => n.code),
  );
  const groups = [...(reference?.specificNeedGroups ?? [])]
    .sort((a, b) => Number(b.code === 'STATUTORY') - Number(a.code === 'STATUTORY'))
    .map((g) => ({
      label: g.labels[labels.lang],
      options: (reference?.specificNeeds ?? [])
        .filter((n) => n.group === g.code && !recorded.has(n.code))
        .map((n) => ({ value: n.code, label: n.labels[labels.lang] })),
    }))
    .filter((g) => g.options.length > 0);

  return (
    <section className="panel" aria-labelledby="needs-heading">
      <h2 id="needs-heading">{t('person.specificNeeds')}</h2>
      {person.specificNeeds.length === 0 ? (
        <p className="muted">{t('person.noNeeds')}</p>
      ) : (
        <ul className="need-list">
          {person.specificNeeds.map((n) => (
            <li key={n.code}>
              <span>
                <strong>{labels.need(n.code)}</strong>
                {statutory.has(n.code) && (
                  <span className="badge badge-statutory">{t('person.statutory')}</span>
                )}
                {n.note && (
                  <span className="muted">
                    {' '}
                    — <Auto>{n.note}</Auto>
                  </span>
                )}
              </span>
              <span className="small muted">
                <DateText value={n.recordedAt} />
              </span>
              <button
                type="button"
                className="button-quiet danger"
                onClick={() => remove.mutate(n.code)}
                disabled={remove.isPending}
                aria-label={t('person.removeNeed', { need: labels.need(n.code) })}
              >
                {t('common.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="inline-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (code) add.mutate();
        }}
      >
        <SelectField
          id="need-code"
          label={t('person.addNeed')}
          value={code}
          onValue={setCode}
          placeholder={t('common.choose')}
          groups={groups}
          options={[]}
        />
        <TextField
          id="need-note"
          label={t('person.needNote')}
          value={note}
          onValue={setNote}
          dir="auto"
          maxLength={500}
        />
        <button type="submit" className="button-secondary" disabled={!code || add.isPending}>
          {t('common.add')}
        </button>
      </form>
      {(add.isError || remove.isError) && <ProblemNotice error={add.error ?? remove.error} />}
    </section>
  );
}
