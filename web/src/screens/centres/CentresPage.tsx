// The centres within the user's scope, with their beds; each opens its board.
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../api/reference.ts';
import { useTitle } from '../../app/useTitle.ts';
import { Link } from '../../router.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { ListPage } from '../../ui/ListPage.tsx';
import { Auto, Ltr } from '../../ui/text.tsx';
import { Beds, OccupancyBar } from './Marks.tsx';
import { useCentres } from './queries.ts';
import './centres.css';

export function CentresPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  useTitle(t('centres.title'));
  const centres = useCentres();
  return (
    <ListPage
      className="centres"
      title={t('centres.title')}
      intro={t('centres.intro')}
      query={centres}
      emptyMessage={t('centres.none')}
    >
      {(items) => (
        <DataTable
          className="centre-table"
          caption={t('centres.title')}
          columns={[t('centres.name'), t('centres.kind'), t('centres.province'), t('centres.beds')]}
        >
          {items.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link to={`/centres/${c.id}`}>
                  <Auto>{c.name}</Auto>
                </Link>
                <div className="small muted">
                  <Ltr className="mono">{c.code}</Ltr>
                </div>
              </th>
              <td>{t(`centreKind.${c.kind}`)}</td>
              <td>
                <Ltr>{c.provinceCode}</Ltr> · {labels.province(c.provinceCode)}
              </td>
              <td>
                <Beds occupied={c.occupied} capacity={c.capacity} />
                <OccupancyBar occupied={c.occupied} capacity={c.capacity} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </ListPage>
  );
}
