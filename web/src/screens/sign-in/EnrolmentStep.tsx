// Setting up the authenticator app right after the password, for an account whose role needs
// a second factor: the QR code and the key, a first code to confirm, then the recovery codes,
// shown this once.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import type { Enrolment, SignedIn, User } from '../../api/types.ts';
import { useTitle } from '../../app/useTitle.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { CodeField } from './CodeField.tsx';
import { codeError } from './codeErrors.ts';

interface Props {
  challenge: string;
  onSignedIn: (user: User) => void | Promise<void>;
  onStartOver: () => void;
}

/** The key as apps show it: groups of four. */
const grouped = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

export function EnrolmentStep({ challenge, onSignedIn, onStartOver }: Props) {
  const { t } = useTranslation();
  useTitle(t('enrol.title'));
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState<(SignedIn & { recoveryCodes: string[] }) | null>(null);
  const [saved, setSaved] = useState(false);

  // A new key once per challenge (not refetched: each call makes a new secret).
  const enrolment = useQuery({
    queryKey: ['enrolment', challenge],
    queryFn: () => post<Enrolment>('/api/v1/auth/login/enrolment', { challenge }),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });
  const confirm = useMutation({
    mutationFn: () =>
      post<SignedIn & { recoveryCodes: string[] }>('/api/v1/auth/login/enrolment/confirm', {
        challenge,
        code,
      }),
    onSuccess: setDone,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(code.length !== 6);
    if (code.length === 6) confirm.mutate();
  }

  if (done)
    return (
      <section className="page sign-in enrolment">
        <h1>{t('enrol.codesTitle')}</h1>
        <p className="lead">{t('enrol.codesIntro')}</p>
        <div className="card-panel">
          <ol className="recovery-codes" dir="ltr">
            {done.recoveryCodes.map((c) => (
              <li key={c} className="mono">
                {c}
              </li>
            ))}
          </ol>
          <label className="choice-option">
            <input type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} />{' '}
            {t('enrol.codesSaved')}
          </label>
          <div className="actions">
            <button
              type="button"
              className="button-primary"
              disabled={!saved}
              onClick={() => void onSignedIn(done.user)}
            >
              {t('enrol.continue')}
            </button>
          </div>
        </div>
      </section>
    );

  const fieldError = missing ? t('field.sixDigits') : codeError(t, confirm.error);
  return (
    <section className="page sign-in enrolment">
      <h1>{t('enrol.title')}</h1>
      <p className="lead">{t('enrol.intro')}</p>
      {enrolment.isPending && <p role="status">{t('enrol.loading')}</p>}
      {enrolment.isError && <ProblemNotice error={enrolment.error} />}
      {enrolment.data && (
        <form onSubmit={submit} noValidate className="card-panel">
          <p>{t('enrol.scan')}</p>
          <div
            className="qr-code"
            role="img"
            aria-label={t('enrol.qrLabel')}
            // The server draws the QR code of the otpauth:// URI as plain SVG markup.
            dangerouslySetInnerHTML={{ __html: enrolment.data.qrSvg }}
          />
          <p>{t('enrol.manual')}</p>
          <p className="totp-key">
            {/* Latin letters read left to right, placed where the page's lines start. */}
            <bdi dir="ltr" id="totp-key" className="mono">
              {grouped(enrolment.data.secret)}
            </bdi>
          </p>
          <CodeField label={t('enrol.confirm')} value={code} onValue={setCode} error={fieldError} />
          {confirm.isError && !codeError(t, confirm.error) && <ProblemNotice error={confirm.error} />}
          <div className="actions">
            <button type="submit" className="button-primary" disabled={confirm.isPending}>
              {confirm.isPending ? t('signIn.verifying') : t('enrol.submit')}
            </button>
            <button type="button" className="button-secondary" onClick={onStartOver}>
              {t('signIn.startOver')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
