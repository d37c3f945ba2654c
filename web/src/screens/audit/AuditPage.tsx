// Who did what, when — reads included. For administrators; reading it is itself audited.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { AuditEvent } from '../../api/types.ts';
import { useTitle } from '../../app/useTitle.ts';
import { Link, useRouter } from '../../router.tsx';
import { AuditDetails, useActionLabel } from '../../ui/AuditDetails.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { TextField } from '../../ui/fields.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { DateTimeText, Ltr } from '../../ui/text.tsx';

const PAGE = 100;

export function AuditPage() {
  const { t } = useTranslation();
  useTitle(t('audit.title'));
  const actionLabel = useActionLabel();
  const { search, navigate } = useRouter();
  const personId = search.get('personId') ?? '';
  const [filter, setFilter] = useState(personId);
  useEffect(() => setFilter(personId), [personId]);

  const events = useInfiniteQuery({
    queryKey: ['audit', personId],
    initialPageParam: 0,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(PAGE) });
      if (personId) params.set('personId', personId);
      if (pageParam) params.set('beforeSeq', String(pageParam));
      return api<{ events: AuditEvent[] }>(`/api/v1/audit?${params.toString()}`);
    },
    getNextPageParam: (last) =>
      last.events.length === PAGE ? last.events[last.events.length - 1]?.seq : undefined,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = filter.trim();
    navigate(value ? `/audit?personId=${encodeURIComponent(value)}` : '/audit');
  }

  const rows = events.data?.pages.flatMap((p) => p.events) ?? [];
  return (
    <section className="page audit">
      <h1>{t('audit.title')}</h1>
      <p className="lead">{t('audit.intro')}</p>
      <form className="inline-form" onSubmit={submit} noValidate>
        <TextField
          id="audit-person"
          label={t('audit.personFilter')}
          value={filter}
          onValue={setFilter}
          dir="ltr"
          spellCheck={false}
          className="mono"
        />
        <button type="submit" className="button-secondary">
          {t('audit.apply')}
        </button>
        {personId && (
          <Link to={`/persons/${personId}`} className="button button-quiet">
            {t('audit.openPerson')}
          </Link>
        )}
      </form>
      {events.isPending && <p className="loading">{t('common.loading')}</p>}
      {events.isError && <ProblemNotice error={events.error} />}
      {events.data && (
        <DataTable
          className="audit-table"
          caption={t('audit.caption', { count: rows.length })}
          captionShown
          columns={[
            t('audit.when'),
            t('audit.who'),
            t('audit.what'),
            t('audit.outcome'),
            t('audit.purpose'),
            t('audit.details'),
          ]}
        >
          {rows.map((e) => (
            <tr key={e.seq} className={e.outcome === 'denied' ? 'denied' : undefined}>
              <td>
                <DateTimeText value={e.occurredAt} />
              </td>
              <td>
                <bdi>{e.actorUsername ?? t('audit.system')}</bdi>
                {e.ip && (
                  <div className="small muted">
                    <Ltr>{e.ip}</Ltr>
                  </div>
                )}
              </td>
              <td>
                {actionLabel(e.action)}
                <div className="small muted">
                  <Ltr className="mono">{e.action}</Ltr>
                </div>
              </td>
              <td>
                {e.outcome === 'denied' ? (
                  <span className="badge status-revoked">{t('audit.denied')}</span>
                ) : (
                  t('audit.success')
                )}
              </td>
              <td>{e.purpose ? t(`purpose.${e.purpose}`, { defaultValue: e.purpose }) : '—'}</td>
              <td>
                <AuditDetails details={e.details} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {events.hasNextPage && (
        <div className="actions">
          <button
            type="button"
            className="button-secondary"
            onClick={() => void events.fetchNextPage()}
            disabled={events.isFetchingNextPage}
          >
            {t('audit.older')}
          </button>
        </div>
      )}
    </section>
  );
}
