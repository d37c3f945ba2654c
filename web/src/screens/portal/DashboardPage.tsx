// The translation dashboard, a content editor's home: how much of the portal each language has,
// and every page × language with its published version, whether the translation is older than
// the source (shown loudly: applicants read it as current), and the drafts waiting.
import { useTranslation } from 'react-i18next';
import { useTitle } from '../../app/useTitle.ts';
import { isLang, LANGUAGES, type Lang } from '../../i18n.ts';
import { Link } from '../../router.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { Auto, Ltr } from '../../ui/text.tsx';
import { useDashboard, type PortalPage } from './queries.ts';
import './portal.css';

export function ClassificationBadge({ classification }: { classification: string }) {
  const { t } = useTranslation();
  return (
    <span
      className={`badge classification classification-${classification}`}
      data-classification={classification}
    >
      {t(`portalClassification.${classification}`, { defaultValue: classification })}
    </span>
  );
}

export function LangName({ lang }: { lang: Lang }) {
  const autonym = LANGUAGES.find((l) => l.code === lang)?.autonym ?? lang;
  return (
    <span lang={lang} dir="auto">
      {autonym}
    </span>
  );
}

/** The page's title in the interface language when it is published there, else in its source. */
export function pageTitle(page: PortalPage, lang: Lang): string {
  return page.languages[lang]?.title ?? page.languages[page.sourceLang]?.title ?? page.slug;
}

export function PortalDashboardPage() {
  const { t, i18n } = useTranslation();
  useTitle(t('portal.dashboardTitle'));
  const dashboard = useDashboard();
  const ui: Lang = isLang(i18n.language) ? i18n.language : 'tr';
  return (
    <section className="page portal-dashboard" aria-labelledby="portal-dashboard-heading">
      <div className="page-head">
        <h1 id="portal-dashboard-heading">{t('portal.dashboardTitle')}</h1>
      </div>
      <p className="lead">{t('portal.dashboardIntro')}</p>
      {dashboard.isPending && <p className="loading">{t('common.loading')}</p>}
      {dashboard.isError && <ProblemNotice error={dashboard.error} />}
      {dashboard.data && (
        <>
          <h2 id="coverage-heading">{t('portal.coverage')}</h2>
          <ul className="coverage-list" aria-labelledby="coverage-heading">
            {LANGUAGES.map(({ code }) => {
              const c = dashboard.data.coverage[code];
              return (
                <li key={code} className="coverage-card" data-lang={code}>
                  <p className="coverage-lang">
                    <LangName lang={code} />
                  </p>
                  <p>{t('portal.publishedCount', { count: c?.published ?? 0 })}</p>
                  <p className={c?.outdated ? 'coverage-outdated' : 'muted'}>
                    {t('portal.outdatedCount', { count: c?.outdated ?? 0 })}
                  </p>
                  <p className={c?.missing ? 'coverage-missing' : 'muted'}>
                    {t('portal.missingCount', { count: c?.missing ?? 0 })}
                  </p>
                </li>
              );
            })}
          </ul>
          <h2 id="pages-heading">{t('portal.pages')}</h2>
          <DataTable
            className="portal-table"
            labelledBy="pages-heading"
            columns={[t('portal.page'), ...LANGUAGES.map(({ code }) => <LangName lang={code} />)]}
          >
            {dashboard.data.pages.map((p) => (
              <tr key={p.id} data-page={`${p.section}/${p.slug}`}>
                <th scope="row">
                  <Link to={`/portal/pages/${p.id}`}>
                    <Auto>{pageTitle(p, ui)}</Auto>
                  </Link>
                  <div className="row-badges">
                    <ClassificationBadge classification={p.classification} />
                    <Ltr className="mono muted">{`${p.section}/${p.slug}`}</Ltr>
                  </div>
                </th>
                {LANGUAGES.map(({ code }) => (
                  <LanguageCell key={code} page={p} lang={code} />
                ))}
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}

function LanguageCell({ page, lang }: { page: PortalPage; lang: Lang }) {
  const { t } = useTranslation();
  const state = page.languages[lang];
  return (
    <td data-lang={lang} className={state?.outdated ? 'cell-outdated' : undefined}>
      {state?.publishedVersion ? (
        <span>
          {t('portal.version')} <Ltr>{String(state.publishedVersion)}</Ltr>
        </span>
      ) : (
        <span className="coverage-missing">{t('portal.missing')}</span>
      )}
      {page.sourceLang === lang && <span className="muted"> · {t('portal.source')}</span>}
      {state?.outdated && (
        <div>
          <span className="badge badge-outdated">{t('portal.outdated')}</span>
        </div>
      )}
      {state?.waiting.map((w) => (
        <div key={w.version} className="waiting" data-status={w.status}>
          <Link to={`/portal/pages/${page.id}?lang=${lang}`}>
            <StatusText status={w.status} /> <Ltr>{String(w.version)}</Ltr>
          </Link>
        </div>
      ))}
    </td>
  );
}

export function StatusText({ status }: { status: string }) {
  const { t } = useTranslation();
  return <>{t(`translationStatus.${status}`, { defaultValue: status })}</>;
}
