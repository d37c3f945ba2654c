// A resident of a centre: who they are, where they have stayed, the services they received,
// their visits, child protection, and, where they apply, detention clocks, removal decisions
// and LFIP Art. 55 protections.
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../api/reference.ts';
import { useTitle } from '../../app/useTitle.ts';
import { Link } from '../../router.tsx';
import { FictionalBadge } from '../../ui/Badges.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { formatList } from '../../ui/format.ts';
import { Auto, DateText, Ltr } from '../../ui/text.tsx';
import { useResident } from '../centres/queries.ts';
import { ResidentMarks } from '../centres/Marks.tsx';
import { Fact, Facts } from '../person/Facts.tsx';
import { PlacementsPanel } from './PlacementsPanel.tsx';
import { ReferralsPanel } from './ReferralsPanel.tsx';
import { ResidentLegalPanel } from './ResidentLegalPanel.tsx';
import { ServicesPanel } from './ServicesPanel.tsx';
import { VisitsPanel } from './VisitsPanel.tsx';
import '../centres/centres.css';
import './resident.css';

export function ResidentPage({ centreId, personId }: { centreId: string; personId: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const query = useResident(centreId, personId);
  useTitle(query.data ? query.data.name : t('resident.title'));

  if (query.isPending) return <p className="loading">{t('common.loading')}</p>;
  if (query.isError) return <ProblemNotice error={query.error} />;
  const r = query.data;
  const current = r.placements.find((p) => p.endedOn === null && p.centreId === centreId);

  return (
    <article className="page resident" aria-labelledby="resident-heading">
      <p className="breadcrumb small">
        <Link to={`/centres/${centreId}`}>{t('resident.backToBoard')}</Link>
      </p>
      <header className="person-head">
        <div>
          <p className="muted case-kind">{t('resident.title')}</p>
          <h1 id="resident-heading">
            <Auto>{r.name}</Auto>
          </h1>
          <p className="id-line">
            {t('person.idNumber')}: <Ltr className="mono strong">{r.foreignerIdNumber}</Ltr>
          </p>
        </div>
        <div className="head-badges">
          {r.fictional && <FictionalBadge />}
          <ResidentMarks
            resident={{
              child: r.child,
              unaccompanied: r.specificNeeds.some((c) => UNACCOMPANIED.includes(c)),
              specialNeeds: r.specificNeeds.some((c) => c.startsWith('LFIP67-')),
              absentSince: current?.absentSince ?? null,
            }}
          />
        </div>
      </header>
      <section className="panel" aria-labelledby="resident-facts-heading">
        <h2 id="resident-facts-heading" className="visually-hidden">
          {t('person.identity')}
        </h2>
        <Facts>
          <Fact label={t('person.sex')}>{t(`sex.${r.sex}`)}</Fact>
          <Fact label={t('person.dateOfBirth')}>
            <DateText value={r.dateOfBirth} precision={r.dateOfBirthPrecision} />
            {r.schoolAge && <div className="small muted">{t('resident.schoolAge')}</div>}
          </Fact>
          <Fact label={t('person.nationality')}>{labels.nationality(r.nationality)}</Fact>
          <Fact label={t('resident.unit')}>
            {current ? (
              <>
                <Auto>{current.unitName}</Auto>
                <div className="small muted">
                  <Auto>{current.centreName}</Auto>
                </div>
              </>
            ) : (
              <span className="muted">{t('resident.notHere')}</span>
            )}
          </Fact>
          <Fact label={t('resident.needs')}>
            {r.specificNeeds.length
              ? formatList(
                  r.specificNeeds.map((c) => labels.need(c)),
                  labels.lang,
                )
              : null}
          </Fact>
        </Facts>
      </section>
      <PlacementsPanel placements={r.placements} />
      <div className="resident-grid">
        <ServicesPanel resident={r} current={Boolean(current)} />
        <VisitsPanel resident={r} current={Boolean(current)} />
      </div>
      {(r.child || r.referrals.length > 0) && <ReferralsPanel resident={r} current={Boolean(current)} />}
      <ResidentLegalPanel resident={r} />
    </article>
  );
}

const UNACCOMPANIED = ['LFIP67-UNACCOMPANIED_MINOR', 'SC-UC'];
