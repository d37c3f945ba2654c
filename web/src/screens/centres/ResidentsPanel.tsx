// Who lives in the centre now, unit by unit, with what staff must keep in mind about each.
import { useTranslation } from 'react-i18next';
import type { Board, BoardResident } from '../../api/centre-types.ts';
import { Link } from '../../router.tsx';
import { FictionalBadge } from '../../ui/Badges.tsx';
import { Auto, DayText, Ltr } from '../../ui/text.tsx';
import { ResidentMarks } from './Marks.tsx';

export function ResidentsPanel({ board }: { board: Board }) {
  const { t } = useTranslation();
  const byUnit = new Map<string, BoardResident[]>();
  for (const r of board.residents) byUnit.set(r.unitName, [...(byUnit.get(r.unitName) ?? []), r]);
  return (
    <section className="panel" aria-labelledby="residents-heading">
      <h2 id="residents-heading">
        {t('board.residents')} <span className="count-badge">{board.residents.length}</span>
      </h2>
      {byUnit.size === 0 && <p className="muted">{t('board.noResidents')}</p>}
      {[...byUnit].map(([unit, residents]) => (
        <section key={unit} className="unit-residents" aria-label={unit}>
          <h3>
            <Auto>{unit}</Auto>
          </h3>
          <ul className="resident-list">
            {residents.map((r) => (
              <li key={r.personId} data-person={r.personId}>
                <Link to={`/centres/${board.centre.id}/residents/${r.personId}`}>
                  <Auto>{r.name}</Auto>
                </Link>
                {r.fictional && <FictionalBadge />}
                <ResidentMarks resident={r} />
                <span className="small muted">
                  <Ltr className="mono">{r.foreignerIdNumber}</Ltr> · {t('board.since')}{' '}
                  <DayText value={r.since} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
