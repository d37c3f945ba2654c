// The decision's events in order: each act, its legal date, who recorded it, and what it said.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../api/reference.ts';
import type { RemovalEvent } from '../../api/centre-types.ts';
import { detailText as text, EventTimeline } from '../../ui/EventTimeline.tsx';
import { formatList } from '../../ui/format.ts';
import { Auto, DayText, Ltr } from '../../ui/text.tsx';

export function RemovalEvents({ events }: { events: RemovalEvent[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
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
      case 'art55Assessment': {
        if (typeof v !== 'object' || v === null) return null;
        const needs = 'needs' in v && Array.isArray(v.needs) ? v.needs : [];
        const grounds = needs.map((n: unknown) =>
          typeof n === 'object' && n !== null && 'reason' in n ? t(`art55Need.${text(n.reason)}`) : '',
        );
        return (
          <>
            <div>{formatList(grounds.filter(Boolean), labels.lang)}</div>
            <Auto>{'text' in v ? text(v.text) : ''}</Auto>
          </>
        );
      }
      default:
        return null;
    }
  };
  return (
    <EventTimeline
      events={events}
      name="removal"
      eventLabel={(kind) => t(`removalEvent.${kind}`, { defaultValue: kind })}
      detailLabel={(key) => t(`removalEventDetail.${key}`, { defaultValue: key })}
      renderDetail={render}
    />
  );
}
