// The case's events in the order they happened: the act, its legal date, who recorded it and
// when, the change of state, and what the act said (decision, ground, body, reasons).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../api/reference.ts';
import type { CaseEvent } from '../../api/types.ts';
import { Auto, DateTimeText, DayText, Ltr } from '../../ui/text.tsx';

export function TimelinePanel({ events }: { events: CaseEvent[] }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('timeline.title')}</h2>
      <ol className="timeline case-timeline">
        {events.map((e) => (
          <li key={e.id} data-action={e.action}>
            <div className="timeline-head">
              <strong>{t(`caseEvent.${e.action}`, { defaultValue: e.action })}</strong>
              <DayText value={e.occurredOn} />
            </div>
            <div className="small muted">
              <bdi>{e.actor ?? t('audit.system')}</bdi> · {t('timeline.recordedAt')}{' '}
              <DateTimeText value={e.recordedAt} />
            </div>
            {e.stateBefore && e.stateBefore !== e.stateAfter && (
              <div className="small">
                {t('timeline.stateChange', {
                  from: t(`caseState.${e.stateBefore}`),
                  to: t(`caseState.${e.stateAfter}`),
                })}
              </div>
            )}
            {e.correctsEventId !== null && (
              <div className="small">{t('timeline.corrects', { id: e.correctsEventId })}</div>
            )}
            <EventDetails event={e} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function EventDetails({ event }: { event: CaseEvent }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const text = (v: unknown) => (typeof v === 'string' ? v : String(v));
  const render = (key: string, v: unknown): ReactNode => {
    switch (key) {
      case 'decision':
        return t(`decision.${text(v)}`);
      case 'ground':
        return event.action === 'accelerate'
          ? t(`accelerationGround.${text(v)}`)
          : t(`tpEndGround.${text(v)}`, { defaultValue: text(v) });
      case 'inadmissibilityGround':
        return t(`inadmissibilityGround.${text(v)}`);
      case 'withdrawalGround':
        return t(`withdrawalGround.${text(v)}`);
      case 'body':
        return v ? t(`appealBody.${text(v)}`) : null;
      case 'outcome':
        return t(`appealOutcome.${text(v)}`);
      case 'lodgedVia':
        return t(`lodgedVia.${text(v)}`);
      case 'interpreterLanguage':
        return v ? labels.language(text(v)) : t('actionField.noInterpreter');
      case 'attendees':
        return Array.isArray(v) && v.length ? v.map((a) => t(`attendee.${text(a)}`)).join(', ') : null;
      case 'excused':
      case 'attended':
        return v ? t('common.yes') : t('common.no');
      case 'scheduledAt':
        return <DateTimeText value={text(v)} />;
      case 'dueOn':
      case 'firstDueOn':
        return <DayText value={text(v)} />;
      case 'from':
      case 'to':
        return event.action === 'correct_date' ? <DayText value={text(v)} /> : labels.province(text(v));
      case 'reasons':
      case 'statement':
      case 'reason':
      case 'displayName':
        return <Auto>{text(v)}</Auto>;
      case 'members':
      case 'intervalDays':
        return <Ltr>{text(v)}</Ltr>;
      default:
        return null; // identifiers (interviewId, userId) say nothing to a reader
    }
  };
  const rows = Object.entries(event.details)
    .map(([key, v]) => [key, render(key, v)] as const)
    .filter(([, shown]) => shown !== null);
  if (rows.length === 0) return null;
  return (
    <dl className="event-details">
      {rows.map(([key, shown]) => (
        <div key={key}>
          <dt>{t(`eventDetail.${key}`, { defaultValue: key })}</dt>
          <dd>{shown}</dd>
        </div>
      ))}
    </dl>
  );
}
