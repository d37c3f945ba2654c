// Where they apply: the resident's detention with its clocks and last days, their removal
// decisions (linked for removal officers), LFIP Art. 55 protections and alternatives.
import { useTranslation } from 'react-i18next';
import type { Resident } from '../../api/centre-types.ts';
import { can } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { Link } from '../../router.tsx';
import { DayText, Ltr } from '../../ui/text.tsx';
import { residentKey } from '../centres/queries.ts';
import { DetentionCard } from '../detention/DetentionCard.tsx';
import { AlternativesPanel } from '../removal/AlternativesPanel.tsx';
import { ProtectionsPanel } from '../removal/ProtectionsPanel.tsx';
import { RemovalStateBadge } from '../removal/RemovalHeader.tsx';
import '../detention/detention.css';
import '../removal/removal.css';

export function ResidentLegalPanel({ resident: r }: { resident: Resident }) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const key = residentKey(r.centreId, r.personId);
  return (
    <>
      {r.detentions.length > 0 && (
        <section className="panel" aria-labelledby="resident-detention-heading">
          <h2 id="resident-detention-heading">{t('detention.panel')}</h2>
          {r.detentions.map((d) => (
            <DetentionCard key={d.id} detention={d} mayAct={can(user, 'detention:manage')} refresh={[key]} />
          ))}
        </section>
      )}
      {r.removals.length > 0 && (
        <section className="panel" aria-labelledby="resident-removals-heading">
          <h2 id="resident-removals-heading">{t('removals.ofPerson')}</h2>
          <ul className="case-list">
            {r.removals.map((x) => (
              <li key={x.id}>
                {can(user, 'removals:read') ? (
                  <Link to={`/removals/${x.id}`}>
                    <Ltr className="mono">{x.reference}</Ltr>
                  </Link>
                ) : (
                  <Ltr className="mono">{x.reference}</Ltr>
                )}
                <RemovalStateBadge state={x.state} />
                <span className="small muted">
                  {t('removalCase.decidedOn')} <DayText value={x.decidedOn} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {r.protections.length > 0 && (
        <ProtectionsPanel personId={r.personId} protections={r.protections} mayManage={false} />
      )}
      {r.alternatives.length > 0 && <AlternativesPanel alternatives={r.alternatives} />}
    </>
  );
}
