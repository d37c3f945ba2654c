// A lawyer's clients: the people whose power of attorney to them is in force. Each opens the
// client's record as the lawyer may see it.
import { useTranslation } from 'react-i18next';
import { useTitle } from '../../app/useTitle.ts';
import { Link } from '../../router.tsx';
import { FictionalBadge } from '../../ui/Badges.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { Auto, DayText } from '../../ui/text.tsx';
import { useClients } from './queries.ts';

export function ClientsPage() {
  const { t } = useTranslation();
  useTitle(t('clients.title'));
  const clients = useClients();
  return (
    <section className="page clients" aria-labelledby="clients-heading">
      <div className="page-head">
        <h1 id="clients-heading">{t('clients.title')}</h1>
      </div>
      <p className="lead">{t('clients.intro')}</p>
      {clients.isPending && <p className="loading">{t('common.loading')}</p>}
      {clients.isError && <ProblemNotice error={clients.error} />}
      {clients.data?.length === 0 && <p className="muted">{t('clients.none')}</p>}
      {clients.data && clients.data.length > 0 && (
        <div className="table-wrap">
          <table className="data-table client-table">
            <caption className="visually-hidden">{t('clients.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('clients.name')}</th>
                <th scope="col">{t('poa.document')}</th>
                <th scope="col">{t('poa.validUntil')}</th>
              </tr>
            </thead>
            <tbody>
              {clients.data.map((c) => (
                <tr key={c.personId}>
                  <th scope="row">
                    <Link to={`/shared/persons/${c.personId}`}>
                      <Auto>{c.name}</Auto>
                    </Link>
                    {c.fictional && <FictionalBadge />}
                  </th>
                  <td>
                    <Auto>{c.documentReference}</Auto>
                  </td>
                  <td>
                    {c.validUntil ? (
                      <DayText value={c.validUntil} />
                    ) : (
                      <span className="muted">{t('clients.noEnd')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
