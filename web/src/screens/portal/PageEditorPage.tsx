// Editing one portal page in one language: a new draft (starting from the published text), the
// versions waiting (send to review, publish), and
// the page's history. A protection-critical or sensitive page is published by a second editor.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, post } from '../../api/client.ts';
import { can } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { useTitle } from '../../app/useTitle.ts';
import { isLang, LANGUAGES, type Lang } from '../../i18n.ts';
import { useRouter } from '../../router.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { DateField, SelectField, TextAreaField, TextField } from '../../ui/fields.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { Auto, DateTimeText, Ltr } from '../../ui/text.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { ClassificationBadge, LangName, StatusText } from './DashboardPage.tsx';
import {
  dashboardKey,
  useDashboard,
  usePageText,
  useVersions,
  versionsKey,
  type PageText,
  type PortalPage,
} from './queries.ts';
import '../case/case.css';
import './portal.css';

const id = encodeURIComponent;

function monthsLater(day: string, months: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

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
      <Waiting key={`w-${lang}`} page={page} lang={lang} />
      <DraftLoader key={lang} page={page} lang={lang} />
      <History pageId={page.id} />
    </section>
  );
}

/** Fetches the current text so that a draft starts from it, not from an empty form. */
function DraftLoader({ page, lang }: { page: PortalPage; lang: Lang }) {
  const { t } = useTranslation();
  const text = usePageText(page.id, lang);
  if (text.isPending) return <p className="loading">{t('common.loading')}</p>;
  return <DraftForm page={page} lang={lang} initial={text.data ?? null} />;
}

function DraftForm({ page, lang, initial }: { page: PortalPage; lang: Lang; initial: PageText | null }) {
  const { t } = useTranslation();
  const today = todayInTurkiye();
  const [title, setTitle] = useState(initial?.title ?? page.languages[lang]?.title ?? '');
  const [summary, setSummary] = useState(initial?.summary ?? '');
  const [body, setBody] = useState(initial?.body ?? '');
  const [uncertain, setUncertain] = useState(initial?.uncertain ?? '');
  const [lastReviewed, setLastReviewed] = useState(today);
  const [nextReviewDue, setNextReviewDue] = useState(monthsLater(today, 6));
  const [minorChange, setMinorChange] = useState(false);
  const [checked, setChecked] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const isSource = lang === page.sourceLang;
  const { mutation, fieldError } = useSubmit({
    send: () =>
      post<{ version: number }>(`/api/v1/portal/pages/${id(page.id)}/translations/${lang}/drafts`, {
        title: title.trim(),
        summary: summary.trim(),
        body: body.trim(),
        uncertain: uncertain.trim() || null,
        lastReviewed,
        nextReviewDue,
        ...(isSource ? { minorChange } : {}),
      }),
    refresh: [dashboardKey, versionsKey(page.id)],
    onDone: (result) => setSaved(result.version),
  });
  const short = (value: string, field: string) =>
    checked && value.trim().length < 2 ? t('field.required') : fieldError(field);
  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    setSaved(null);
    if ([title, summary, body].every((v) => v.trim().length >= 2) && lastReviewed && nextReviewDue)
      mutation.mutate();
  }
  return (
    <form className="action-box action-form" noValidate onSubmit={submit} aria-label={t('portal.newDraft')}>
      <h2>{t('portal.newDraft')}</h2>
      <div className="notice notice-info format-help">
        <p className="notice-title">{t('portal.formatTitle')}</p>
        <ul>
          <li>{t('portal.formatParagraphs')}</li>
          <li>
            <Ltr className="mono">{'## '}</Ltr> {t('portal.formatHeadings')}
          </li>
          <li>
            <Ltr className="mono">{'- '}</Ltr> {t('portal.formatLists')}
          </li>
          <li>
            <Ltr className="mono">{'{{contact:id}}'}</Ltr> {t('portal.formatContacts')}
          </li>
        </ul>
        <p>{t('portal.formatNoMarkup')}</p>
      </div>
      <TextField
        id="draft-title"
        label={t('portal.title')}
        required
        lang={lang}
        dir="auto"
        maxLength={200}
        value={title}
        onValue={setTitle}
        error={short(title, 'title')}
      />
      <TextAreaField
        id="draft-summary"
        label={t('portal.summary')}
        required
        lang={lang}
        dir="auto"
        rows={2}
        maxLength={500}
        value={summary}
        onValue={setSummary}
        error={short(summary, 'summary')}
      />
      <TextAreaField
        id="draft-body"
        label={t('portal.body')}
        required
        lang={lang}
        dir="auto"
        rows={14}
        maxLength={20000}
        value={body}
        onValue={setBody}
        error={short(body, 'body')}
      />
      <TextAreaField
        id="draft-uncertain"
        label={t('portal.uncertain')}
        hint={t('portal.uncertainHint')}
        lang={lang}
        dir="auto"
        rows={2}
        maxLength={1000}
        value={uncertain}
        onValue={setUncertain}
        error={fieldError('uncertain')}
      />
      <div className="grid-2">
        <DateField
          id="draft-lastReviewed"
          label={t('portal.lastReviewed')}
          required
          value={lastReviewed}
          onValue={setLastReviewed}
          error={checked && !lastReviewed ? t('field.required') : fieldError('lastReviewed')}
        />
        <DateField
          id="draft-nextReviewDue"
          label={t('portal.nextReviewDue')}
          required
          value={nextReviewDue}
          onValue={setNextReviewDue}
          error={
            checked && !nextReviewDue
              ? t('field.required')
              : fieldError('nextReviewDue') && t('portal.reviewOrder')
          }
        />
      </div>
      {isSource && (
        <div className="field">
          <label className="choice-option">
            <input
              type="checkbox"
              id="draft-minorChange"
              checked={minorChange}
              aria-describedby="draft-minorChange-hint"
              onChange={(e) => setMinorChange(e.target.checked)}
            />{' '}
            {t('portal.minorChange')}
          </label>
          <p id="draft-minorChange-hint" className="hint">
            {t('portal.minorChangeHint')}
          </p>
        </div>
      )}
      <div className="actions">
        <button type="submit" className="button-primary" disabled={mutation.isPending}>
          {t('portal.saveDraft')}
        </button>
      </div>
      {saved !== null && (
        <p className="notice notice-info" role="status">
          {t('portal.draftSaved', { version: saved })}
        </p>
      )}
      {mutation.isError && <ProblemNotice error={mutation.error} />}
    </form>
  );
}

