// Worklists: which cases of the province wait for which act, with a count on each list. A list
// opens on request (showing names is an audited access), applicants with specific needs first.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useLabels, useReference } from '../../api/reference.ts';
import type { WorklistPage, WorklistSummary } from '../../api/types.ts';
import { isAdministrator, useSession } from '../../app/session.ts';
import { useTitle } from '../../app/useTitle.ts';
import { Link, useRouter } from '../../router.tsx';
import { SelectField } from '../../ui/fields.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { Ltr } from '../../ui/text.tsx';
import { WorklistTable } from './WorklistTable.tsx';
import { DownloadButtons } from '../../ui/DownloadButtons.tsx';
import './worklists.css';

export const PAGE_SIZE = 50;

function href(params: { list?: string | null; province?: string | null; offset?: number }): string {
  const search = new URLSearchParams();
  if (params.list) search.set('list', params.list);
  if (params.province) search.set('province', params.province);
  if (params.offset) search.set('offset', String(params.offset));
  const query = search.toString();
  return query ? `/worklists?${query}` : '/worklists';
}

export function WorklistsPage() {
  const { t } = useTranslation();
  useTitle(t('worklists.title'));
  const { data: user } = useSession();
  const { data: reference } = useReference();
  const labels = useLabels();
  const { search, navigate } = useRouter();
  const national = isAdministrator(user);
  const province = national ? search.get('province') : (user?.provinceCode ?? null);
  const list = search.get('list');
  const offset = Math.max(0, Number(search.get('offset')) || 0);
  const scope = province && national ? `?provinceCode=${encodeURIComponent(province)}` : '';

  const summary = useQuery({
    queryKey: ['worklists', 'summary', province],
    enabled: Boolean(province),
    queryFn: () => api<WorklistSummary>(`/api/v1/worklists${scope}`),
  });
  const page = useQuery({
    queryKey: ['worklists', list, province, offset],
    enabled: Boolean(province && list),
    queryFn: () => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(offset) });
      if (national && province) params.set('provinceCode', province);
      return api<WorklistPage>(`/api/v1/worklists/${encodeURIComponent(list ?? '')}?${params.toString()}`);
    },
  });
  const cap = summary.data?.countCap ?? Infinity;

  return (
    <section className="page worklists">
      <div className="page-head">
        <h1>{t('worklists.title')}</h1>
        {province && !national && (
          <p className="muted">
            <Ltr>{province}</Ltr> · {labels.province(province)}
          </p>
        )}
      </div>
      <p className="lead">{t('worklists.intro')}</p>
      {national && (
        <div className="card-panel province-picker">
          <SelectField
            id="worklist-province"
            label={t('worklists.province')}
            hint={t('worklists.provinceHint')}
            value={province ?? ''}
            onValue={(v) => navigate(href({ list, province: v }))}
            placeholder={t('common.choose')}
            options={(reference?.provinces ?? []).map((p) => ({
              value: p.code,
              label: `${p.code} · ${p.name}`,
            }))}
          />
        </div>
      )}
      {!province && national && <p className="notice notice-info">{t('worklists.chooseProvince')}</p>}
      {summary.isError && <ProblemNotice error={summary.error} />}
      {summary.data && (
        <div className="worklist-layout">
          <nav aria-label={t('worklists.listsLabel')} className="worklist-nav">
            <ul>
              {summary.data.lists.map((l) => (
                <li key={l.list} className={l.count === 0 ? 'empty' : undefined}>
                  <Link
                    to={href({ list: l.list, province: national ? province : null })}
                    aria-current={l.list === list ? 'page' : undefined}
                  >
                    <span>{t(`worklist.${l.list}`)}</span>
                    <span className="count-badge" aria-label={t('worklists.count', { count: l.count })}>
                      <Ltr>{l.count >= cap ? `${cap}+` : String(l.count)}</Ltr>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="worklist-body">
            {!list && <p className="muted">{t('worklists.chooseList')}</p>}
            {list && page.isPending && <p className="loading">{t('common.loading')}</p>}
            {page.isError && <ProblemNotice error={page.error} />}
            {page.data && (
              <>
                <DownloadButtons
                  path={`/api/v1/worklists/${encodeURIComponent(list ?? '')}${national && province ? `?provinceCode=${province}` : ''}`}
                />
                <WorklistTable page={page.data} />
                <div className="actions">
                  {offset > 0 && (
                    <Link
                      className="button button-quiet"
                      to={href({
                        list,
                        province: national ? province : null,
                        offset: Math.max(0, offset - PAGE_SIZE),
                      })}
                    >
                      {t('worklists.previous')}
                    </Link>
                  )}
                  {page.data.items.length === PAGE_SIZE && (
                    <Link
                      className="button button-quiet"
                      to={href({ list, province: national ? province : null, offset: offset + PAGE_SIZE })}
                    >
                      {t('worklists.next')}
                    </Link>
                  )}
                </div>
              </>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
