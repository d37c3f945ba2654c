// The second step: the six digits from the authenticator app, or one recovery code.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import type { SignedIn, User } from '../../api/types.ts';
import { useTitle } from '../../app/useTitle.ts';
import { TextField } from '../../ui/fields.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { CodeField } from './CodeField.tsx';
import { codeError } from './codeErrors.ts';

interface Props {
  challenge: string;
  onSignedIn: (user: User) => void | Promise<void>;
  onStartOver: () => void;
}

export function CodeStep({ challenge, onSignedIn, onStartOver }: Props) {
  const { t } = useTranslation();
  useTitle(t('signIn.codeTitle'));
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [missing, setMissing] = useState(false);

  const verify = useMutation({
    mutationFn: () =>
      post<SignedIn>(
        '/api/v1/auth/login/second-factor',
        recovery ? { challenge, recoveryCode: recoveryCode.trim() } : { challenge, code },
      ),
    onSuccess: ({ user }) => onSignedIn(user),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const given = recovery ? recoveryCode.trim().length >= 10 : code.length === 6;
    setMissing(!given);
    if (given) verify.mutate();
  }

  const fieldError = missing
    ? recovery
      ? t('field.required')
      : t('field.sixDigits')
    : codeError(t, verify.error);
  const expired = verify.error && !codeError(t, verify.error);
  return (
    <section className="page sign-in">
      <h1>{t('signIn.codeTitle')}</h1>
      <p className="lead">{recovery ? t('signIn.recoveryHint') : t('signIn.codeIntro')}</p>
      <form onSubmit={submit} noValidate className="card-panel">
        {recovery ? (
          <TextField
            id="recovery-code"
            label={t('signIn.recoveryCode')}
            value={recoveryCode}
            onValue={setRecoveryCode}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            dir="ltr"
            className="mono"
            required
            error={fieldError}
          />
        ) : (
          <CodeField label={t('signIn.code')} value={code} onValue={setCode} error={fieldError} autoFocus />
        )}
        {expired && <ProblemNotice error={verify.error} />}
        <div className="actions">
          <button type="submit" className="button-primary" disabled={verify.isPending}>
            {verify.isPending ? t('signIn.verifying') : t('signIn.verify')}
          </button>
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setRecovery(!recovery);
              setMissing(false);
              verify.reset();
            }}
          >
            {recovery ? t('signIn.useCode') : t('signIn.useRecovery')}
          </button>
          <button type="button" className="button-secondary" onClick={onStartOver}>
            {t('signIn.startOver')}
          </button>
        </div>
      </form>
    </section>
  );
}
