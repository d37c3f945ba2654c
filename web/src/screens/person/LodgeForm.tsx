// Lodging an application for the person, with the household members who apply with them. An
// adult family member is included only with written consent (LFIP Art. 65).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, post } from '../../api/client.ts';
import { useReference } from '../../api/reference.ts';
import type { CaseView, HouseholdMember, LodgeInput, PersonView } from '../../api/types.ts';
import { isAdministrator, useSession } from '../../app/session.ts';
import { useRouter } from '../../router.tsx';
import { RadioGroup, SelectField, TextField } from '../../ui/fields.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { ProblemNotice, useFieldMessage } from '../../ui/Problem.tsx';
import { caseKey } from '../case/caseQuery.ts';
import { LODGING_CHANNELS, TRACKS } from '../case/codes.ts';
import { casesOfPersonKey } from './casesOfPerson.ts';
import { LodgeMember, type MemberChoice } from './LodgeMember.tsx';

type Track = LodgeInput['track'];
type Via = LodgeInput['lodgedVia'];
type Relationship = NonNullable<LodgeInput['members']>[number]['relationship'];

/** Whole years between a date of birth and a day (an unknown birth date counts as an adult). */
export function isAdultOn(dateOfBirth: string | null, day: string): boolean {
  if (!dateOfBirth) return true;
  const [y, m, d] = dateOfBirth.split('-').map(Number);
  const [ty, tm, td] = day.split('-').map(Number);
  if (!y || !m || !d || !ty || !tm || !td) return true;
  const age = ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
  return age >= 18;
}

export function LodgeForm({ person }: { person: PersonView }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { navigate } = useRouter();
  const { data: user } = useSession();
  const { data: reference } = useReference();
  const fieldMessage = useFieldMessage();
  const today = todayInTurkiye();
  const household = person.household;
  const others: HouseholdMember[] = (household?.members ?? []).filter((m) => m.personId !== person.id);
  const principalOfHousehold = household?.principalPersonId === person.id;
  const [track, setTrack] = useState<Track>('international_protection');
  const [lodgedOn, setLodgedOn] = useState(today);
  const [via, setVia] = useState<Via>('directorate');
  const [province, setProvince] = useState(person.provinceCode);
  const [choices, setChoices] = useState<Record<string, MemberChoice>>(() =>
    Object.fromEntries(
      others.map((m) => [
        m.personId,
        {
          included: false,
          // Household relationships are to the household's principal: they carry over only when
          // this person is that principal.
          relationship: principalOfHousehold && m.relationship !== 'principal' ? m.relationship : '',
          consentGivenOn: '',
          consentDocument: '',
        },
      ]),
    ),
  );
  const [checked, setChecked] = useState(false);
  const admin = isAdministrator(user);
  const included = others.filter((m) => choices[m.personId]?.included);

  const lodge = useMutation({
    mutationFn: () =>
      post<CaseView>('/api/v1/cases', {
        track,
        lodgedOn,
        lodgedVia: via,
        principalPersonId: person.id,
        ...(admin ? { provinceCode: province } : {}),
        members: included.map((m) => {
          const c = choices[m.personId]!;
          return {
            personId: m.personId,
            relationship: c.relationship as Relationship,
            ...(c.consentGivenOn ? { consentGivenOn: c.consentGivenOn } : {}),
            ...(c.consentDocument.trim() ? { consentDocument: c.consentDocument.trim() } : {}),
          };
        }),
      } satisfies LodgeInput),
    onSuccess: (view) => {
      client.setQueryData(caseKey(view.id), view);
      void client.invalidateQueries({ queryKey: casesOfPersonKey(person.id) });
      navigate(`/cases/${view.id}`);
    },
  });

  const problems = lodge.error instanceof ApiError ? (lodge.error.problem.errors ?? []) : [];
  const serverError = (field: string) => {
    const p = problems.find((e) => e.field === field);
    return p ? fieldMessage(p) : undefined;
  };
  const missing = (value: string) => (checked && !value ? t('field.required') : undefined);
  const memberError = (m: HouseholdMember, index: number, name: 'relationship' | 'consentGivenOn') => {
    const c = choices[m.personId]!;
    if (checked && name === 'relationship' && !c.relationship) return t('field.required');
    if (checked && name === 'consentGivenOn' && !c.consentGivenOn && isAdultOn(m.dateOfBirth, lodgedOn))
      return t('field.adultConsent');
    return serverError(`members[${index}].${name}`);
  };
  const complete =
    lodgedOn !== '' &&
    included.every((m) => {
      const c = choices[m.personId]!;
      return c.relationship && (c.consentGivenOn || !isAdultOn(m.dateOfBirth, lodgedOn));
    });

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (complete) lodge.mutate();
  }

  return (
    <form id="lodge-form" className="lodge-form" noValidate onSubmit={submit} aria-labelledby="lodge-heading">
      <h3 id="lodge-heading">{t('cases.lodgeTitle')}</h3>
      <RadioGroup
        name="lodge-track"
        legend={t('cases.track')}
        value={track}
        onValue={(v) => setTrack(v as Track)}
        options={TRACKS.map((k) => ({ value: k, label: t(`track.${k}`) }))}
        error={serverError('track')}
        required
      />
      <div className="grid-2">
        <TextField
          id="lodge-lodgedOn"
          type="date"
          label={t('cases.lodgedOn')}
          value={lodgedOn}
          onValue={setLodgedOn}
          max={today}
          required
          error={missing(lodgedOn) ?? serverError('lodgedOn')}
        />
        <SelectField
          id="lodge-via"
          label={t('cases.lodgedVia')}
          value={via}
          onValue={(v) => setVia(v as Via)}
          options={LODGING_CHANNELS.map((k) => ({ value: k, label: t(`lodgedVia.${k}`) }))}
          required
        />
        {admin && (
          <SelectField
            id="lodge-province"
            label={t('cases.province')}
            value={province}
            onValue={setProvince}
            options={(reference?.provinces ?? []).map((p) => ({
              value: p.code,
              label: `${p.code} · ${p.name}`,
            }))}
            required
            error={serverError('provinceCode')}
          />
        )}
      </div>
      <fieldset className="field">
        <legend>{t('cases.members')}</legend>
        <p className="hint">{t('cases.membersHint')}</p>
        {others.length === 0 ? (
          <p className="muted">{t('cases.noHouseholdMembers')}</p>
        ) : (
          <ul className="lodge-members">
            {others.map((m) => (
              <LodgeMember
                key={m.personId}
                member={m}
                choice={choices[m.personId]!}
                adult={isAdultOn(m.dateOfBirth, lodgedOn)}
                onChange={(change) =>
                  setChoices((all) => ({ ...all, [m.personId]: { ...all[m.personId]!, ...change } }))
                }
                error={(name) => memberError(m, included.indexOf(m), name)}
                today={today}
              />
            ))}
          </ul>
        )}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button-primary" disabled={lodge.isPending}>
          {t('cases.submit')}
        </button>
      </div>
      {lodge.isError && <ProblemNotice error={lodge.error} />}
    </form>
  );
}
