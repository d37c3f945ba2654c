// The centres within the user's scope, with their beds; each opens its board.
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../api/reference.ts';
import { useTitle } from '../../app/useTitle.ts';
import { Link } from '../../router.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
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
    <section className="page centres">
      <div className="page-head">
        <h1>{t('centres.title')}</h1>
      </div>
      <p className="lead">{t('centres.intro')}</p>
      {centres.isPending && <p className="loading">{t('common.loading')}</p>}
      {centres.isError && <ProblemNotice error={centres.error} />}
      {centres.data?.length === 0 && <p className="muted">{t('centres.none')}</p>}
      {centres.data && centres.data.length > 0 && (
        <div className="table-wrap">
          <table className="data-table centre-table">
            <caption className="visually-hidden">{t('centres.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('centres.name')}</th>
                <th scope="col">{t('centres.kind')}</th>
                <th scope="col">{t('centres.province')}</th>
                <th scope="col">{t('centres.beds')}</th>
              </tr>
            </thead>
            <tbody>
              {centres.data.map((c) => (
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
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
