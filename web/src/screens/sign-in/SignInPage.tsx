// Sign-in in up to two steps: the password, then (for accounts with a second factor, or whose
// role needs one) a code from the authenticator app, a recovery code, or setting up the app.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import type { LoginResult, User } from '../../api/types.ts';
import { SESSION_KEY } from '../../app/session.ts';
import { useTitle } from '../../app/useTitle.ts';
import { isLang, switchLanguage } from '../../i18n.ts';
import { useRouter } from '../../router.tsx';
import { TextField } from '../../ui/fields.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { CodeStep } from './CodeStep.tsx';
import { EnrolmentStep } from './EnrolmentStep.tsx';
import './sign-in.css';

/** Only same-app paths are followed after sign-in (never another origin). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : '/';
}

type Stage = { step: 'password' } | { step: 'code' | 'enrol'; challenge: string };

export function SignInPage({ next }: { next: string | null }) {
  const client = useQueryClient();
  const { navigate } = useRouter();
  const [stage, setStage] = useState<Stage>({ step: 'password' });

  async function signedIn(user: User) {
    if (isLang(user.preferredLanguage)) await switchLanguage(user.preferredLanguage);
    client.setQueryData(SESSION_KEY, user);
    navigate(safeNext(next), { replace: true });
  }
  const startOver = () => setStage({ step: 'password' });

  if (stage.step === 'code')
    return <CodeStep challenge={stage.challenge} onSignedIn={signedIn} onStartOver={startOver} />;
  if (stage.step === 'enrol')
    return <EnrolmentStep challenge={stage.challenge} onSignedIn={signedIn} onStartOver={startOver} />;
  return (
    <PasswordStep
      onResult={(result) =>
        result.step === 'done'
          ? signedIn(result.user)
          : setStage({ step: result.step, challenge: result.challenge })
      }
    />
  );
}

function PasswordStep({ onResult }: { onResult: (result: LoginResult) => void | Promise<void> }) {
  const { t } = useTranslation();
  useTitle(t('signIn.title'));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);

  const login = useMutation({
    mutationFn: () => post<LoginResult>('/api/v1/auth/login', { username: username.trim(), password }),
    onSuccess: onResult,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!username.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    login.mutate();
  }

  return (
    <section className="page sign-in">
      <h1>{t('signIn.title')}</h1>
      <p className="lead">{t('signIn.intro')}</p>
      <form onSubmit={submit} noValidate className="card-panel">
        <TextField
          id="username"
          label={t('signIn.username')}
          value={username}
          onValue={setUsername}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          dir="ltr"
          required
          error={missing && !username.trim() ? t('field.required') : undefined}
        />
        <TextField
          id="password"
          type="password"
          label={t('signIn.password')}
          value={password}
          onValue={setPassword}
          autoComplete="current-password"
          dir="ltr"
          required
          error={missing && !password ? t('field.required') : undefined}
        />
        {login.isError && <ProblemNotice error={login.error} />}
        <div className="actions">
          <button type="submit" className="button-primary" disabled={login.isPending}>
            {login.isPending ? t('signIn.signingIn') : t('signIn.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
