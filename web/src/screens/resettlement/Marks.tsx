// The marks of a resettlement case: its stage, its priority (an emergency stands out), and
// whether it is on track for its priority's target.
import { useTranslation } from 'react-i18next';

export function StageBadge({ stage }: { stage: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge rs-stage rs-stage-${stage}`} data-stage={stage}>
      {t(`rsStage.${stage}`, { defaultValue: stage })}
    </span>
  );
}

export function PriorityBadge({ priority }: { priority: string | null }) {
  const { t } = useTranslation();
  if (!priority)
    return <span className="badge rs-priority rs-priority-none">{t('resettlement.noPriority')}</span>;
  return (
    <span className={`badge rs-priority rs-priority-${priority}`} data-priority={priority}>
      {t(`rsPriority.${priority}`, { defaultValue: priority })}
    </span>
  );
}

export function TimelinessBadge({ timeliness }: { timeliness: string | null }) {
  const { t } = useTranslation();
  if (!timeliness) return null;
  return (
    <span className={`badge rs-timeliness rs-timeliness-${timeliness}`} data-timeliness={timeliness}>
      {t(`rsTimeliness.${timeliness}`, { defaultValue: timeliness })}
    </span>
  );
}

/** Cards within a stage: emergency first, then urgent, normal, not yet prioritised; then by target. */
export function byPriority<T extends { priority: string | null; targetDate: string | null }>(a: T, b: T) {
  const rank = (p: string | null) => (p === 'emergency' ? 0 : p === 'urgent' ? 1 : p === 'normal' ? 2 : 3);
  return (
    rank(a.priority) - rank(b.priority) || (a.targetDate ?? '9999').localeCompare(b.targetDate ?? '9999')
  );
}
