// A record's events in order: each act, its legal date, who recorded it, and the details its
// screen knows how to show (each screen says how; details it does not know are left out).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DayText } from './text.tsx';

export interface TimelineEvent {
  id: number;
  kind: string;
  occurredOn: string;
  actor: string | null;
  details: unknown;
}

interface Props {
  events: TimelineEvent[];
  /** Distinguishes the heading and the list's style: e.g. 'removal', 'rs'. */
  name: string;
  eventLabel: (kind: string) => string;
  detailLabel: (key: string) => string;
  renderDetail: (key: string, value: unknown) => ReactNode;
}

export function EventTimeline({ events, name, eventLabel, detailLabel, renderDetail }: Props) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby={`${name}-events-heading`}>
      <h2 id={`${name}-events-heading`}>{t('timeline.title')}</h2>
      <ol className={`timeline case-timeline ${name}-timeline`}>
        {events.map((e) => (
          <li key={e.id} data-kind={e.kind}>
            <div className="timeline-head">
              <strong>{eventLabel(e.kind)}</strong>
              <DayText value={e.occurredOn} />
            </div>
            <div className="small muted">
              <bdi>{e.actor ?? t('audit.system')}</bdi>
            </div>
            <EventDetails details={e.details} detailLabel={detailLabel} renderDetail={renderDetail} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function EventDetails({
  details,
  detailLabel,
  renderDetail,
}: Pick<Props, 'detailLabel' | 'renderDetail'> & { details: unknown }) {
  if (details === null || typeof details !== 'object') return null;
  const rows = Object.entries(details)
    .map(([key, v]) => [key, renderDetail(key, v)] as const)
    .filter(([, shown]) => shown !== null);
  if (rows.length === 0) return null;
  return (
    <dl className="event-details">
      {rows.map(([key, shown]) => (
        <div key={key}>
          <dt>{detailLabel(key)}</dt>
          <dd>{shown}</dd>
        </div>
      ))}
    </dl>
  );
}

/** An event detail as text, whatever JSON it came as. */
export const detailText = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
