// One detention on its own page (from the worklist), with its removal decision when it has one.
import { useTranslation } from 'react-i18next';
import { can } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { useTitle } from '../../app/useTitle.ts';
import { Link } from '../../router.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { DetentionCard } from './DetentionCard.tsx';
import { useDetention } from './queries.ts';
import '../case/case.css';
import '../centres/centres.css';
import './detention.css';

export function DetentionPage({ detentionId }: { detentionId: string }) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const query = useDetention(detentionId);
  useTitle(query.data ? `${t('detention.title')} ${query.data.reference}` : t('detention.title'));
  if (query.isPending) return <p className="loading">{t('common.loading')}</p>;
  if (query.isError) return <ProblemNotice error={query.error} />;
  const d = query.data;
  return (
    <article className="page detention" aria-labelledby="detention-page-heading">
      <h1 id="detention-page-heading" className="visually-hidden">
        {t('detention.title')} {d.reference}
      </h1>
      <p className="breadcrumb small">
        <Link to="/detentions">{t('detentions.title')}</Link>
        {d.removalId && (
          <>
            {' '}
            · <Link to={`/removals/${d.removalId}`}>{t('detention.toRemoval')}</Link>
          </>
        )}{' '}
        · <Link to={`/persons/${d.personId}`}>{t('detention.toPerson')}</Link>
      </p>
      <section className="panel">
        <DetentionCard detention={d} mayAct={can(user, 'detention:manage')} />
      </section>
    </article>
  );
}
