// One visit or meeting as the board and the resident page list it: when, who comes, its status;
// meetings with lawyers, legal representatives and UNHCR are marked confidential.
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../api/centre-types.ts';
import { isLang } from '../../i18n.ts';
import { formatDate, formatTime, dayInTurkiye } from '../../ui/format.ts';
import { Auto, Ltr } from '../../ui/text.tsx';

export function VisitWhen({ visit, withDay = true }: { visit: Visit; withDay?: boolean }) {
  const { i18n } = useTranslation();
  const lang = isLang(i18n.language) ? i18n.language : 'tr';
  const day = withDay ? `${formatDate(dayInTurkiye(visit.startsAt), lang)} ` : '';
  return (
    <time dateTime={visit.startsAt}>
      <Ltr>
        {day}
        {formatTime(visit.startsAt)}–{formatTime(visit.endsAt)}
      </Ltr>
    </time>
  );
}

export function VisitStatus({ status }: { status: Visit['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge visit-status visit-${status}`}>{t(`visitStatus.${status}`)}</span>;
}

export function Visitor({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  return (
    <span className="visitor">
      <strong>{t(`visitorKind.${visit.visitorKind}`)}</strong>: <Auto>{visit.visitorName}</Auto>
      {visit.visitorOrganisation && (
        <span className="muted">
          {' '}
          (<Auto>{visit.visitorOrganisation}</Auto>)
        </span>
      )}
      {visit.confidential && (
        <span className="badge mark-confidential" title={t('visits.confidentialHint')}>
          {t('visits.confidential')}
        </span>
      )}
    </span>
  );
}
