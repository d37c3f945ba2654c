// The versions of a page's language not yet published: an editor sends a draft to review, and
// one who may publish publishes it. A protection-critical or sensitive page needs a second
// editor to publish (FOUR_EYES), which is said in words rather than as a bare refusal.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, post } from '../../api/client.ts';
import { can } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import type { Lang } from '../../i18n.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { Ltr } from '../../ui/text.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { StatusText } from './DashboardPage.tsx';
import { dashboardKey, versionsKey, type PortalPage } from './queries.ts';

export function WaitingVersions({ page, lang }: { page: PortalPage; lang: Lang }) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const [done, setDone] = useState<string | null>(null);
  const { mutation } = useSubmit({
    send: ({ version, step }: { version: number; step: 'review' | 'publish' }) =>
      post(
        `/api/v1/portal/pages/${encodeURIComponent(page.id)}/translations/${lang}/versions/${version}/${step}`,
      ),
    refresh: [dashboardKey, versionsKey(page.id)],
    onDone: () =>
      setDone(mutation.variables?.step === 'publish' ? t('portal.published') : t('portal.sentToReview')),
  });
  const waiting = page.languages[lang]?.waiting ?? [];
  const take = (version: number, step: 'review' | 'publish') => {
    setDone(null);
    mutation.mutate({ version, step });
  };
  const error = mutation.error;
  const fourEyes = error instanceof ApiError && error.problem.rule === 'FOUR_EYES';
  return (
    <section className="action-box" aria-labelledby="waiting-heading">
      <h2 id="waiting-heading">{t('portal.waiting')}</h2>
      {waiting.length === 0 && <p className="muted">{t('portal.nothingWaiting')}</p>}
      <ul className="plain-list">
        {waiting.map((w) => (
          <li key={w.version} data-version={w.version} className="waiting-version">
            <span>
              {t('portal.version')} <Ltr>{String(w.version)}</Ltr> · <StatusText status={w.status} />
            </span>{' '}
            <span className="version-actions">
              {w.status === 'draft' && (
                <button
                  type="button"
                  className="button-secondary"
                  disabled={mutation.isPending}
                  onClick={() => take(w.version, 'review')}
                >
                  {t('portal.sendToReview')}
                </button>
              )}
              {can(user, 'portal:publish') && (
                <button
                  type="button"
                  className="button-primary"
                  disabled={mutation.isPending}
                  onClick={() => take(w.version, 'publish')}
                >
                  {t('portal.publish')}
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
      {done && (
        <p className="notice notice-info" role="status">
          {done}
        </p>
      )}
      {fourEyes ? (
        <div className="notice notice-error" role="alert" data-rule="FOUR_EYES">
          <p className="notice-title">{t('portal.fourEyes')}</p>
          <p className="notice-detail">
            {t('problem.rule')} <Ltr className="mono">FOUR_EYES</Ltr> — {t('portal.fourEyesDetail')}
          </p>
        </div>
      ) : (
        mutation.isError && <ProblemNotice error={error} />
      )}
    </section>
  );
}
