// Personal interviews: when and where, with which interpreter and who else was present, and the
// record, which only the assigned caseworker, decision-makers and administrators may read.
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../api/reference.ts';
import type { CaseInterview } from '../../api/types.ts';
import { Auto, DateTimeText, DayText } from '../../ui/text.tsx';

export function InterviewsPanel({ interviews }: { interviews: CaseInterview[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <section className="panel" aria-labelledby="interviews-heading">
      <h2 id="interviews-heading">{t('interviews.title')}</h2>
      {interviews.length === 0 ? (
        <p className="muted">{t('interviews.none')}</p>
      ) : (
        <ul className="interview-list">
          {interviews.map((i) => (
            <li key={i.id} className={`interview interview-${i.status}`}>
              <div className="interview-head">
                <strong>
                  <DateTimeText value={i.scheduledAt} />
                </strong>
                <span className={`badge interview-status-${i.status}`}>
                  {t(`interviewStatus.${i.status}`)}
                </span>
              </div>
              <dl className="event-details">
                {i.location && (
                  <div>
                    <dt>{t('interviews.location')}</dt>
                    <dd>
                      <Auto>{i.location}</Auto>
                    </dd>
                  </div>
                )}
                <div>
                  <dt>{t('interviews.interpreter')}</dt>
                  <dd>
                    {i.interpreterLanguage
                      ? labels.language(i.interpreterLanguage)
                      : t('actionField.noInterpreter')}
                  </dd>
                </div>
                {i.attendees.length > 0 && (
                  <div>
                    <dt>{t('interviews.attendees')}</dt>
                    <dd>{i.attendees.map((a) => t(`attendee.${a}`)).join(', ')}</dd>
                  </div>
                )}
                {i.heldOn && (
                  <div>
                    <dt>{t('interviews.heldOn')}</dt>
                    <dd>
                      <DayText value={i.heldOn} />
                    </dd>
                  </div>
                )}
              </dl>
              {i.record !== null && (
                <div className="interview-record">
                  <h3>{t('interviews.record')}</h3>
                  <p dir="auto">{i.record}</p>
                </div>
              )}
              {i.recordWithheld && <p className="withheld">{t('interviews.withheld')}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
