// On a person's page, for removal officers: their removal decisions, their Art. 55 protections,
// and the way to take a removal decision while none is open.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../api/types.ts';
import { can } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { Link } from '../../router.tsx';
import { FormToggle } from '../../ui/FormToggle.tsx';
import { QueryList } from '../../ui/QueryList.tsx';
import { DayText, Ltr } from '../../ui/text.tsx';
import { OrderRemovalForm } from './OrderRemovalForm.tsx';
import { ProtectionsPanel } from './ProtectionsPanel.tsx';
import { usePersonRemovals, useProtections } from './queries.ts';
import { RemovalStateBadge } from './RemovalHeader.tsx';
import './removal.css';

const CLOSED = ['carried_out', 'annulled', 'cancelled'];

export function PersonRemovalsPanel({ person }: { person: PersonView }) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const [ordering, setOrdering] = useState(false);
  const removals = usePersonRemovals(person.id);
  const protections = useProtections(person.id);
  const manage = can(user, 'removals:manage');
  const open = (removals.data ?? []).some((r) => !CLOSED.includes(r.state));
  const protectedNow = (protections.data ?? []).some((p) => p.active);
  const mayOrder = manage && removals.isSuccess && !open;
  return (
    <>
      <section className="panel" aria-labelledby="person-removals-heading">
        <div className="panel-head">
          <h2 id="person-removals-heading">{t('removals.ofPerson')}</h2>
          {mayOrder && (
            <FormToggle open={ordering} onToggle={() => setOrdering(!ordering)} label={t('removals.order')} />
          )}
        </div>
        <QueryList query={removals} emptyMessage={t('removals.noneForPerson')}>
          {(items) => (
            <ul className="case-list">
              {items.map((r) => (
                <li key={r.id}>
                  <Link to={`/removals/${r.id}`}>
                    <Ltr className="mono">{r.reference}</Ltr>
                  </Link>
                  <RemovalStateBadge state={r.state} />
                  <span className="small muted">
                    {t('removalCase.decidedOn')} <DayText value={r.decidedOn} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </QueryList>
        {mayOrder && protectedNow && <p className="notice notice-warning">{t('removals.protectedNow')}</p>}
        {ordering && mayOrder && <OrderRemovalForm person={person} />}
      </section>
      {protections.data && (
        <ProtectionsPanel personId={person.id} protections={protections.data} mayManage={manage} />
      )}
    </>
  );
}
