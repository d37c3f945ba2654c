// Landmarks: banner (brand, navigation, language, user), main, contentinfo.
import { useQueryClient } from '@tanstack/react-query';
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
                {can(user, 'persons:search') && (
                  <li>
                    <NavLink to="/">{t('nav.desk')}</NavLink>
                  </li>
                )}
                {can(user, 'persons:register') && (
                  <li>
                    <NavLink to="/register">{t('nav.register')}</NavLink>
                  </li>
                )}
                {centreOf(user) ? (
                  <li>
                    <NavLink to="/">{t('nav.myCentre')}</NavLink>
                  </li>
                ) : (
                  can(user, 'centres:read') && (
                    <li>
                      <NavLink to="/centres">{t('nav.centres')}</NavLink>
                    </li>
                  )
                )}
                {can(user, 'removals:read') && (
                  <li>
                    <NavLink to="/removals">{t('nav.removals')}</NavLink>
                  </li>
                )}
                {can(user, 'detention:manage') && (
                  <li>
                    <NavLink to="/detentions">{t('nav.detentions')}</NavLink>
                  </li>
                )}
                {can(user, 'worklists:read') && (
                  <li>
                    <NavLink to="/worklists">{t('nav.worklists')}</NavLink>
                  </li>
                )}
                {can(user, 'resettlement:read') && (
                  <li>
                    <NavLink to="/resettlement">{t('nav.resettlement')}</NavLink>
                  </li>
                )}
                {can(user, 'referrals:read') && (
                  <li>
                    <NavLink to="/referrals">{t('nav.referrals')}</NavLink>
                  </li>
                )}
                {user.role === 'lawyer' && (
                  <li>
                    <NavLink to="/clients">{t('nav.clients')}</NavLink>
                  </li>
                )}
                {can(user, 'contact_changes:review') && (
                  <li>
                    <NavLink to="/contact-changes">{t('nav.contactChanges')}</NavLink>
                  </li>
                )}
                {can(user, 'portal:edit') && (
                  <li>
                    <NavLink to="/portal">{t('nav.portal')}</NavLink>
                  </li>
                )}
                {isAdministrator(user) && (
                  <li>
                    <NavLink to="/audit">{t('nav.audit')}</NavLink>
                  </li>
                )}
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
