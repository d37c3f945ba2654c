// Recording a person's consent to an organisation for one purpose, with the document it is
// written in (the signed form). Without it nothing of the person reaches the organisation.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import { SHARING_PURPOSES } from '../../api/sharing-codes.ts';
import { DateField, SelectField, TextField } from '../../ui/fields.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { consentsKey, useOrganisations } from './queries.ts';
import type { Referable } from './ReferToAgencyForm.tsx';

interface Props {
  /** Whose consent: one person, or a choice among several. */
  people: Referable[];
  onDone: () => void;
}

export function ConsentForm({ people, onDone }: Props) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const today = todayInTurkiye();
  const [personId, setPersonId] = useState(people.length === 1 ? (people[0]?.personId ?? '') : '');
  const [organisation, setOrganisation] = useState('');
  const [purpose, setPurpose] = useState('');
  const [givenOn, setGivenOn] = useState(today);
  const [document, setDocument] = useState('');
  const [checked, setChecked] = useState(false);
  const { mutation, fieldError } = useSubmit({
    send: () =>
      post<{ id: string }>(`/api/v1/persons/${encodeURIComponent(personId)}/consents`, {
        organisationCode: organisation,
        purpose,
        givenOn,
        document: document.trim(),
      }),
    refresh: [consentsKey(personId)],
    onDone,
  });
  const required = (value: string, field: string) =>
    checked && !value ? t('field.required') : fieldError(field);
  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (personId && organisation && purpose && givenOn && document.trim().length >= 2) mutation.mutate();
  }
  return (
    <form className="action-box action-form" noValidate onSubmit={submit} aria-label={t('consents.record')}>
      <div className="grid-2">
        {people.length > 1 && (
          <SelectField
            id="consent-person"
            label={t('consents.person')}
            required
            value={personId}
            onValue={setPersonId}
            placeholder={t('common.choose')}
            options={people.map((p) => ({ value: p.personId, label: p.name }))}
            error={required(personId, 'personId')}
          />
        )}
        <SelectField
          id="consent-organisation"
          label={t('consents.organisation')}
          required
          value={organisation}
          onValue={setOrganisation}
          placeholder={t('common.choose')}
          options={(organisations.data ?? []).map((o) => ({
            value: o.code,
            label: `${o.name} · ${t(`organisationKind.${o.kind}`)}`,
          }))}
          error={required(organisation, 'organisationCode')}
        />
        <SelectField
          id="consent-purpose"
          label={t('consents.purpose')}
          required
          value={purpose}
          onValue={setPurpose}
          placeholder={t('common.choose')}
          options={SHARING_PURPOSES.map((p) => ({ value: p, label: t(`sharingPurpose.${p}`) }))}
          error={required(purpose, 'purpose')}
        />
        <DateField
          id="consent-givenOn"
          label={t('consents.givenOn')}
          required
          max={today}
          value={givenOn}
          onValue={setGivenOn}
          error={required(givenOn, 'givenOn')}
        />
      </div>
      <TextField
        id="consent-document"
        label={t('consents.document')}
        hint={t('consents.documentHint')}
        required
        dir="auto"
        maxLength={300}
        value={document}
        onValue={setDocument}
        error={checked && document.trim().length < 2 ? t('field.required') : fieldError('document')}
      />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={mutation.isPending}>
          {t('consents.record')}
        </button>
      </div>
      {mutation.isError && <ProblemNotice error={mutation.error} />}
    </form>
  );
}
