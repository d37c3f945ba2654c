// A new draft of a portal page in one language, starting from the text it has (the published
// version in that language, else the latest): title, summary, body and what the translator is
// unsure of, with the dates of its review. A saved draft waits to be reviewed and published.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import type { Lang } from '../../i18n.ts';
import { DateField, TextAreaField, TextField } from '../../ui/fields.tsx';
import { todayInTurkiye } from '../../ui/format.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { Ltr } from '../../ui/text.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { dashboardKey, usePageText, versionsKey, type PageText, type PortalPage } from './queries.ts';

function monthsLater(day: string, months: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/** Fetches the current text so that a draft starts from it, not from an empty form. */
export function DraftLoader({ page, lang }: { page: PortalPage; lang: Lang }) {
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
      post<{ version: number }>(
        `/api/v1/portal/pages/${encodeURIComponent(page.id)}/translations/${lang}/drafts`,
        {
          title: title.trim(),
          summary: summary.trim(),
          body: body.trim(),
          uncertain: uncertain.trim() || null,
          lastReviewed,
          nextReviewDue,
          ...(isSource ? { minorChange } : {}),
        },
      ),
    refresh: [dashboardKey, versionsKey(page.id)],
    onDone: (result) => setSaved(result.version),
  });
  // The texts are in the page's language, which may run either way.
  const inPageLanguage = { lang, dir: 'auto' } as const;
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
        {...inPageLanguage}
        maxLength={200}
        value={title}
        onValue={setTitle}
        error={short(title, 'title')}
      />
      <TextAreaField
        id="draft-summary"
        label={t('portal.summary')}
        required
        {...inPageLanguage}
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
        {...inPageLanguage}
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
        {...inPageLanguage}
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
