// Session gate and routes. Signed-out visitors are sent to sign-in with the page they wanted.
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { onSessionEnded } from '../api/client.ts';
import { useReference } from '../api/reference.ts';
import type { User } from '../api/types.ts';
import { matchPath, useRouter } from '../router.tsx';
import { AdministrationPage } from '../screens/administration/AdministrationPage.tsx';
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

// Resettlement and sharing screens load on first use (their own chunk, not the app's first one).
const ResettlementBoardPage = lazy(() =>
  import('../screens/resettlement/BoardPage.tsx').then((m) => ({ default: m.ResettlementBoardPage })),
);
const ResettlementCasePage = lazy(() =>
  import('../screens/resettlement/CasePage.tsx').then((m) => ({ default: m.ResettlementCasePage })),
);
const ReferralsPage = lazy(() =>
  import('../screens/sharing/ReferralsPage.tsx').then((m) => ({ default: m.ReferralsPage })),
);
const ReferralPage = lazy(() =>
  import('../screens/sharing/ReferralPage.tsx').then((m) => ({ default: m.ReferralPage })),
);
const ClientsPage = lazy(() =>
  import('../screens/sharing/ClientsPage.tsx').then((m) => ({ default: m.ClientsPage })),
);
const PortalDashboardPage = lazy(() =>
  import('../screens/portal/DashboardPage.tsx').then((m) => ({ default: m.PortalDashboardPage })),
);
const PageEditorPage = lazy(() =>
  import('../screens/portal/PageEditorPage.tsx').then((m) => ({ default: m.PageEditorPage })),
);
const ContactChangesPage = lazy(() =>
  import('../screens/contact-changes/ContactChangesPage.tsx').then((m) => ({
    default: m.ContactChangesPage,
  })),
);
const SharedPersonPage = lazy(() =>
  import('../screens/sharing/SharedPersonPage.tsx').then((m) => ({ default: m.SharedPersonPage })),
);

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
  // Centre and health staff work from their centre's board, UNHCR from the resettlement pipeline,
  // partners from their referral inbox, lawyers from their clients: none of them searches the registry.
  if (path === '/') {
    if (ownCentre) return <BoardPage key={ownCentre} centreId={ownCentre} />;
    if (user?.role === 'unhcr_officer') return <ResettlementBoardPage />;
    if (user?.role === 'partner_officer') return <ReferralsPage />;
    if (user?.role === 'lawyer') return <ClientsPage />;
    if (user?.role === 'content_editor') return <PortalDashboardPage />;
    return <DeskPage />;
  }
  if (path === '/register') return <RegisterPage />;
  if (path === '/audit') return isAdministrator(user) ? <AuditPage /> : <NotFound />;
  if (path === '/administration') return isAdministrator(user) ? <AdministrationPage /> : <NotFound />;
  if (path === '/worklists') return can(user, 'worklists:read') ? <WorklistsPage /> : <NotFound />;
  const person = matchPath('/persons/:id', path);
  if (person?.id) return <PersonPage key={person.id} personId={person.id} />;
  const kase = matchPath('/cases/:id', path);
  if (kase?.id) return can(user, 'cases:read') ? <CasePage key={kase.id} caseId={kase.id} /> : <NotFound />;
  const centreRoutes = centresRoutes(path, user) ?? sharingRoutes(path, user) ?? portalRoutes(path, user);
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

/** Resettlement, referrals between agencies, and what a lawyer sees of their clients. */
function sharingRoutes(path: string, user: User | null | undefined) {
  const shown = (permission: Parameters<typeof can>[1], page: ReactNode) =>
    can(user, permission) ? page : <NotFound />;
  if (path === '/resettlement') return shown('resettlement:read', <ResettlementBoardPage />);
  if (path === '/referrals') return shown('referrals:read', <ReferralsPage key={path} />);
  if (path === '/clients') return user?.role === 'lawyer' ? <ClientsPage /> : <NotFound />;
  const kase = matchPath('/resettlement/:id', path);
  if (kase?.id) return shown('resettlement:read', <ResettlementCasePage key={kase.id} caseId={kase.id} />);
  const referral = matchPath('/referrals/:id', path);
  if (referral?.id)
    return shown('referrals:read', <ReferralPage key={referral.id} referralId={referral.id} />);
  const shared = matchPath('/shared/persons/:id', path);
  if (shared?.id) return shown('shared:read', <SharedPersonPage key={shared.id} personId={shared.id} />);
  return null;
}

/** The portal's editing screens, and the changes of address or phone applicants reported there. */
function portalRoutes(path: string, user: User | null | undefined) {
  const shown = (permission: Parameters<typeof can>[1], page: ReactNode) =>
    can(user, permission) ? page : <NotFound />;
  if (path === '/portal') return shown('portal:edit', <PortalDashboardPage />);
  if (path === '/contact-changes') return shown('persons:update', <ContactChangesPage />);
  const page = matchPath('/portal/pages/:id', path);
  if (page?.id) return shown('portal:edit', <PageEditorPage key={page.id} pageId={page.id} />);
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
  return (
    <Layout user={user ?? null}>
      {user ? (
        <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
          <Routes />
        </Suspense>
      ) : (
        <SignInPage next={search.get('next')} />
      )}
    </Layout>
  );
}
