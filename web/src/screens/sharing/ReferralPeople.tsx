// The people of a referral. The receiving organisation sees each through its agreement for the
// service (which fields, named), and nothing of someone whose consent was withdrawn; the
// authority's staff open the person's own record; a sending organisation is shown nothing more.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { ReferralView } from '../../api/sharing-types.ts';
import type { PersonView } from '../../api/types.ts';
import { can, organisationOf } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { Link } from '../../router.tsx';
import { Ltr, latinName } from '../../ui/text.tsx';
import { personKey } from '../person/PersonPage.tsx';
import type { Referable } from './ReferToAgencyForm.tsx';
import { SharedRecordView, useFieldNames } from './SharedRecordView.tsx';

/** The people the viewer may see by name (those the agreement lets through). */
export function visiblePeople(r: ReferralView): Referable[] {
  return r.persons.flatMap((p) =>
    p.visible && typeof p.record?.name === 'string' ? [{ personId: p.personId, name: p.record.name }] : [],
  );
}

export function ReferralPeople({ referral: r, receiver }: { referral: ReferralView; receiver: boolean }) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const fieldNames = useFieldNames();
  const authority = organisationOf(user) === null && can(user, 'persons:read');
  return (
    <section className="panel" aria-labelledby="referral-people-heading">
      <h2 id="referral-people-heading">
        {t('agency.people')} <span className="count-badge">{r.persons.length}</span>
      </h2>
      {receiver && <p className="small muted">{t('agency.boundaryHint')}</p>}
      <ul className="member-list">
        {r.persons.map((p, i) => (
          <li key={p.personId} data-person={i + 1}>
            {authority ? (
              <PersonLine personId={p.personId} />
            ) : p.visible && p.record ? (
              <>
                <SharedRecordView record={p.record} />
                <p className="small muted shared-fields">
                  {t('agency.fieldsShared')} {fieldNames(p.record)}
                </p>
              </>
            ) : (
              <p className="member-hidden">
                {t('resettlement.memberNumber', { n: i + 1 })}:{' '}
                {!receiver
                  ? t('agency.notShownToSender')
                  : r.status === 'closed' || r.status === 'declined'
                    ? t('agency.noLongerShared')
                    : t('resettlement.memberHidden')}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** For the authority: the person's name and number, linking to their record. */
function PersonLine({ personId }: { personId: string }) {
  const person = useQuery({
    queryKey: personKey(personId),
    queryFn: () => api<PersonView>(`/api/v1/persons/${encodeURIComponent(personId)}`),
  });
  if (!person.data) return <Link to={`/persons/${personId}`}>…</Link>;
  return (
    <div className="member-head">
      <Link to={`/persons/${personId}`}>
        <bdi dir="auto">{latinName(person.data)}</bdi>
      </Link>
      <Ltr className="mono small">{person.data.foreignerIdNumber}</Ltr>
    </div>
  );
}
