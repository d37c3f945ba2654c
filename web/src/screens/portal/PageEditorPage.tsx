// Editing one portal page in one language: a new draft (starting from the published text), the
// versions waiting (send to review, publish), and the page's history. A protection-critical or
// sensitive page is published by a second editor.
import { useTranslation } from 'react-i18next';
import { useTitle } from '../../app/useTitle.ts';
import { isLang, LANGUAGES, type Lang } from '../../i18n.ts';
import { useRouter } from '../../router.tsx';
import { SelectField } from '../../ui/fields.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { Auto, Ltr } from '../../ui/text.tsx';
import { ClassificationBadge, LangName } from './DashboardPage.tsx';
import { DraftLoader } from './DraftForm.tsx';
import { useDashboard } from './queries.ts';
import { VersionHistory } from './VersionHistory.tsx';
import { WaitingVersions } from './WaitingVersions.tsx';
import '../case/case.css';
import './portal.css';

export function PageEditorPage({ pageId }: { pageId: string }) {
  const { t } = useTranslation();
  const { search, navigate } = useRouter();
  const dashboard = useDashboard();
  const page = dashboard.data?.pages.find((p) => p.id === pageId);
  const wanted = search.get('lang');
  const lang: Lang = isLang(wanted) ? wanted : (page?.sourceLang ?? 'en');
  useTitle(page ? `${page.section}/${page.slug}` : t('portal.editorTitle'));
  if (dashboard.isPending) return <p className="loading">{t('common.loading')}</p>;
  if (dashboard.isError) return <ProblemNotice error={dashboard.error} />;
  if (!page)
    return (
      <section className="page">
        <h1>{t('notFound.title')}</h1>
      </section>
    );
  const publicPath = `/${lang}/${page.section}/${page.slug}`;
  return (
    <section className="page portal-editor" aria-labelledby="portal-editor-heading">
      <div className="page-head">
        <h1 id="portal-editor-heading">
          <Auto>{page.languages[lang]?.title ?? page.languages[page.sourceLang]?.title ?? page.slug}</Auto>
        </h1>
      </div>
      <p className="row-badges">
        <ClassificationBadge classification={page.classification} />{' '}
        <Ltr className="mono">{`${page.section}/${page.slug}`}</Ltr> · {t('portal.sourceLang')}{' '}
        <LangName lang={page.sourceLang} />
      </p>
      {page.classification !== 'public' && <p className="notice notice-info">{t('portal.fourEyesHint')}</p>}
      <SelectField
        id="portal-lang"
        label={t('portal.language')}
        value={lang}
        onValue={(value) => navigate(`/portal/pages/${pageId}?lang=${value}`, { replace: true })}
        options={LANGUAGES.map((l) => ({ value: l.code, label: l.autonym }))}
      />
      <p>
        {/* The public page is rendered by the server, outside this app: a plain link. */}
        <a href={publicPath} target="_blank" rel="noopener">
          {t('portal.viewPublic')}
        </a>{' '}
        <Ltr className="mono muted">{publicPath}</Ltr>
      </p>
      {page.languages[lang]?.outdated && <p className="notice notice-warning">{t('portal.outdatedHint')}</p>}
      <WaitingVersions key={`w-${lang}`} page={page} lang={lang} />
      <DraftLoader key={lang} page={page} lang={lang} />
      <VersionHistory pageId={page.id} />
    </section>
  );
}
