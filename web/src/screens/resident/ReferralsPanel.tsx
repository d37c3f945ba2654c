// Child protection: the child's referrals to the Ministry of Family and Social Services, their
// progress, and (while none is open) the form to refer.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import type { Referral, Resident } from '../../api/centre-types.ts';
import { can } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { DateField, TextAreaField, TextField } from '../../ui/fields.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { Auto, DayText, Ltr } from '../../ui/text.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { boardKey, residentKey } from '../centres/queries.ts';

const NEXT: Record<Referral['status'], ('accepted' | 'placed' | 'closed')[]> = {
  referred: ['accepted', 'closed'],
  accepted: ['placed', 'closed'],
  placed: ['closed'],
  closed: [],
};

export function ReferralsPanel({ resident, current }: { resident: Resident; current: boolean }) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const mayRefer = can(user, 'children:refer');
  const open = resident.referrals.some((r) => r.status !== 'closed');
  return (
    <section className="panel" aria-labelledby="referrals-heading">
      <h2 id="referrals-heading">{t('referrals.title')}</h2>
      {resident.referrals.length === 0 && <p className="muted">{t('referrals.none')}</p>}
      <ul className="plain-list">
        {resident.referrals.map((r) => (
          <li key={r.id}>
            <div className="timeline-head">
              <strong>
                <Auto>{r.institution}</Auto>
              </strong>
              <span className={`badge referral-${r.status}`}>{t(`referralStatus.${r.status}`)}</span>
            </div>
            <div className="small muted">
              {t('referrals.referredOn')} <DayText value={r.referredOn} /> · {t('referrals.statusOn')}{' '}
              <DayText value={r.statusOn} />
              {r.reference && (
                <>
                  {' '}
                  · <Ltr className="mono">{r.reference}</Ltr>
                </>
              )}
            </div>
            {r.note && (
              <p className="small">
                <Auto>{r.note}</Auto>
              </p>
            )}
            {mayRefer && <ReferralSteps resident={resident} referral={r} />}
          </li>
        ))}
      </ul>
      {mayRefer && current && resident.child && !open && <ReferralForm resident={resident} />}
    </section>
  );
}

function ReferralSteps({ resident, referral }: { resident: Resident; referral: Referral }) {
  const { t } = useTranslation();
  const { mutation } = useSubmit({
    send: (status: 'accepted' | 'placed' | 'closed') =>
      post(`/api/v1/centres/${resident.centreId}/child-referrals/${referral.id}`, {
        status,
        on: todayInTurkiye(),
      }),
    refresh: [residentKey(resident.centreId, resident.personId), boardKey(resident.centreId)],
  });
  const next = NEXT[referral.status];
  if (next.length === 0) return null;
  return (
    <>
      <div className="row-actions">
        {next.map((s) => (
          <button
            key={s}
            type="button"
            className="button-quiet"
            disabled={mutation.isPending}
            onClick={() => mutation.mutate(s)}
          >
            {t(`referralStep.${s}`)}
          </button>
        ))}
      </div>
      {mutation.isError && <ProblemNotice error={mutation.error} />}
    </>
  );
}

function ReferralForm({ resident }: { resident: Resident }) {
  const { t } = useTranslation();
  const today = todayInTurkiye();
  const [referredOn, setReferredOn] = useState(today);
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const { mutation, fieldError } = useSubmit({
    send: () =>
      post(`/api/v1/centres/${resident.centreId}/residents/${resident.personId}/child-referrals`, {
        referredOn,
        reference: reference.trim() || null,
        note: note.trim() || null,
      }),
    refresh: [residentKey(resident.centreId, resident.personId), boardKey(resident.centreId)],
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (referredOn) mutation.mutate();
  }
  return (
    <form className="action-box action-form" noValidate onSubmit={submit} aria-label={t('referrals.refer')}>
      <h3>{t('referrals.refer')}</h3>
      <p className="small muted">{t('referrals.institution')}</p>
      <div className="grid-2">
        <DateField
          id="referral-on"
          label={t('referrals.referredOn')}
          required
          max={today}
          value={referredOn}
          onValue={setReferredOn}
          error={fieldError('referredOn')}
        />
        <TextField
          id="referral-reference"
          label={t('referrals.reference')}
          dir="ltr"
          maxLength={100}
          value={reference}
          onValue={setReference}
          error={fieldError('reference')}
        />
      </div>
      <TextAreaField
        id="referral-note"
        label={t('referrals.note')}
        dir="auto"
        rows={2}
        maxLength={2000}
        value={note}
        onValue={setNote}
        error={fieldError('note')}
      />
      <button type="submit" className="button-primary" disabled={mutation.isPending}>
        {t('referrals.refer')}
      </button>
      {mutation.isError && <ProblemNotice error={mutation.error} />}
    </form>
  );
}
