// Where the resident has stayed: each placement with its unit, dates, absence and why it ended.
import { useTranslation } from 'react-i18next';
import type { Placement } from '../../api/centre-types.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { Auto, DayText } from '../../ui/text.tsx';

export function PlacementsPanel({ placements }: { placements: Placement[] }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="placements-heading">
      <h2 id="placements-heading">{t('placements.title')}</h2>
      <DataTable
        className="placement-table"
        caption={t('placements.title')}
        columns={[t('placements.centre'), t('placements.from'), t('placements.to'), t('placements.notes')]}
      >
        {placements.map((p) => (
          <tr key={p.id} className={p.endedOn ? undefined : 'current'}>
            <th scope="row">
              <Auto>{p.centreName}</Auto>
              <div className="small muted">
                <Auto>{p.unitName}</Auto>
              </div>
            </th>
            <td>
              <DayText value={p.startedOn} />
            </td>
            <td>
              {p.endedOn ? (
                <>
                  <DayText value={p.endedOn} />
                  <div className="small muted">{t(`placementEnd.${p.endReason ?? 'discharged'}`)}</div>
                </>
              ) : (
                <span className="badge status-valid">{t('placements.current')}</span>
              )}
            </td>
            <td>
              {p.absentSince && (
                <span className="small">
                  {t('board.mark.absent')} <DayText value={p.absentSince} />
                  {p.absenceReason && (
                    <>
                      {' '}
                      — <Auto>{p.absenceReason}</Auto>
                    </>
                  )}
                </span>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
