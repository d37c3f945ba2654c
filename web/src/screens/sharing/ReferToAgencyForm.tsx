// Referring a person (and family members) to another agency for a service. Each adult must have
// consented to that agency for that service; a refusal names who has not.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import { REFERRAL_SERVICES } from '../../api/sharing-codes.ts';
import { organisationOf } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { useRouter } from '../../router.tsx';
import { CheckboxList, DateField, SelectField, TextAreaField } from '../../ui/fields.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { referralsKey, useOrganisations } from './queries.ts';

export interface Referable {
  personId: string;
  name: string;
}

interface Props {
  /** The person referred first, then the others who may go with them. */
  principal: Referable;
  others: Referable[];
}

export function ReferToAgencyForm({ principal, others }: Props) {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const { data: user } = useSession();
  const organisations = useOrganisations();
  const today = todayInTurkiye();
  const own = organisationOf(user);
  const [to, setTo] = useState('');
  const [service, setService] = useState('');
  const [sentOn, setSentOn] = useState(today);
  const [note, setNote] = useState('');
  const [members, setMembers] = useState<string[]>([]);
  const [checked, setChecked] = useState(false);
  const people = Object.fromEntries([principal, ...others].map((p) => [p.personId, p.name]));
  const { mutation, fieldError } = useSubmit({
    send: () =>
      post<{ id: string }>('/api/v1/referrals', {
        personId: principal.personId,
        memberIds: members,
        toOrganisation: to,
        service,
        sentOn,
        note: note.trim() || null,
      }),
    refresh: [referralsKey],
    onDone: ({ id }) => navigate(`/referrals/${id}`),
  });
  const required = (value: string, field: string) =>
    checked && !value ? t('field.required') : fieldError(field);
  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (to && service && sentOn && (note.trim() === '' || note.trim().length >= 2)) mutation.mutate();
  }
  return (
    <form className="action-box action-form" noValidate onSubmit={submit} aria-label={t('agency.refer')}>
      <div className="grid-2">
        <SelectField
          id="refer-to"
          label={t('agency.to')}
          required
          value={to}
          onValue={setTo}
          placeholder={t('common.choose')}
          options={(organisations.data ?? [])
            .filter((o) => o.kind !== 'resettlement_state' && o.code !== own)
            .map((o) => ({ value: o.code, label: `${o.name} · ${t(`organisationKind.${o.kind}`)}` }))}
          error={required(to, 'toOrganisation')}
        />
        <SelectField
          id="refer-service"
          label={t('agency.service')}
          required
          value={service}
          onValue={setService}
          placeholder={t('common.choose')}
          options={REFERRAL_SERVICES.map((s) => ({ value: s, label: t(`sharingPurpose.${s}`) }))}
          error={required(service, 'service')}
        />
        <DateField
          id="refer-sentOn"
          label={t('agency.sentOn')}
          required
          max={today}
          value={sentOn}
          onValue={setSentOn}
          error={required(sentOn, 'sentOn')}
        />
      </div>
      {others.length > 0 && (
        <fieldset className="field">
          <legend>{t('agency.withMembers')}</legend>
          <CheckboxList
            name="refer-members"
            options={others.map((p) => ({ value: p.personId, label: p.name }))}
            selected={members}
            onToggle={(v, on) => setMembers(on ? [...members, v] : members.filter((m) => m !== v))}
          />
        </fieldset>
      )}
      <TextAreaField
        id="refer-note"
        label={t('agency.note')}
        dir="auto"
        rows={3}
        maxLength={2000}
        value={note}
        onValue={setNote}
        error={checked && note.trim().length === 1 ? t('field.tooShort', { count: 2 }) : fieldError('note')}
      />
      <p className="hint">{t('agency.consentHint')}</p>
      <div className="actions">
        <button type="submit" className="button-primary" disabled={mutation.isPending}>
          {t('agency.refer')}
        </button>
      </div>
      {mutation.isError && <ProblemNotice error={mutation.error} people={people} />}
    </form>
  );
}
