import { useTranslation } from 'react-i18next';
import { useLabels } from '../../api/reference.ts';
import type { PersonSummary } from '../../api/types.ts';
import { Link } from '../../router.tsx';
import { FictionalBadge } from '../../ui/Badges.tsx';
import { DateText, Ltr, PersonName } from '../../ui/text.tsx';

export function SearchResults({ results }: { results: PersonSummary[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <section aria-labelledby="results-heading" className="results">
      <h2 id="results-heading" aria-live="polite">
        {t('desk.resultCount', { count: results.length })}
      </h2>
      {results.length === 0 ? (
        <p>{t('desk.noResults')}</p>
      ) : (
        <ul className="result-list">
          {results.map((p) => (
            <li key={p.id}>
              <Link to={`/persons/${p.id}`} className="result">
                <span className="result-main">
                  <PersonName person={p} as="strong" />
                  {p.fictional && <FictionalBadge />}
                </span>
                <span className="result-meta">
                  <span>
                    {t('person.idNumber')}: <Ltr className="mono">{p.foreignerIdNumber}</Ltr>
                  </span>
                  <span>
                    {t('person.dateOfBirth')}:{' '}
                    <DateText value={p.dateOfBirth} precision={p.dateOfBirthPrecision} />
                  </span>
                  <span>{labels.nationality(p.nationality)}</span>
                  <span>{labels.province(p.provinceCode)}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
