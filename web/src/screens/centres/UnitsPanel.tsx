// Occupancy by unit: each unit's beds taken, its free beds and who it takes.
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../api/centre-types.ts';
import { Auto } from '../../ui/text.tsx';
import { Beds, OccupancyBar, UnitKind } from './Marks.tsx';

export function UnitsPanel({ units }: { units: Unit[] }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="units-heading">
      <h2 id="units-heading">{t('board.units')}</h2>
      {units.length === 0 ? (
        <p className="muted">{t('board.noUnits')}</p>
      ) : (
        <ul className="unit-grid">
          {units.map((u) => (
            <li key={u.id} className={u.active ? 'unit-card' : 'unit-card unit-closed'} data-unit={u.name}>
              <div className="unit-head">
                <strong>
                  <Auto>{u.name}</Auto>
                </strong>
                <Beds occupied={u.occupied} capacity={u.capacity} />
              </div>
              <div className="small muted">
                <UnitKind unit={u} />
              </div>
              <OccupancyBar occupied={u.occupied} capacity={u.capacity} />
              <div className={u.free === 0 ? 'small unit-free none' : 'small unit-free'}>
                {u.active ? t('board.free', { count: u.free }) : t('board.closed')}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
