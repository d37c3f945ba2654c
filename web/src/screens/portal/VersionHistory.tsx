// Every version of a page in every language, with when it was saved and when published.
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/DataTable.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { Auto, DateTimeText, Ltr } from '../../ui/text.tsx';
import { LangName, StatusText } from './DashboardPage.tsx';
import { useVersions } from './queries.ts';

export function VersionHistory({ pageId }: { pageId: string }) {
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
