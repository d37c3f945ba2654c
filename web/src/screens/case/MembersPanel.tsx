// The applicant and the family members decided with them, each linked to their record.
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../api/reference.ts';
import type { CaseMember } from '../../api/types.ts';
import { Link } from '../../router.tsx';
import { FictionalBadge } from '../../ui/Badges.tsx';
import { DateText, DayText, Ltr, PersonName } from '../../ui/text.tsx';

export function MembersPanel({ members }: { members: CaseMember[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <section className="panel" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('caseMembers.title')}</h2>
      <ul className="household-list case-members">
        {members.map((m) => (
          <li key={m.personId}>
            <Link to={`/persons/${m.personId}`}>
              <PersonName person={m} />
            </Link>
            {m.fictional && <FictionalBadge />}
            <span className="muted">
              {m.role === 'principal' ? t('caseMembers.principal') : labels.relationship(m.relationship)}
            </span>
            <span className="small">
              <Ltr className="mono">{m.foreignerIdNumber}</Ltr> ·{' '}
              <DateText value={m.dateOfBirth} precision={m.dateOfBirthPrecision} /> ·{' '}
              {labels.nationality(m.nationality)}
            </span>
            {m.consentGivenOn && (
              <span className="small">
                {t('caseMembers.consentGivenOn')} <DayText value={m.consentGivenOn} />
                {m.consentDocument && (
                  <>
                    {' '}
                    (<bdi dir="auto">{m.consentDocument}</bdi>)
                  </>
                )}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
