// Small shared pieces of the centre screens: a resident's marks and a unit's occupancy bar.
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../api/centre-types.ts';
import { DayText, Ltr } from '../../ui/text.tsx';

interface Marked {
  child: boolean;
  unaccompanied?: boolean;
  specialNeeds?: boolean;
  absentSince?: string | null;
}

export function ResidentMarks({ resident: r }: { resident: Marked }) {
  const { t } = useTranslation();
  return (
    <span className="row-badges resident-marks">
      {r.unaccompanied ? (
        <span className="badge mark-unaccompanied">{t('board.mark.unaccompanied')}</span>
      ) : (
        r.child && <span className="badge mark-child">{t('board.mark.child')}</span>
      )}
      {r.specialNeeds && <span className="badge badge-vulnerable">{t('board.mark.specialNeeds')}</span>}
      {r.absentSince && (
        <span className="badge mark-absent">
          {t('board.mark.absent')} <DayText value={r.absentSince} />
        </span>
      )}
    </span>
  );
}

/** Beds taken out of the capacity, as a bar that fills in the reading direction. */
export function OccupancyBar({ occupied, capacity }: { occupied: number; capacity: number }) {
  const { t } = useTranslation();
  const share = capacity > 0 ? Math.min(1, occupied / capacity) : 0;
  const level = share >= 1 ? 'full' : share >= 0.85 ? 'high' : 'ok';
  return (
    <div
      className={`occupancy-bar occupancy-${level}`}
      role="img"
      aria-label={t('board.occupancyLabel', { occupied, capacity })}
    >
      <span style={{ inlineSize: `${Math.round(share * 100)}%` }} />
    </div>
  );
}

export function UnitKind({ unit }: { unit: Pick<Unit, 'unitType' | 'sexRestriction'> }) {
  const { t } = useTranslation();
  return (
    <>
      {t(`unitType.${unit.unitType}`)}
      {unit.sexRestriction && <> · {t(`unitSex.${unit.sexRestriction}`)}</>}
    </>
  );
}

export function Beds({ occupied, capacity }: { occupied: number; capacity: number }) {
  return (
    <Ltr className="beds">
      {occupied} / {capacity}
    </Ltr>
  );
}
