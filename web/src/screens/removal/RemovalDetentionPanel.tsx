// Detention pending removal: each detention of the person with its clocks, reviews and
// challenges, and while none is running and the decision is open, the order form.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemovalView } from '../../api/centre-types.ts';
import { can } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { FormToggle } from '../../ui/FormToggle.tsx';
import { DetentionCard } from '../detention/DetentionCard.tsx';
import { OrderDetentionForm } from '../detention/OrderDetentionForm.tsx';
import { removalKey } from './queries.ts';

const CLOSED = ['carried_out', 'annulled', 'cancelled'];

export function RemovalDetentionPanel({ removal: r }: { removal: RemovalView }) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const [ordering, setOrdering] = useState(false);
  const mayAct = can(user, 'detention:manage');
  const detained = r.detentions.some((d) => d.state === 'detained');
  const mayOrder = mayAct && !detained && !CLOSED.includes(r.state);
  return (
    <section className="panel" aria-labelledby="detention-heading">
      <div className="panel-head">
        <h2 id="detention-heading">{t('detention.panel')}</h2>
        {mayOrder && (
          <FormToggle open={ordering} onToggle={() => setOrdering(!ordering)} label={t('detention.order')} />
        )}
      </div>
      {ordering && mayOrder && (
        <OrderDetentionForm
          personId={r.personId}
          refresh={[removalKey(r.id)]}
          onDone={() => setOrdering(false)}
        />
      )}
      {r.detentions.length === 0 ? (
        <p className="muted">{t('detention.none')}</p>
      ) : (
        r.detentions.map((d) => (
          <DetentionCard key={d.id} detention={d} mayAct={mayAct} refresh={[removalKey(r.id)]} />
        ))
      )}
    </section>
  );
}
