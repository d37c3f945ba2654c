// A lawyer's clients: the people whose power of attorney to them is in force. Each opens the
// client's record as the lawyer may see it.
import { useTranslation } from 'react-i18next';
import { useTitle } from '../../app/useTitle.ts';
import { Link } from '../../router.tsx';
import { FictionalBadge } from '../../ui/Badges.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { ListPage } from '../../ui/ListPage.tsx';
import { Auto, DayText } from '../../ui/text.tsx';
import { useClients } from './queries.ts';

export function ClientsPage() {
  const { t } = useTranslation();
  useTitle(t('clients.title'));
  const clients = useClients();
  return (
    <ListPage
      className="clients"
      headingId="clients-heading"
      title={t('clients.title')}
      intro={t('clients.intro')}
      query={clients}
      emptyMessage={t('clients.none')}
    >
      {(items) => (
        <DataTable
          className="client-table"
          caption={t('clients.title')}
          columns={[t('clients.name'), t('poa.document'), t('poa.validUntil')]}
        >
          {items.map((c) => (
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
        </DataTable>
      )}
    </ListPage>
  );
}
