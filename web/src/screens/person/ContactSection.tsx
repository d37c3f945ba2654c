// Contact and address, editable in place (the version guards against overwriting a colleague).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, patch } from '../../api/client.ts';
import { useLabels, useReference } from '../../api/reference.ts';
import type { PersonView } from '../../api/types.ts';
import { CheckboxList, SelectField, TextField } from '../../ui/fields.tsx';
import { ProblemNotice, useFieldMessage } from '../../ui/Problem.tsx';
import { Auto, Ltr } from '../../ui/text.tsx';
import { Fact, Facts } from './Facts.tsx';

export function ContactSection({ person }: { person: PersonView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const client = useQueryClient();
  const { data: reference } = useReference();
  const fieldMessage = useFieldMessage();
  const [editing, setEditing] = useState(false);
  const [form, setForm] = useState({
    phone: '',
    email: '',
    provinceCode: '',
    district: '',
    languages: [] as string[],
  });

  const save = useMutation({
    mutationFn: () =>
      patch<PersonView>(`/api/v1/persons/${person.id}`, {
        version: person.version,
        phone: form.phone.trim() || null,
        email: form.email.trim() || null,
        provinceCode: form.provinceCode,
        district: form.district.trim() || null,
        languages: form.languages,
      }),
    onSuccess: (updated) => {
      client.setQueryData(['person', person.id], updated);
      setEditing(false);
    },
  });

  function start() {
    setForm({
      phone: person.phone ?? '',
      email: person.email ?? '',
      provinceCode: person.provinceCode,
      district: person.district ?? '',
      languages: person.languages,
    });
    save.reset();
    setEditing(true);
  }

  const problems = save.error instanceof ApiError ? (save.error.problem.errors ?? []) : [];
  const err = (field: string) => {
    const p = problems.find((x) => x.field === field);
    return p ? fieldMessage(p) : undefined;
  };
  const stale = save.error instanceof ApiError && save.error.code === 'STALE_VERSION';

  return (
    <section className="panel" aria-labelledby="contact-heading">
      <div className="panel-head">
        <h2 id="contact-heading">{t('register.sectionContact')}</h2>
        {!editing && (
          <button type="button" className="button-quiet" onClick={start}>
            {t('common.edit')}
          </button>
        )}
      </div>
      {!editing ? (
        <Facts>
          <Fact label={t('person.phone')}>{person.phone ? <Ltr>{person.phone}</Ltr> : null}</Fact>
          <Fact label={t('person.email')}>{person.email ? <Ltr>{person.email}</Ltr> : null}</Fact>
          <Fact label={t('person.provinceCode')}>{labels.province(person.provinceCode)}</Fact>
          <Fact label={t('person.district')}>{person.district ? <Auto>{person.district}</Auto> : null}</Fact>
          <Fact label={t('person.languages')}>
            {person.languages.map((l) => labels.language(l)).join(', ')}
          </Fact>
        </Facts>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <TextField
            id="edit-phone"
            type="tel"
            dir="ltr"
            label={t('person.phone')}
            value={form.phone}
            onValue={(phone) => setForm({ ...form, phone })}
            error={err('phone')}
          />
          <TextField
            id="edit-email"
            type="email"
            dir="ltr"
            label={t('person.email')}
            value={form.email}
            onValue={(email) => setForm({ ...form, email })}
            error={err('email')}
          />
          <SelectField
            id="edit-province"
            label={t('person.provinceCode')}
            value={form.provinceCode}
            onValue={(provinceCode) => setForm({ ...form, provinceCode })}
            options={(reference?.provinces ?? []).map((p) => ({
              value: p.code,
              label: `${p.code} · ${p.name}`,
            }))}
            error={err('provinceCode')}
          />
          <TextField
            id="edit-district"
            dir="auto"
            label={t('person.district')}
            value={form.district}
            onValue={(district) => setForm({ ...form, district })}
          />
          <fieldset className="field">
            <legend>{t('person.languages')}</legend>
            <CheckboxList
              name="edit-languages"
              options={labels
                .sorted(reference?.languages ?? [])
                .map((l) => ({ value: l.code, label: l.label }))}
              selected={form.languages}
              onToggle={(code, on) =>
                setForm({
                  ...form,
                  languages: on ? [...form.languages, code] : form.languages.filter((c) => c !== code),
                })
              }
            />
          </fieldset>
          {save.isError && !problems.length && <ProblemNotice error={save.error} />}
          <div className="actions">
            <button type="submit" className="button-primary" disabled={save.isPending}>
              {t('common.save')}
            </button>
            <button type="button" className="button-quiet" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </button>
            {stale && (
              <button
                type="button"
                className="button-secondary"
                onClick={() => void client.invalidateQueries({ queryKey: ['person', person.id] })}
              >
                {t('common.reload')}
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
