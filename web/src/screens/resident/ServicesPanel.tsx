// The services log: what the resident received, when and from whom. Health notes appear only
// for health staff (the server leaves them out for everyone else).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Resident } from '../../api/centre-types.ts';
import { can } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { FormToggle } from '../../ui/FormToggle.tsx';
import { Auto, DayText } from '../../ui/text.tsx';
import { ServiceForm } from './ServiceForm.tsx';

export function ServicesPanel({ resident, current }: { resident: Resident; current: boolean }) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState(false);
  const mayRecord = current && can(user, 'services:record');
  return (
    <section className="panel" aria-labelledby="services-heading">
      <div className="panel-head">
        <h2 id="services-heading">{t('services.title')}</h2>
        {mayRecord && (
          <FormToggle
            open={adding}
            onToggle={() => {
              setDone(false);
              setAdding(!adding);
            }}
            label={t('services.add')}
          />
        )}
      </div>
      {done && (
        <p className="notice notice-info" role="status">
          {t('services.recorded')}
        </p>
      )}
      {adding && (
        <ServiceForm
          resident={resident}
          onDone={() => {
            setAdding(false);
            setDone(true);
          }}
        />
      )}
      {resident.services.length === 0 ? (
        <p className="muted">{t('services.none')}</p>
      ) : (
        <ul className="service-list">
          {resident.services.map((s) => (
            <li key={s.id} data-category={s.category}>
              <div className="timeline-head">
                <strong>{t(`serviceCategory.${s.category}`)}</strong>
                <DayText value={s.deliveredOn} />
              </div>
              <div className="small muted">
                {s.provider && (
                  <>
                    <Auto>{s.provider}</Auto> ·{' '}
                  </>
                )}
                {t('services.recordedBy')} <Auto>{s.deliveredBy}</Auto>
              </div>
              {s.summary && (
                <p className="service-summary">
                  <Auto>{s.summary}</Auto>
                </p>
              )}
              {s.healthNote && (
                <div className="health-note">
                  <span className="small strong">{t('services.healthNote')}</span>
                  <p>
                    <Auto>{s.healthNote}</Auto>
                  </p>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
