// On a person's page, for the authority's staff: referring the family for resettlement
// (caseworkers and decision-makers), referring them to an agency, their consents to organisations,
// and the powers of attorney they gave lawyers.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../api/types.ts';
import { can, organisationOf } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { FormToggle } from '../../ui/FormToggle.tsx';
import { latinName } from '../../ui/text.tsx';
import { ReferForm } from '../resettlement/ReferForm.tsx';
import { ConsentsPanel } from './ConsentsPanel.tsx';
import { PowersOfAttorneyPanel } from './PowersOfAttorneyPanel.tsx';
import { ReferToAgencyForm } from './ReferToAgencyForm.tsx';
import '../case/case.css';
import '../resettlement/resettlement.css';

type Open = 'resettlement' | 'agency' | null;

export function PersonSharingSection({ person }: { person: PersonView }) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const [open, setOpen] = useState<Open>(null);
  if (organisationOf(user) !== null) return null;
  const resettle = can(user, 'resettlement:refer');
  const refer = can(user, 'referrals:send');
  const others = (person.household?.members ?? [])
    .filter((m) => m.personId !== person.id)
    .map((m) => ({ personId: m.personId, name: latinName(m) }));
  const toggle = (which: Exclude<Open, null>, label: string) => (
    <FormToggle open={open === which} onToggle={() => setOpen(open === which ? null : which)} label={label} />
  );
  return (
    <>
      {(resettle || refer) && (
        <section className="panel" aria-labelledby="person-referrals-heading">
          <div className="panel-head">
            <h2 id="person-referrals-heading">{t('agency.ofPerson')}</h2>
            <div className="row-actions">
              {resettle && toggle('resettlement', t('resettlement.refer'))}
              {refer && toggle('agency', t('agency.refer'))}
            </div>
          </div>
          <p className="small muted">{t('agency.ofPersonIntro')}</p>
          {open === 'resettlement' && resettle && <ReferForm person={person} />}
          {open === 'agency' && refer && (
            <ReferToAgencyForm principal={{ personId: person.id, name: latinName(person) }} others={others} />
          )}
        </section>
      )}
      <div className="case-grid">
        {can(user, 'persons:read') && <ConsentsPanel person={person} />}
        {can(user, 'poa:record') && <PowersOfAttorneyPanel personId={person.id} />}
      </div>
    </>
  );
}
