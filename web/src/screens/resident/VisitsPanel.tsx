// The resident's visits and meetings, newest first, each with the next steps centre staff may
// take; and the form to request one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Resident } from '../../api/centre-types.ts';
import { can } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { FormToggle } from '../../ui/FormToggle.tsx';
import { Auto } from '../../ui/text.tsx';
import { Visitor, VisitStatus, VisitWhen } from '../centres/VisitLine.tsx';
import { VisitActions } from './VisitActions.tsx';
import { VisitForm } from './VisitForm.tsx';

export function VisitsPanel({ resident, current }: { resident: Resident; current: boolean }) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const [adding, setAdding] = useState(false);
  const manage = can(user, 'visits:manage');
  return (
    <section className="panel" aria-labelledby="visits-heading">
      <div className="panel-head">
        <h2 id="visits-heading">{t('visits.title')}</h2>
        {manage && current && (
          <FormToggle open={adding} onToggle={() => setAdding(!adding)} label={t('visits.request')} />
        )}
      </div>
      {adding && <VisitForm resident={resident} onDone={() => setAdding(false)} />}
      {resident.visits.length === 0 ? (
        <p className="muted">{t('visits.none')}</p>
      ) : (
        <ul className="visit-list plain-list">
          {resident.visits.map((v) => (
            <li key={v.id} data-visitor={v.visitorKind}>
              <div className="timeline-head">
                <VisitWhen visit={v} />
                <VisitStatus status={v.status} />
              </div>
              <Visitor visit={v} />
              {v.notes && (
                <p className="small">
                  <Auto>{v.notes}</Auto>
                </p>
              )}
              {v.refusalReason && (
                <p className="small refusal-reason">
                  {t('visits.refusedBecause')} <Auto>{v.refusalReason}</Auto>
                </p>
              )}
              {manage && <VisitActions resident={resident} visit={v} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
