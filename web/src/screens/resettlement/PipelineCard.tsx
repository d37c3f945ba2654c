// One case on the pipeline board: its reference, priority (an emergency stands out), the number
// of people in it, its category and state, and its target date with how it stands.
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../api/reference.ts';
import type { PipelineItem } from '../../api/sharing-types.ts';
import { Link } from '../../router.tsx';
import { FictionalBadge } from '../../ui/Badges.tsx';
import { DayText, Ltr } from '../../ui/text.tsx';
import { PriorityBadge, TimelinessBadge } from './Marks.tsx';

export function PipelineCard({ item: c }: { item: PipelineItem }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <li
      className={c.priority === 'emergency' ? 'pipeline-card is-emergency' : 'pipeline-card'}
      data-reference={c.reference}
    >
      <div className="pipeline-card-head">
        <Link to={`/resettlement/${c.id}`} className="strong">
          <Ltr className="mono">{c.reference}</Ltr>
        </Link>
        <PriorityBadge priority={c.priority} />
      </div>
      <div className="small">
        {t('resettlement.persons', { count: c.members })}
        {c.submittedTo && <> · {labels.nationality(c.submittedTo)}</>}
      </div>
      {c.primaryCategory && (
        <div className="small muted">
          {t(`rsCategory.${c.primaryCategory}`, { defaultValue: c.primaryCategory })}
        </div>
      )}
      {c.targetDate ? (
        <div className="small pipeline-target">
          {t('resettlement.target')} <DayText value={c.targetDate} />{' '}
          <TimelinessBadge timeliness={c.timeliness} />
        </div>
      ) : (
        <div className="small muted">
          {t('resettlement.identifiedOn')} <DayText value={c.identifiedOn} />
        </div>
      )}
      {c.fictional && <FictionalBadge />}
    </li>
  );
}
