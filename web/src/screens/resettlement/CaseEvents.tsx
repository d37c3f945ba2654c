// The case's events in order: the referral and each step, its date, who recorded it, and what it
// said (priority and categories, the review's outcome, the state and target, the state's decision).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResettlementEvent } from '../../api/sharing-types.ts';
import { detailText as text, EventTimeline } from '../../ui/EventTimeline.tsx';
import { Auto, DayText, Ltr } from '../../ui/text.tsx';
import { useOrganisationName } from '../sharing/queries.ts';

export function CaseEvents({ events }: { events: ResettlementEvent[] }) {
  const { t } = useTranslation();
  const orgName = useOrganisationName();
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
  return (
    <EventTimeline
      events={events}
      name="rs"
      eventLabel={(kind) => t(`rsEvent.${kind}`, { defaultValue: kind })}
      detailLabel={(key) => t(`rsEventDetail.${key}`, { defaultValue: key })}
      renderDetail={render}
    />
  );
}
