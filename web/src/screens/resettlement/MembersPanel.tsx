// The members of the case, each as the viewer may see them: the authority sees the shareable
// record, UNHCR only the fields of its agreement, and nobody outside the authority sees a member
// whose consent has been withdrawn. The state's decision and the departure are shown per member.
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../api/reference.ts';
import type { ResettlementCase } from '../../api/sharing-types.ts';
import { can, resettlementSide } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { Link } from '../../router.tsx';
import { SharedRecordView } from '../sharing/SharedRecordView.tsx';
import { memberName } from './members.ts';

export function MembersPanel({ kase }: { kase: ResettlementCase }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: user } = useSession();
  const authority = resettlementSide(user) === 'authority' && can(user, 'persons:read');
  return (
    <section className="panel" aria-labelledby="rs-members-heading">
      <h2 id="rs-members-heading">
        {t('resettlement.members')} <span className="count-badge">{kase.members.length}</span>
      </h2>
      <ul className="member-list">
        {kase.members.map((m, i) => {
          const name = memberName(m, i, t);
          return (
            <li key={m.personId} data-member={m.visible ? name : `hidden-${i + 1}`}>
              <div className="member-head">
                <strong>
                  {authority ? (
                    <Link to={`/persons/${m.personId}`}>
                      <bdi dir="auto">{name}</bdi>
                    </Link>
                  ) : (
                    <bdi dir="auto">{name}</bdi>
                  )}
                </strong>
                <span className="muted">{labels.relationship(m.relationship)}</span>
                {m.stateDecision && (
                  <span className={`badge decision-${m.stateDecision}`}>
                    {t(`rsMemberDecision.${m.stateDecision}`)}
                  </span>
                )}
                {m.departed && (
                  <span className="badge badge-departed">{t('resettlement.memberDeparted')}</span>
                )}
              </div>
              {m.visible && m.record ? (
                <SharedRecordView record={m.record} omit={['name']} />
              ) : (
                <p className="member-hidden">{t('resettlement.memberHidden')}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
