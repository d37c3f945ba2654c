// Referring a family to UNHCR for resettlement from the principal's page: the household members
// who go with them (each with their relationship), the day the need was identified, and why.
// Only conditional refugees and vulnerable temporary-protection holders who meet their
// obligations are referred, and each adult must have consented: a refusal names who and why.
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import { useLabels, useReference } from '../../api/reference.ts';
import type { ResettlementCase } from '../../api/sharing-types.ts';
import type { PersonView } from '../../api/types.ts';
import { useRouter } from '../../router.tsx';
import { DateField, SelectField, TextAreaField } from '../../ui/fields.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { DateText, Ltr, latinName } from '../../ui/text.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { useOrganisations } from '../sharing/queries.ts';
import { resettlementCaseKey, resettlementKey } from './queries.ts';

export function ReferForm({ person }: { person: PersonView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: reference } = useReference();
  const organisations = useOrganisations();
  const client = useQueryClient();
  const { navigate } = useRouter();
  const today = todayInTurkiye();
  const household = person.household;
  const others = (household?.members ?? []).filter((m) => m.personId !== person.id);
  const principal = household?.principalPersonId === person.id;
  const unhcr = (organisations.data ?? []).filter((o) => o.kind === 'unhcr');
  const [organisation, setOrganisation] = useState('');
  const [identifiedOn, setIdentifiedOn] = useState(today);
  const [reason, setReason] = useState('');
  const [chosen, setChosen] = useState<Record<string, string | null>>({});
  const [checked, setChecked] = useState(false);
  const org = organisation || (unhcr.length === 1 ? (unhcr[0]?.code ?? '') : '');
  const included = others.filter((m) => chosen[m.personId] !== undefined && chosen[m.personId] !== null);
  const people = Object.fromEntries(
    [
      { personId: person.id, name: latinName(person) },
      ...others.map((m) => ({ personId: m.personId, name: latinName(m) })),
    ].map((p) => [p.personId, p.name]),
  );
  const { mutation, fieldError } = useSubmit({
    send: () =>
      post<ResettlementCase>('/api/v1/resettlement/cases', {
        principalPersonId: person.id,
        members: included.map((m) => ({ personId: m.personId, relationship: chosen[m.personId] })),
        organisationCode: org,
        identifiedOn,
        reason: reason.trim(),
      }),
    refresh: [[...resettlementKey, 'pipeline']],
    onDone: (view) => {
      client.setQueryData(resettlementCaseKey(view.id), view);
      navigate(`/resettlement/${view.id}`);
    },
  });
  const relationships = labels
    .sorted((reference?.relationships ?? []).filter((r) => r.code !== 'principal'))
    .map((r) => ({ value: r.code, label: r.label }));
  const complete =
    org && identifiedOn && reason.trim().length >= 10 && included.every((m) => chosen[m.personId]);
  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (complete) mutation.mutate();
  }
  return (
    <form
      className="action-box action-form"
      noValidate
      onSubmit={submit}
      aria-label={t('resettlement.refer')}
    >
      <div className="grid-2">
        <SelectField
          id="rs-refer-organisation"
          label={t('resettlement.organisation')}
          required
          value={org}
          onValue={setOrganisation}
          placeholder={t('common.choose')}
          options={unhcr.map((o) => ({ value: o.code, label: o.name }))}
          error={checked && !org ? t('field.required') : fieldError('organisationCode')}
        />
        <DateField
          id="rs-refer-identifiedOn"
          label={t('resettlement.identifiedOn')}
          required
          max={today}
          value={identifiedOn}
          onValue={setIdentifiedOn}
          error={checked && !identifiedOn ? t('field.required') : fieldError('identifiedOn')}
        />
      </div>
      <fieldset className="field">
        <legend>{t('resettlement.familyMembers')}</legend>
        <p className="hint">{t('resettlement.familyMembersHint')}</p>
        {others.length === 0 ? (
          <p className="muted">{t('cases.noHouseholdMembers')}</p>
        ) : (
          <ul className="lodge-members">
            {others.map((m) => {
              const on = chosen[m.personId] !== undefined && chosen[m.personId] !== null;
              const id = `rs-member-${m.personId}`;
              return (
                <li key={m.personId} className={on ? 'included' : undefined}>
                  <label className="choice-option">
                    <input
                      type="checkbox"
                      checked={on}
                      onChange={(e) =>
                        setChosen((all) => ({
                          ...all,
                          [m.personId]: e.target.checked
                            ? principal && m.relationship !== 'principal'
                              ? m.relationship
                              : ''
                            : null,
                        }))
                      }
                    />
                    <bdi dir="auto">{latinName(m)}</bdi>
                  </label>
                  <span className="small muted">
                    {labels.relationship(m.relationship)} · <Ltr className="mono">{m.foreignerIdNumber}</Ltr>{' '}
                    · <DateText value={m.dateOfBirth} precision={m.dateOfBirthPrecision} />
                  </span>
                  {on && (
                    <SelectField
                      id={`${id}-relationship`}
                      label={t('cases.relationship')}
                      required
                      value={chosen[m.personId] ?? ''}
                      onValue={(v) => setChosen((all) => ({ ...all, [m.personId]: v }))}
                      placeholder={t('common.choose')}
                      options={relationships}
                      error={checked && !chosen[m.personId] ? t('field.required') : undefined}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>
      <TextAreaField
        id="rs-refer-reason"
        label={t('resettlement.reason')}
        hint={t('resettlement.reasonHint')}
        required
        dir="auto"
        rows={3}
        maxLength={2000}
        value={reason}
        onValue={setReason}
        error={
          checked && reason.trim().length < 10 ? t('field.tooShort', { count: 10 }) : fieldError('reason')
        }
      />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={mutation.isPending}>
          {t('resettlement.refer')}
        </button>
      </div>
      {mutation.isError && <ProblemNotice error={mutation.error} people={people} />}
    </form>
  );
}
