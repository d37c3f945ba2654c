// A protection case: where it stands, its running clocks, what can be done now, its members,
// interviews and letters, the rights and the removal guard that follow, and its timeline.
import { useTranslation } from 'react-i18next';
import { useTitle } from '../../app/useTitle.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { ActionsPanel } from './ActionsPanel.tsx';
import { CaseHeader } from './CaseHeader.tsx';
import { useCase } from './caseQuery.ts';
import { ClocksPanel } from './ClocksPanel.tsx';
import { InterviewsPanel } from './InterviewsPanel.tsx';
import { LettersPanel } from './LettersPanel.tsx';
import { MembersPanel } from './MembersPanel.tsx';
import { RemovalPanel, RightsPanel } from './RightsPanel.tsx';
import { TimelinePanel } from './TimelinePanel.tsx';
import './case.css';

export function CasePage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const query = useCase(caseId);
  useTitle(query.data ? `${t('case.title')} ${query.data.reference}` : t('case.title'));

  if (query.isPending) return <p className="loading">{t('common.loading')}</p>;
  if (query.isError) return <ProblemNotice error={query.error} />;
  const c = query.data;

  return (
    <article className="page case" aria-labelledby="case-heading">
      <CaseHeader kase={c} />
      <ClocksPanel clocks={c.clocks} />
      <ActionsPanel kase={c} />
      <div className="case-grid">
        <MembersPanel members={c.members} />
        <div>
          <RightsPanel kase={c} />
          <RemovalPanel removal={c.removal} />
        </div>
      </div>
      <InterviewsPanel interviews={c.interviews} />
      <LettersPanel letters={c.letters} />
      <TimelinePanel events={c.events} />
    </article>
  );
}
