// Figures of the cases submitted: by resettlement state, by primary category and by priority,
// with the persons in them, departures, and departures within the priority's target.
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../api/reference.ts';
import type { FigureRow, Figures } from '../../api/sharing-types.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { Ltr } from '../../ui/text.tsx';
import { useFigures } from './queries.ts';

type Group = 'byState' | 'byCategory' | 'byPriority';

export function FiguresPanel() {
  const { t } = useTranslation();
  const labels = useLabels();
  const figures = useFigures();
  const label = (group: Group, key: string, data: Figures) => {
    if (key === 'unknown') return t('common.unknown');
    if (group === 'byState') return labels.nationality(key);
    if (group === 'byCategory') return t(`rsCategory.${key}`, { defaultValue: key });
    const target = data.targets.find((x) => x.priority === key);
    return (
      <>
        {t(`rsPriority.${key}`, { defaultValue: key })}
        {target && (
          <span className="small muted"> · {t('resettlement.targetDays', { count: target.days })}</span>
        )}
      </>
    );
  };
  const cells = (row: FigureRow) =>
    [row.submitted, row.persons, row.departed, row.onTime].map((n, i) => (
      <td key={i} className="num">
        <Ltr>{String(n)}</Ltr>
      </td>
    ));
  return (
    <section className="panel figures-panel" aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('resettlement.figures')}</h2>
      {figures.isPending && <p className="loading">{t('common.loading')}</p>}
      {figures.isError && <ProblemNotice error={figures.error} />}
      {figures.data && (
        <div className="table-wrap">
          <table className="data-table figures-table">
            <caption className="visually-hidden">{t('resettlement.figures')}</caption>
            <thead>
              <tr>
                <td />
                <th scope="col">{t('resettlement.submitted')}</th>
                <th scope="col">{t('resettlement.personsColumn')}</th>
                <th scope="col">{t('resettlement.departed')}</th>
                <th scope="col">{t('resettlement.onTime')}</th>
              </tr>
            </thead>
            {(['byState', 'byCategory', 'byPriority'] as const).map((group) => {
              const rows = Object.entries(figures.data[group]);
              return (
                <tbody key={group} data-group={group}>
                  <tr className="group-row">
                    <th scope="colgroup" colSpan={5}>
                      {t(`resettlement.${group}`)}
                    </th>
                  </tr>
                  {rows.length === 0 ? (
                    <tr>
                      <td colSpan={5} className="muted small">
                        {t('resettlement.noneSubmitted')}
                      </td>
                    </tr>
                  ) : (
                    rows.map(([key, row]) => (
                      <tr key={key} data-key={key}>
                        <th scope="row">{label(group, key, figures.data)}</th>
                        {cells(row)}
                      </tr>
                    ))
                  )}
                </tbody>
              );
            })}
          </table>
        </div>
      )}
    </section>
  );
}
