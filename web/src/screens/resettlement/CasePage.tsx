// The resettlement case page: where the case stands and against which target, its members as the
// viewer may see them, the steps the viewer may take, and its events.
import { useTranslation } from 'react-i18next';
import { useTitle } from '../../app/useTitle.ts';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { CaseActions } from './CaseActions.tsx';
import { CaseEvents } from './CaseEvents.tsx';
import { CaseHeader } from './CaseHeader.tsx';
import { MembersPanel } from './MembersPanel.tsx';
import { useResettlementCase } from './queries.ts';
import '../case/case.css';
import '../person/person.css';
import '../removal/removal.css';
import './resettlement.css';

export function ResettlementCasePage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const query = useResettlementCase(caseId);
  useTitle(
    query.data ? `${t('resettlement.caseTitle')} ${query.data.reference}` : t('resettlement.caseTitle'),
  );
  if (query.isPending) return <p className="loading">{t('common.loading')}</p>;
  if (query.isError) return <ProblemNotice error={query.error} />;
  const c = query.data;
  return (
    <article className="page case resettlement-case" aria-labelledby="rs-case-heading">
      <CaseHeader kase={c} />
      <CaseActions kase={c} />
      <MembersPanel kase={c} />
      <CaseEvents events={c.events} />
    </article>
  );
}