/** The versions of this language not yet published: send to review, publish. */
function Waiting({ page, lang }: { page: PortalPage; lang: Lang }) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const [done, setDone] = useState<string | null>(null);
  const { mutation } = useSubmit({
    send: ({ version, step }: { version: number; step: 'review' | 'publish' }) =>
      post(`/api/v1/portal/pages/${id(page.id)}/translations/${lang}/versions/${version}/${step}`),
    refresh: [dashboardKey, versionsKey(page.id)],
    onDone: () =>
      setDone(mutation.variables?.step === 'publish' ? t('portal.published') : t('portal.sentToReview')),
  });
  const waiting = page.languages[lang]?.waiting ?? [];
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
                  onClick={() => {
                    setDone(null);
                    mutation.mutate({ version: w.version, step: 'review' });
                  }}
                >
                  {t('portal.sendToReview')}
                </button>
              )}
              {can(user, 'portal:publish') && (
                <button
                  type="button"
                  className="button-primary"
                  disabled={mutation.isPending}
                  onClick={() => {
                    setDone(null);
                    mutation.mutate({ version: w.version, step: 'publish' });
                  }}
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

function History({ pageId }: { pageId: string }) {
  const { t } = useTranslation();
  const versions = useVersions(pageId);
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('portal.history')}</h2>
      {versions.isPending && <p className="loading">{t('common.loading')}</p>}
      {versions.isError && <ProblemNotice error={versions.error} />}
      {versions.data && (
        <DataTable
          labelledBy="history-heading"
          columns={[
            t('portal.language'),
            t('portal.version'),
            t('portal.status'),
            t('portal.title'),
            t('portal.savedAt'),
            t('portal.publishedAt'),
          ]}
        >
          {versions.data.map((v) => (
            <tr key={`${v.lang}-${v.version}`} data-lang={v.lang} data-status={v.status}>
              <td>
                <LangName lang={v.lang} />
              </td>
              <th scope="row">
                <Ltr>{String(v.version)}</Ltr>
              </th>
              <td>
                <StatusText status={v.status} />
                {v.minorChange && <span className="muted"> · {t('portal.minor')}</span>}
              </td>
              <td>
                <Auto>{v.title}</Auto>
              </td>
              <td>
                <DateTimeText value={v.createdAt} />
              </td>
              <td>{v.publishedAt ? <DateTimeText value={v.publishedAt} /> : '—'}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
