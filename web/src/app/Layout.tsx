// Landmarks: banner (brand, navigation, language, user), main, contentinfo.
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../api/client.ts';
import type { User } from '../api/types.ts';
import { Link, useRouter } from '../router.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { can, centreOf } from './permissions.ts';
import { endSession, isAdministrator } from './session.ts';

function NavLink({ to, children }: { to: string; children: ReactNode }) {
  const { path } = useRouter();
  const current = to === '/' ? path === '/' : path.startsWith(to);
  return (
    <Link to={to} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/** The sections the user may open, in the menu's order. */
function sectionsFor(user: User, t: TFunction): { to: string; label: string }[] {
  const sections: [allowed: boolean, to: string, label: string][] = [
    [can(user, 'persons:search'), '/', t('nav.desk')],
    [can(user, 'persons:register'), '/register', t('nav.register')],
    // Centre and health staff work from their centre's board, which is their home page.
    [Boolean(centreOf(user)), '/', t('nav.myCentre')],
    [!centreOf(user) && can(user, 'centres:read'), '/centres', t('nav.centres')],
    [can(user, 'removals:read'), '/removals', t('nav.removals')],
    [can(user, 'detention:manage'), '/detentions', t('nav.detentions')],
    [can(user, 'worklists:read'), '/worklists', t('nav.worklists')],
    [can(user, 'resettlement:read'), '/resettlement', t('nav.resettlement')],
    [can(user, 'referrals:read'), '/referrals', t('nav.referrals')],
    [user.role === 'lawyer', '/clients', t('nav.clients')],
    [can(user, 'contact_changes:review'), '/contact-changes', t('nav.contactChanges')],
    [can(user, 'portal:edit'), '/portal', t('nav.portal')],
    [isAdministrator(user), '/audit', t('nav.audit')],
    [isAdministrator(user), '/administration', t('nav.administration')],
  ];
  return sections.filter(([allowed]) => allowed).map(([, to, label]) => ({ to, label }));
}

export function Layout({ user, children }: { user: User | null; children: ReactNode }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { path, navigate } = useRouter();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After a client-side navigation, move focus to the new content as a page load would.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [path]);

  async function signOut() {
    try {
      await post('/api/v1/auth/logout');
    } finally {
      endSession(client);
      navigate('/sign-in', { replace: true });
    }
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="app-header">
        <div className="header-row">
          <Link to="/" className="brand">
            <span className="brand-name">Koruma</span>
            <span className="brand-sub">{t('app.subtitle')}</span>
          </Link>
          <LanguageSwitcher user={user} />
        </div>
        {user && (
          <div className="header-row">
            <nav className="main-nav" aria-label={t('nav.label')}>
              <ul>
                {sectionsFor(user, t).map(({ to, label }) => (
                  <li key={label}>
                    <NavLink to={to}>{label}</NavLink>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="user-box">
              <span>
                <bdi dir="auto">{user.displayName}</bdi>
                <span className="muted"> · {t(`role.${user.role}`, { defaultValue: user.role })}</span>
              </span>
              <button type="button" className="button-quiet" onClick={() => void signOut()}>
                {t('nav.signOut')}
              </button>
            </div>
          </div>
        )}
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}
