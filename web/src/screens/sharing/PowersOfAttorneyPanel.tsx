// Powers of attorney the person gave a lawyer: while one is in force the lawyer sees the person's
// identity, contact and the state of their case (never their needs or family). Recorded with the
// document (and notary), and revoked, by the authority's staff.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import { DateField, TextField } from '../../ui/fields.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { FormToggle } from '../../ui/FormToggle.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { QueryList } from '../../ui/QueryList.tsx';
import { DateText, Ltr } from '../../ui/text.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { powersKey, usePowersOfAttorney } from './queries.ts';

export function PowersOfAttorneyPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const powers = usePowersOfAttorney(personId);
  const revoke = useSubmit({
    send: (id: string) =>
      post(`/api/v1/powers-of-attorney/${encodeURIComponent(id)}/revocation`, { on: todayInTurkiye() }),
    refresh: [powersKey(personId)],
  });
  return (
    <section className="panel" aria-labelledby="poa-heading">
      <div className="panel-head">
        <h2 id="poa-heading">{t('poa.title')}</h2>
        <FormToggle open={adding} onToggle={() => setAdding(!adding)} label={t('poa.record')} />
      </div>
      <p className="small muted">{t('poa.intro')}</p>
      {adding && <PowerForm personId={personId} onDone={() => setAdding(false)} />}
      <QueryList query={powers} emptyMessage={t('poa.none')}>
        {(items) => (
          <ul className="plain-list poa-list">
            {items.map((p) => (
              <li key={p.id} className={p.revoked ? 'revoked' : undefined} data-lawyer={p.lawyer}>
                <div className="consent-line">
                  <span>
                    <Ltr className="mono strong">{p.lawyer}</Ltr>{' '}
                    {p.revoked ? (
                      <span className="badge status-revoked">{t('poa.revoked')}</span>
                    ) : (
                      <span className="badge status-valid">{t('poa.recorded')}</span>
                    )}
                  </span>
                  {!p.revoked && (
                    <button
                      type="button"
                      className="button-quiet danger"
                      disabled={revoke.mutation.isPending}
                      onClick={() => revoke.mutation.mutate(p.id)}
                    >
                      {t('poa.revoke')}
                    </button>
                  )}
                </div>
                <div className="small muted">
                  <Ltr>{p.documentReference}</Ltr> · <DateText value={p.issuedOn} />
                  {p.validUntil && (
                    <>
                      {' – '}
                      <DateText value={p.validUntil} />
                    </>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </QueryList>
      {revoke.mutation.isError && <ProblemNotice error={revoke.mutation.error} />}
    </section>
  );
}

function PowerForm({ personId, onDone }: { personId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const today = todayInTurkiye();
  const [lawyer, setLawyer] = useState('');
  const [document, setDocument] = useState('');
  const [notary, setNotary] = useState('');
  const [issuedOn, setIssuedOn] = useState(today);
  const [validUntil, setValidUntil] = useState('');
  const [checked, setChecked] = useState(false);
  const { mutation, fieldError } = useSubmit({
    send: () =>
      post(`/api/v1/persons/${encodeURIComponent(personId)}/powers-of-attorney`, {
        lawyerUsername: lawyer.trim(),
        documentReference: document.trim(),
        notary: notary.trim() || null,
        issuedOn,
        validUntil: validUntil || null,
      }),
    refresh: [powersKey(personId)],
    onDone,
  });
  const required = (value: string, field: string) =>
    checked && value.trim().length < 2 ? t('field.required') : fieldError(field);
  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (
      lawyer.trim() &&
      document.trim().length >= 2 &&
      issuedOn &&
      (notary.trim() === '' || notary.trim().length >= 2)
    )
      mutation.mutate();
  }
  return (
    <form className="action-box action-form" noValidate onSubmit={submit} aria-label={t('poa.record')}>
      <div className="grid-2">
        <TextField
          id="poa-lawyer"
          label={t('poa.lawyer')}
          hint={t('poa.lawyerHint')}
          required
          dir="ltr"
          autoComplete="off"
          value={lawyer}
          onValue={setLawyer}
          error={checked && !lawyer.trim() ? t('field.required') : fieldError('lawyerUsername')}
        />
        <TextField
          id="poa-document"
          label={t('poa.document')}
          required
          dir="auto"
          maxLength={200}
          value={document}
          onValue={setDocument}
          error={required(document, 'documentReference')}
        />
        <TextField
          id="poa-notary"
          label={t('poa.notary')}
          dir="auto"
          maxLength={200}
          value={notary}
          onValue={setNotary}
          error={fieldError('notary')}
        />
        <DateField
          id="poa-issuedOn"
          label={t('poa.issuedOn')}
          required
          max={today}
          value={issuedOn}
          onValue={setIssuedOn}
          error={checked && !issuedOn ? t('field.required') : fieldError('issuedOn')}
        />
        <DateField
          id="poa-validUntil"
          label={t('poa.validUntil')}
          value={validUntil}
          onValue={setValidUntil}
          error={fieldError('validUntil')}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button-primary" disabled={mutation.isPending}>
          {t('poa.record')}
        </button>
      </div>
      {mutation.isError && <ProblemNotice error={mutation.error} />}
    </form>
  );
}
