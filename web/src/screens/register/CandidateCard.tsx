import { useTranslation } from 'react-i18next';
import { useLabels } from '../../api/reference.ts';
import type { MatchCandidate } from '../../api/types.ts';
import { FictionalBadge } from '../../ui/Badges.tsx';
import { formatPercent } from '../../ui/format.ts';
import { Auto, DateText, Ltr, PersonName } from '../../ui/text.tsx';

/** At or above this score the server refuses a new registration without a decision. */
const HIGH = 0.8;

interface Props {
  idPrefix: string;
  candidate: MatchCandidate;
  different: boolean;
  onDifferent: (different: boolean) => void;
  samePersonLabel: string;
  onSamePerson: () => void;
}

export function CandidateCard({
  idPrefix,
  candidate,
  different,
  onDifferent,
  samePersonLabel,
  onSamePerson,
}: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const p = candidate.summary;
  const high = candidate.score >= HIGH;
  return (
    <article className={high ? 'candidate high' : 'candidate'} aria-label={`${p.givenName} ${p.familyName}`}>
      <div className="candidate-head">
        <PersonName person={p} as="strong" />
        {p.fictional && <FictionalBadge />}
        <span className="score" title={t('match.scoreHint')}>
          {t('match.score')} <Ltr>{formatPercent(candidate.score)}</Ltr>
        </span>
      </div>
      <dl className="facts">
        <div>
          <dt>{t('person.idNumber')}</dt>
          <dd>
            <Ltr className="mono">{p.foreignerIdNumber}</Ltr>
          </dd>
        </div>
        <div>
          <dt>{t('person.dateOfBirth')}</dt>
          <dd>
            <DateText value={p.dateOfBirth} precision={p.dateOfBirthPrecision} />
          </dd>
        </div>
        <div>
          <dt>{t('person.sex')}</dt>
          <dd>{t(`sex.${p.sex}`)}</dd>
        </div>
        <div>
          <dt>{t('person.nationality')}</dt>
          <dd>{labels.nationality(p.nationality)}</dd>
        </div>
        {p.fatherName && (
          <div>
            <dt>{t('person.fatherName')}</dt>
            <dd>
              <Auto>{p.fatherName}</Auto>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('person.provinceCode')}</dt>
          <dd>{labels.province(p.provinceCode)}</dd>
        </div>
      </dl>
      <ul className="reasons" aria-label={t('match.reasons')}>
        {candidate.reasons.map((r) => (
          <li key={r} className={r === 'different_nationality' ? 'reason reason-against' : 'reason'}>
            {t(`reason.${r}`)}
          </li>
        ))}
      </ul>
      <div className="candidate-actions">
        <a href={`/persons/${p.id}`} target="_blank" rel="noopener" className="button button-quiet">
          {t('match.openRecord')}
        </a>
        <button type="button" className="button-secondary" onClick={onSamePerson}>
          {samePersonLabel}
        </button>
        <label className="choice-option different-toggle">
          <input
            type="checkbox"
            id={`${idPrefix}-different-${p.id}`}
            checked={different}
            onChange={(e) => onDifferent(e.target.checked)}
          />
          {t('match.different')}
        </label>
      </div>
    </article>
  );
}
