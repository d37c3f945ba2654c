// Session gate and routes. Signed-out visitors are sent to sign-in with the page they wanted.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { onSessionEnded } from '../api/client.ts';
import { useReference } from '../api/reference.ts';
import { matchPath, useRouter } from '../router.tsx';
import { AuditPage } from '../screens/audit/AuditPage.tsx';
import { CardPage } from '../screens/card/CardPage.tsx';
import { CasePage } from '../screens/case/CasePage.tsx';
import { DeskPage } from '../screens/desk/DeskPage.tsx';
import { PersonPage } from '../screens/person/PersonPage.tsx';
import { RegisterPage } from '../screens/register/RegisterPage.tsx';
import { SignInPage } from '../screens/sign-in/SignInPage.tsx';
import { WorklistsPage } from '../screens/worklists/WorklistsPage.tsx';
import { ProblemNotice } from '../ui/Problem.tsx';
import { Layout } from './Layout.tsx';
import { can } from './permissions.ts';
import { endSession, isAdministrator, useSession } from './session.ts';

function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
    </section>
  );
}

function Routes() {
  const { path } = useRouter();
  const { data: user } = useSession();
  useReference(); // code lists for every screen, fetched once per session
  if (path === '/') return <DeskPage />;
  if (path === '/register') return <RegisterPage />;
  if (path === '/audit') return isAdministrator(user) ? <AuditPage /> : <NotFound />;
  if (path === '/worklists') return can(user, 'worklists:read') ? <WorklistsPage /> : <NotFound />;
  const person = matchPath('/persons/:id', path);
  if (person?.id) return <PersonPage key={person.id} personId={person.id} />;
  const kase = matchPath('/cases/:id', path);
  if (kase?.id) return can(user, 'cases:read') ? <CasePage key={kase.id} caseId={kase.id} /> : <NotFound />;
  const card = matchPath('/cards/:documentId', path);
  if (card?.documentId) return <CardPage documentId={card.documentId} />;
  return <NotFound />;
}

export function App() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const session = useSession();
  const { path, search, navigate } = useRouter();
  const user = session.data;

  useEffect(() => onSessionEnded(() => endSession(client)), [client]);

  const signedOut = session.isSuccess && user === null;
  const onSignIn = path === '/sign-in';
  useEffect(() => {
    if (signedOut && !onSignIn) {
      const next = `${window.location.pathname}${window.location.search}`;
      navigate(`/sign-in?next=${encodeURIComponent(next)}`, { replace: true });
    } else if (user && onSignIn) {
      navigate('/', { replace: true });
    }
  }, [signedOut, onSignIn, user, navigate]);

  if (session.isPending) {
    return (
      <Layout user={null}>
        <p className="loading">{t('common.loading')}</p>
      </Layout>
    );
  }
  if (session.isError) {
    return (
      <Layout user={null}>
        <ProblemNotice error={session.error} />
      </Layout>
    );
  }
  return <Layout user={user ?? null}>{user ? <Routes /> : <SignInPage next={search.get('next')} />}</Layout>;
}
