// The resettlement pipeline: a column for each open stage with its cases (emergency first), the
// closed cases below, the worklist of cases at risk of missing their target, and the figures.
import { DownloadButtons } from '../../ui/DownloadButtons.tsx';
import { useTranslation } from 'react-i18next';
import { CLOSED_STAGES, OPEN_STAGES, PRIORITIES } from '../../api/sharing-codes.ts';
import type { PipelineItem } from '../../api/sharing-types.ts';
import { useTitle } from '../../app/useTitle.ts';
import { useRouter } from '../../router.tsx';
import { SelectField } from '../../ui/fields.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { AtRiskPanel } from './AtRiskPanel.tsx';
import { FiguresPanel } from './FiguresPanel.tsx';
import { byPriority } from './Marks.tsx';
import { PipelineCard } from './PipelineCard.tsx';
import { usePipeline } from './queries.ts';
import '../centres/centres.css';
import './resettlement.css';

function Columns({
  stages,
  items,
  closed,
}: {
  stages: readonly string[];
  items: PipelineItem[];
  closed?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <ol className={closed ? 'pipeline pipeline-closed' : 'pipeline'}>
      {stages.map((stage) => {
        const cards = items.filter((c) => c.stage === stage).sort(byPriority);
        return (
          <li key={stage} className="pipeline-column" data-stage={stage}>
            <h3 id={`stage-${stage}`} className="pipeline-stage">
              {t(`rsStage.${stage}`)} <span className="count-badge">{cards.length}</span>
            </h3>
            {cards.length === 0 ? (
              <p className="small muted">{t('resettlement.noCases')}</p>
            ) : (
              <ul className="pipeline-cards">
                {cards.map((c) => (
                  <PipelineCard key={c.id} item={c} />
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}

export function ResettlementBoardPage() {
  const { t } = useTranslation();
  useTitle(t('resettlement.boardTitle'));
  const { search, navigate } = useRouter();
  const priority = search.get('priority');
  const pipeline = usePipeline();
  const items = (pipeline.data ?? []).filter((c) => !priority || c.priority === priority);
  return (
    <section className="page resettlement-board" aria-labelledby="rs-board-heading">
      <div className="page-head">
        <h1 id="rs-board-heading">{t('resettlement.boardTitle')}</h1>
        <DownloadButtons path="/api/v1/resettlement/cases" />
      </div>
      <p className="lead">{t('resettlement.boardIntro')}</p>
      <div className="card-panel province-picker">
        <SelectField
          id="rs-priority-filter"
          label={t('resettlement.priority')}
          value={priority ?? ''}
          onValue={(v) => navigate(v ? `/resettlement?priority=${encodeURIComponent(v)}` : '/resettlement')}
          placeholder={t('resettlement.allPriorities')}
          options={PRIORITIES.map((p) => ({ value: p, label: t(`rsPriority.${p}`) }))}
        />
      </div>
      <section className="panel" aria-labelledby="pipeline-heading">
        <h2 id="pipeline-heading">{t('resettlement.pipeline')}</h2>
        {pipeline.isPending && <p className="loading">{t('common.loading')}</p>}
        {pipeline.isError && <ProblemNotice error={pipeline.error} />}
        {pipeline.data && (
          <>
            <Columns stages={OPEN_STAGES} items={items} />
            <h3 className="sub-heading pipeline-closed-heading">{t('resettlement.closed')}</h3>
            <Columns stages={CLOSED_STAGES} items={items} closed />
          </>
        )}
      </section>
      <div className="board-grid">
        <AtRiskPanel />
        <FiguresPanel />
      </div>
    </section>
  );
}
