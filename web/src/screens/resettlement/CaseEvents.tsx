// The case's events in order: the referral and each step, its date, who recorded it, and what it
// said (priority and categories, the review's outcome, the state and target, the state's decision).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResettlementEvent } from '../../api/sharing-types.ts';
import { Auto, DayText, Ltr } from '../../ui/text.tsx';
import { useOrganisationName } from '../sharing/queries.ts';

export function CaseEvents({ events }: { events: ResettlementEvent[] }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="rs-events-heading">
      <h2 id="rs-events-heading">{t('timeline.title')}</h2>
      <ol className="timeline case-timeline rs-timeline">
        {events.map((e) => (
          <li key={e.id} data-kind={e.kind}>
            <div className="timeline-head">
              <strong>{t(`rsEvent.${e.kind}`, { defaultValue: e.kind })}</strong>
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
  const orgName = useOrganisationName();
  if (details === null || typeof details !== 'object') return null;
  const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  const render = (key: string, v: unknown): ReactNode => {
    switch (key) {
      case 'organisation':
      case 'state':
        return <Auto>{orgName(text(v))}</Auto>;
      case 'members':
      case 'accepted':
      case 'rejected':
      case 'departed':
        return <Ltr>{text(v)}</Ltr>;
      case 'priority':
        return t(`rsPriority.${text(v)}`, { defaultValue: text(v) });
      case 'primary':
      case 'secondary':
        return t(`rsCategory.${text(v)}`, { defaultValue: text(v) });
      case 'outcome':
        return t(`rsReviewOutcome.${text(v)}`, { defaultValue: text(v) });
      case 'mode':
        return t(`rsDecisionMode.${text(v)}`, { defaultValue: text(v) });
      case 'targetDate':
        return <DayText value={text(v)} />;
      case 'medical':
      case 'orientation':
        return v ? t('common.yes') : t('common.no');
      case 'protectionCasesKept':
        return Array.isArray(v) && v.length ? <Ltr className="mono">{v.map(text).join(', ')}</Ltr> : null;
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
          <dt>{t(`rsEventDetail.${key}`, { defaultValue: key })}</dt>
          <dd>{shown}</dd>
        </div>
      ))}
    </dl>
  );
}
