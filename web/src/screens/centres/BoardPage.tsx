// The centre board: occupancy by unit, today's arrivals, departures and visits, what needs doing
// (detention reviews, children to enrol or refer), the residents by unit, and the waiting list.
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../api/reference.ts';
import { useTitle } from '../../app/useTitle.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { Auto, DayText, Ltr } from '../../ui/text.tsx';
import { AttentionPanel } from './AttentionPanel.tsx';
import { Beds, OccupancyBar } from './Marks.tsx';
import { useBoard } from './queries.ts';
import { ResidentsPanel } from './ResidentsPanel.tsx';
import { TodayPanel } from './TodayPanel.tsx';
import { UnitsPanel } from './UnitsPanel.tsx';
import { WaitingListPanel } from './WaitingListPanel.tsx';
import './centres.css';

export function BoardPage({ centreId }: { centreId: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const query = useBoard(centreId);
  useTitle(query.data ? query.data.centre.name : t('board.title'));

  if (query.isPending) return <p className="loading">{t('common.loading')}</p>;
  if (query.isError) return <ProblemNotice error={query.error} />;
  const board = query.data;
  const c = board.centre;

  return (
    <article className="page board" aria-labelledby="board-heading">
      <header className="board-head">
        <div>
          <p className="muted case-kind">{t(`centreKind.${c.kind}`)}</p>
          <h1 id="board-heading">
            <Auto>{c.name}</Auto>
          </h1>
          <p className="muted">
            <Ltr className="mono">{c.code}</Ltr> · {labels.province(c.provinceCode)} ·{' '}
            {c.operator === 'partner' && c.operatorName ? (
              <Auto>{c.operatorName}</Auto>
            ) : (
              t(`centreOperator.${c.operator}`)
            )}
          </p>
        </div>
        <div className="board-total">
          <div className="small muted">
            {t('board.today')} <DayText value={board.today} />
          </div>
          <div>
            {t('board.bedsTaken')} <Beds occupied={c.occupied} capacity={c.capacity} />
          </div>
          <OccupancyBar occupied={c.occupied} capacity={c.capacity} />
        </div>
      </header>
      <UnitsPanel units={c.units} />
      <div className="board-grid">
        <TodayPanel board={board} />
        <AttentionPanel board={board} />
      </div>
      <ResidentsPanel board={board} />
      <WaitingListPanel board={board} />
    </article>
  );
}
