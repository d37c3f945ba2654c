// For administrators: sign-ins held back by the throttle (and clearing them), and each staff
// account's second factor (and resetting it). Every clear and reset is audited by the server.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, post } from '../../api/client.ts';
import type { Throttles, User } from '../../api/types.ts';
import { useTitle } from '../../app/useTitle.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { DateTimeText, Ltr } from '../../ui/text.tsx';

const THROTTLES = ['admin', 'throttles'] as const;
const USERS = ['admin', 'users'] as const;

export function AdministrationPage() {
  const { t } = useTranslation();
  useTitle(t('admin.title'));
  return (
    <section className="page administration">
      <h1>{t('admin.title')}</h1>
      <p className="lead">{t('admin.intro')}</p>
      <ThrottlesPanel />
      <SecondFactorsPanel />
    </section>
  );
}

function ThrottlesPanel() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const throttles = useQuery({
    queryKey: THROTTLES,
    queryFn: () => api<Throttles>('/api/v1/auth/throttles'),
  });
  const clear = useMutation({
    mutationFn: (match: { username?: string; ip: string }) => post('/api/v1/auth/throttles/clear', match),
    onSuccess: () => client.invalidateQueries({ queryKey: THROTTLES }),
  });
  const limits = throttles.data?.limits;
  return (
    <section className="card-panel" aria-labelledby="throttles-heading">
      <h2 id="throttles-heading">{t('admin.throttlesTitle')}</h2>
      {limits && (
        <p className="hint">
          {t('admin.throttlesIntro', {
            free: limits.freeFailures,
            first: limits.firstDelaySeconds,
            max: limits.maxDelaySeconds / 60,
            address: limits.addressFailuresPerWindow,
            window: limits.windowMinutes,
          })}
        </p>
      )}
      {throttles.isError && <ProblemNotice error={throttles.error} />}
      {clear.isError && <ProblemNotice error={clear.error} />}
      {throttles.data && throttles.data.pairs.length === 0 && <p>{t('admin.noThrottles')}</p>}
      {throttles.data && throttles.data.addresses.length > 0 && (
        <>
          <h3>{t('admin.addressesTitle')}</h3>
          <ul>
            {throttles.data.addresses.map((a) => (
              <li key={a.ip}>
                <Ltr className="mono">{a.ip}</Ltr> — {a.failures}{' '}
                <button type="button" className="button-secondary" onClick={() => clear.mutate({ ip: a.ip })}>
                  {t('admin.clearAddress')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {throttles.data && throttles.data.pairs.length > 0 && (
        <DataTable
          className="throttle-table"
          labelledBy="throttles-heading"
          columns={[
            t('admin.account'),
            t('admin.address'),
            t('admin.kind'),
            t('admin.failures'),
            t('admin.lastFailure'),
            t('admin.retryAt'),
            '',
          ]}
        >
          {throttles.data.pairs.map((p) => (
            <tr key={`${p.username}|${p.ip}|${p.kind}`}>
              <td>
                <Ltr className="mono">{p.username}</Ltr>
              </td>
              <td>
                <Ltr className="mono">{p.ip}</Ltr>
              </td>
              <td>{t(`admin.kind_${p.kind}`)}</td>
              <td>{p.failures}</td>
              <td>
                <DateTimeText value={p.lastFailureAt} />
              </td>
              <td>{p.retryAt ? <DateTimeText value={p.retryAt} /> : t('admin.now')}</td>
              <td>
                <button
                  type="button"
                  className="button-secondary"
                  disabled={clear.isPending}
                  onClick={() => clear.mutate({ username: p.username, ip: p.ip })}
                >
                  {t('admin.clear')}
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

function SecondFactorsPanel() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const users = useQuery({ queryKey: USERS, queryFn: () => api<{ users: User[] }>('/api/v1/users') });
  const reset = useMutation({
    mutationFn: (id: string) => post<User>(`/api/v1/users/${id}/second-factor/reset`),
    onSuccess: () => client.invalidateQueries({ queryKey: USERS }),
  });
  return (
    <section className="card-panel" aria-labelledby="factors-heading">
      <h2 id="factors-heading">{t('admin.usersTitle')}</h2>
      <p className="hint">{t('admin.usersIntro')}</p>
      {users.isError && <ProblemNotice error={users.error} />}
      {reset.isError && <ProblemNotice error={reset.error} />}
      {reset.isSuccess && <p role="status">{t('admin.done')}</p>}
      {users.data && (
        <DataTable
          className="factor-table"
          labelledBy="factors-heading"
          columns={[t('admin.account'), t('admin.secondFactor'), '']}
        >
          {users.data.users.map((u) => (
            <tr key={u.id}>
              <td>
                <Ltr className="mono">{u.username}</Ltr> <span className="hint">{t(`role.${u.role}`)}</span>
              </td>
              <td>{u.secondFactor ? t('admin.hasFactor') : t('admin.noFactor')}</td>
              <td>
                {u.secondFactor && (
                  <button
                    type="button"
                    className="button-secondary"
                    disabled={reset.isPending}
                    onClick={() => {
                      if (window.confirm(t('admin.resetConfirm', { name: u.username }))) reset.mutate(u.id);
                    }}
                  >
                    {t('admin.reset')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
