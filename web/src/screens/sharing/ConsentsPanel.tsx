// A person's consents to organisations, each for one purpose and written in a document: recorded
// and withdrawn by the authority's staff. A withdrawal is honoured at once: from that day the
// organisation sees nothing of the person for that purpose.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import type { PersonView } from '../../api/types.ts';
import { can } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { todayInTurkiye } from '../../ui/format.ts';
import { FormToggle } from '../../ui/FormToggle.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { QueryList } from '../../ui/QueryList.tsx';
import { Auto, DayText, latinName } from '../../ui/text.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { ConsentForm } from './ConsentForm.tsx';
import { consentsKey, useConsents, useOrganisationName } from './queries.ts';

export function ConsentsPanel({ person }: { person: PersonView }) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const orgName = useOrganisationName();
  const consents = useConsents(person.id);
  const [adding, setAdding] = useState(false);
  const mayRecord = can(user, 'consent:record');
  const withdraw = useSubmit({
    send: (id: string) =>
      post(`/api/v1/consents/${encodeURIComponent(id)}/withdrawal`, { on: todayInTurkiye() }),
    refresh: [consentsKey(person.id)],
  });
  return (
    <section className="panel" aria-labelledby="consents-heading">
      <div className="panel-head">
        <h2 id="consents-heading">{t('consents.title')}</h2>
        {mayRecord && (
          <FormToggle open={adding} onToggle={() => setAdding(!adding)} label={t('consents.record')} />
        )}
      </div>
      <p className="small muted">{t('consents.intro')}</p>
      {adding && (
        <ConsentForm
          people={[{ personId: person.id, name: latinName(person) }]}
          onDone={() => setAdding(false)}
        />
      )}
      <QueryList query={consents} emptyMessage={t('consents.none')}>
        {(items) => (
          <ul className="plain-list consent-list">
            {items.map((c) => (
              <li
                key={c.id}
                className={c.withdrawnOn ? 'withdrawn' : undefined}
                data-consent={`${c.organisationCode}/${c.purpose}`}
              >
                <div className="consent-line">
                  <span>
                    <strong>
                      <Auto>{orgName(c.organisationCode)}</Auto>
                    </strong>{' '}
                    · {t(`sharingPurpose.${c.purpose}`, { defaultValue: c.purpose })}{' '}
                    {c.withdrawnOn ? (
                      <span className="badge status-revoked">{t('consents.withdrawn')}</span>
                    ) : (
                      <span className="badge status-valid">{t('consents.inForce')}</span>
                    )}
                  </span>
                  {mayRecord && !c.withdrawnOn && (
                    <button
                      type="button"
                      className="button-quiet danger"
                      disabled={withdraw.mutation.isPending}
                      onClick={() => withdraw.mutation.mutate(c.id)}
                    >
                      {t('consents.withdraw')}
                    </button>
                  )}
                </div>
                <div className="small muted">
                  {t('consents.givenOn')} <DayText value={c.givenOn} /> · <Auto>{c.document}</Auto>
                  {c.withdrawnOn && (
                    <>
                      {' '}
                      · {t('consents.withdrawnOn')} <DayText value={c.withdrawnOn} />
                    </>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </QueryList>
      {withdraw.mutation.isError && <ProblemNotice error={withdraw.mutation.error} />}
    </section>
  );
}
