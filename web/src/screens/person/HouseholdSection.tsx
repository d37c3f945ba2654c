import { useTranslation } from 'react-i18next';
import { useLabels } from '../../api/reference.ts';
import type { PersonView } from '../../api/types.ts';
import { Link } from '../../router.tsx';
import { DateText, Ltr } from '../../ui/text.tsx';

export function HouseholdSection({ person }: { person: PersonView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const household = person.household;
  return (
    <section className="panel" aria-labelledby="household-heading">
      <h2 id="household-heading">{t('person.household')}</h2>
      {!household ? (
        <p className="muted">{t('person.noHousehold')}</p>
      ) : (
        <ul className="household-list">
          {household.members.map((m) => {
            const self = m.personId === person.id;
            const name = <bdi dir="auto">{`${m.givenName} ${m.familyName}`}</bdi>;
            return (
              <li key={m.personId} className={self ? 'self' : undefined}>
                {self ? (
                  <strong aria-current="page">{name}</strong>
                ) : (
                  <Link to={`/persons/${m.personId}`}>{name}</Link>
                )}
                <span className="muted">{labels.relationship(m.relationship)}</span>
                <span className="small">
                  <Ltr className="mono">{m.foreignerIdNumber}</Ltr> ·{' '}
                  <DateText value={m.dateOfBirth} precision={m.dateOfBirthPrecision} />
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {household && household.hiddenMembers > 0 && (
        <p className="small muted">
          {t('person.hiddenMembers')} <Ltr>{String(household.hiddenMembers)}</Ltr>
        </p>
      )}
    </section>
  );
}
