// A person's record: identity, contact, arrival, household, specific needs, documents, history.
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useLabels } from '../../api/reference.ts';
import type { PersonView } from '../../api/types.ts';
import { can } from '../../app/permissions.ts';
import { isAdministrator, useSession } from '../../app/session.ts';
import { useTitle } from '../../app/useTitle.ts';
import { Link } from '../../router.tsx';
import { FictionalBadge } from '../../ui/Badges.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { Auto, DateText, DateTimeText, Ltr, latinName, originalName } from '../../ui/text.tsx';
import { CasesPanel } from './CasesPanel.tsx';
import { ContactSection } from './ContactSection.tsx';
import { DocumentsPanel } from './DocumentsPanel.tsx';
import { Fact, Facts } from './Facts.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';
import { HouseholdSection } from './HouseholdSection.tsx';
import { NeedsPanel } from './NeedsPanel.tsx';
import { PersonRemovalsPanel } from '../removal/PersonRemovalsPanel.tsx';
import './person.css';

export const personKey = (id: string) => ['person', id] as const;

const PersonSharingSection = lazy(() =>
  import('../sharing/PersonSharingSection.tsx').then((m) => ({ default: m.PersonSharingSection })),
);

export function PersonPage({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: user } = useSession();
  const person = useQuery({
    queryKey: personKey(personId),
    queryFn: () => api<PersonView>(`/api/v1/persons/${encodeURIComponent(personId)}`),
  });
  useTitle(person.data ? latinName(person.data) : t('person.title'));

  if (person.isPending) return <p className="loading">{t('common.loading')}</p>;
  if (person.isError) return <ProblemNotice error={person.error} />;
  const p = person.data;
  const original = originalName(p);

  return (
    <article className="page person" aria-labelledby="person-heading">
      <header className="person-head">
        <div>
          <h1 id="person-heading">
            <bdi dir="auto">{latinName(p)}</bdi>
          </h1>
          {original && (
            <p className="original-name large">
              <bdi dir="auto">{original}</bdi>
            </p>
          )}
          <p className="id-line">
            {t('person.idNumber')}: <Ltr className="mono strong">{p.foreignerIdNumber}</Ltr>
          </p>
        </div>
        <div className="head-badges">
          {p.fictional && <FictionalBadge />}
          {isAdministrator(user) && (
            <Link to={`/audit?personId=${p.id}`} className="button button-quiet">
              {t('person.auditLink')}
            </Link>
          )}
        </div>
      </header>

      <div className="person-grid">
        <section className="panel" aria-labelledby="identity-heading">
          <h2 id="identity-heading">{t('person.identity')}</h2>
          <Facts>
            <Fact label={t('person.sex')}>{t(`sex.${p.sex}`)}</Fact>
            <Fact label={t('person.dateOfBirth')}>
              <DateText value={p.dateOfBirth} precision={p.dateOfBirthPrecision} />
              {p.dateOfBirthPrecision !== 'day' && p.dateOfBirthPrecision !== 'unknown' && (
                <span className="muted"> ({t(`precision.${p.dateOfBirthPrecision}`)})</span>
              )}
            </Fact>
            <Fact label={t('person.placeOfBirth')}>
              {p.placeOfBirth ? <Auto>{p.placeOfBirth}</Auto> : null}
            </Fact>
            <Fact label={t('person.nationality')}>{labels.nationality(p.nationality)}</Fact>
            <Fact label={t('person.fatherName')}>{p.fatherName ? <Auto>{p.fatherName}</Auto> : null}</Fact>
            <Fact label={t('person.motherName')}>{p.motherName ? <Auto>{p.motherName}</Auto> : null}</Fact>
          </Facts>
        </section>

        <ContactSection person={p} />

        <section className="panel" aria-labelledby="entry-heading">
          <h2 id="entry-heading">{t('register.sectionEntry')}</h2>
          <Facts>
            <Fact label={t('person.entryType')}>{t(`entry.${p.entryType}`)}</Fact>
            <Fact label={t('person.entryDate')}>{p.entryDate ? <DateText value={p.entryDate} /> : null}</Fact>
            <Fact label={t('person.entryPlace')}>{p.entryPlace ? <Auto>{p.entryPlace}</Auto> : null}</Fact>
            <Fact label={t('person.registeredIn')}>{labels.province(p.registrationProvinceCode)}</Fact>
            <Fact label={t('person.registeredOn')}>
              <DateTimeText value={p.createdAt} />
            </Fact>
          </Facts>
        </section>

        <HouseholdSection person={p} />
      </div>

      {can(user, 'cases:read') && <CasesPanel person={p} />}
      {can(user, 'removals:read') && <PersonRemovalsPanel person={p} />}
      <Suspense fallback={null}>
        <PersonSharingSection person={p} />
      </Suspense>
      <NeedsPanel person={p} />
      <DocumentsPanel person={p} />
      <HistoryPanel personId={p.id} />
    </article>
  );
}
