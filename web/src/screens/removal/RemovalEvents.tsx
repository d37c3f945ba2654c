// The decision's events in order: each act, its legal date, who recorded it, and what it said.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../api/reference.ts';
import type { RemovalEvent } from '../../api/centre-types.ts';
import { formatList } from '../../ui/format.ts';
import { Auto, DayText, Ltr } from '../../ui/text.tsx';

export function RemovalEvents({ events }: { events: RemovalEvent[] }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="removal-events-heading">
      <h2 id="removal-events-heading">{t('timeline.title')}</h2>
      <ol className="timeline case-timeline removal-timeline">
        {events.map((e) => (
          <li key={e.id} data-kind={e.kind}>
            <div className="timeline-head">
              <strong>{t(`removalEvent.${e.kind}`, { defaultValue: e.kind })}</strong>
              <DayText value={e.occurredOn} />
            </div>
            <div className="small muted">
              <bdi>{e.actor ?? t('audit.system')}</bdi>
            </div>
            <EventDetails details={e.details} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function EventDetails({ details }: { details: unknown }) {
  const { t } = useTranslation();
  const labels = useLabels();
  if (details === null || typeof details !== 'object') return null;
  const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  const render = (key: string, v: unknown): ReactNode => {
    switch (key) {
      case 'grounds':
        return Array.isArray(v)
          ? formatList(
              v.map((g) => t(`removalGround.${text(g)}`)),
              labels.lang,
            )
          : null;
      case 'late':
        return v ? <strong className="days-overdue">{t('common.yes')}</strong> : null;
      case 'appealLastDay':
      case 'decisionDue':
        return <DayText value={text(v)} />;
      case 'rule':
        return <Ltr className="mono">{text(v)}</Ltr>;
      case 'outcome':
        return t(`removalAppealOutcome.${text(v)}`);
      case 'destination':
        return v ? labels.nationality(text(v)) : null;
      case 'reason':
        return <Auto>{text(v)}</Auto>;
      default:
        return null;
    }
  };
  const rows = Object.entries(details)
    .map(([key, v]) => [key, render(key, v)] as const)
    .filter(([, shown]) => shown !== null);
  if (rows.length === 0) return null;
  return (
    <dl className="event-details">
      {rows.map(([key, shown]) => (
        <div key={key}>
          <dt>{t(`removalEventDetail.${key}`, { defaultValue: key })}</dt>
          <dd>{shown}</dd>
        </div>
      ))}
    </dl>
  );
}
