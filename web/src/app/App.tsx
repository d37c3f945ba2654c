// Session gate and routes. Signed-out visitors are sent to sign-in with the page they wanted.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { onSessionEnded } from '../api/client.ts';
import { useReference } from '../api/reference.ts';
import type { User } from '../api/types.ts';
import { matchPath, useRouter } from '../router.tsx';
import { AuditPage } from '../screens/audit/AuditPage.tsx';
import { CardPage } from '../screens/card/CardPage.tsx';
import { CasePage } from '../screens/case/CasePage.tsx';
import { BoardPage } from '../screens/centres/BoardPage.tsx';
import { CentresPage } from '../screens/centres/CentresPage.tsx';
import { DetentionPage } from '../screens/detention/DetentionPage.tsx';
import { DetentionsPage } from '../screens/detention/DetentionsPage.tsx';
import { DeskPage } from '../screens/desk/DeskPage.tsx';
import { PersonPage } from '../screens/person/PersonPage.tsx';
import { RegisterPage } from '../screens/register/RegisterPage.tsx';
import { RemovalPage } from '../screens/removal/RemovalPage.tsx';
import { RemovalsPage } from '../screens/removal/RemovalsPage.tsx';
import { ResidentPage } from '../screens/resident/ResidentPage.tsx';
import { SignInPage } from '../screens/sign-in/SignInPage.tsx';
import { WorklistsPage } from '../screens/worklists/WorklistsPage.tsx';
import { ProblemNotice } from '../ui/Problem.tsx';
import { Layout } from './Layout.tsx';
import { can, centreOf } from './permissions.ts';
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
  const ownCentre = centreOf(user);
  // Centre and health staff work from their centre's board; they do not search the registry.
  if (path === '/') return ownCentre ? <BoardPage key={ownCentre} centreId={ownCentre} /> : <DeskPage />;
  if (path === '/register') return <RegisterPage />;
  if (path === '/audit') return isAdministrator(user) ? <AuditPage /> : <NotFound />;
  if (path === '/worklists') return can(user, 'worklists:read') ? <WorklistsPage /> : <NotFound />;
  const person = matchPath('/persons/:id', path);
  if (person?.id) return <PersonPage key={person.id} personId={person.id} />;
  const kase = matchPath('/cases/:id', path);
  if (kase?.id) return can(user, 'cases:read') ? <CasePage key={kase.id} caseId={kase.id} /> : <NotFound />;
  const centreRoutes = centresRoutes(path, user);
  if (centreRoutes) return centreRoutes;
  const card = matchPath('/cards/:documentId', path);
  if (card?.documentId) return <CardPage documentId={card.documentId} />;
  return <NotFound />;
}

/** Centres, residents, removal decisions and detention, each behind the permission it needs. */
function centresRoutes(path: string, user: User | null | undefined) {
  const shown = (permission: Parameters<typeof can>[1], page: ReactNode) =>
    can(user, permission) ? page : <NotFound />;
  if (path === '/centres') return shown('centres:read', <CentresPage />);
  if (path === '/removals') return shown('removals:read', <RemovalsPage />);
  if (path === '/detentions') return shown('detention:manage', <DetentionsPage />);
  const resident = matchPath('/centres/:id/residents/:personId', path);
  if (resident?.id && resident.personId)
    return shown(
      'centres:read',
      <ResidentPage key={path} centreId={resident.id} personId={resident.personId} />,
    );
  const centre = matchPath('/centres/:id', path);
  if (centre?.id) return shown('centres:read', <BoardPage key={centre.id} centreId={centre.id} />);
  const removal = matchPath('/removals/:id', path);
  if (removal?.id) return shown('removals:read', <RemovalPage key={removal.id} removalId={removal.id} />);
  const detention = matchPath('/detentions/:id', path);
  if (detention?.id)
    return shown('detention:manage', <DetentionPage key={detention.id} detentionId={detention.id} />);
  return null;
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
