// The removal case page: the decision and its dates, whether it may be carried out today and
// what bars it, the steps that can be taken, detention, Art. 55 protections and the events.
import { useTranslation } from 'react-i18next';
import { can } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { useTitle } from '../../app/useTitle.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { AlternativesPanel } from './AlternativesPanel.tsx';
import { BarsPanel } from './BarsPanel.tsx';
import { DatedGuardPanel } from './DatedGuardPanel.tsx';
import { ProtectionsPanel } from './ProtectionsPanel.tsx';
import { removalKey, useRemoval } from './queries.ts';
import { RemovalActions } from './RemovalActions.tsx';
import { RemovalDetentionPanel } from './RemovalDetentionPanel.tsx';
import { RemovalEvents } from './RemovalEvents.tsx';
import { RemovalHeader } from './RemovalHeader.tsx';
import '../case/case.css';
import '../centres/centres.css';
import '../detention/detention.css';
import './removal.css';

const CLOSED = ['carried_out', 'annulled', 'cancelled'];

export function RemovalPage({ removalId }: { removalId: string }) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const query = useRemoval(removalId);
  useTitle(query.data ? `${t('removalCase.title')} ${query.data.reference}` : t('removalCase.title'));

  if (query.isPending) return <p className="loading">{t('common.loading')}</p>;
  if (query.isError) return <ProblemNotice error={query.error} />;
  const r = query.data;
  const manage = can(user, 'removals:manage');

  return (
    <article className="page case removal-case" aria-labelledby="removal-heading">
      <RemovalHeader removal={r} />
      <BarsPanel removal={r} />
      <DatedGuardPanel personId={r.personId} />
      {manage && <RemovalActions removal={r} />}
      <RemovalDetentionPanel removal={r} />
      <div className="case-grid">
        <ProtectionsPanel
          personId={r.personId}
          protections={r.protections}
          mayManage={manage}
          refresh={[removalKey(r.id)]}
        />
        <AlternativesPanel
          alternatives={r.alternatives}
          removalId={manage && !CLOSED.includes(r.state) ? r.id : undefined}
        />
      </div>
      <RemovalEvents events={r.events} />
    </article>
  );
}
