// Decision letters as served, in Turkish and in the applicant's language; each opens printable.
import { useTranslation } from 'react-i18next';
import type { CaseLetter } from '../../api/types.ts';
import { LANGUAGES } from '../../i18n.ts';
import { DateTimeText, DayText } from '../../ui/text.tsx';

const autonym = (code: string) => LANGUAGES.find((l) => l.code === code)?.autonym ?? code;

export function LettersPanel({ letters }: { letters: CaseLetter[] }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="letters-heading">
      <h2 id="letters-heading">{t('letters.title')}</h2>
      {letters.length === 0 ? (
        <p className="muted">{t('letters.none')}</p>
      ) : (
        <ul className="letter-list">
          {letters.map((l) => (
            <li key={l.id}>
              <a
                href={`/api/v1/letters/${l.id}`}
                target="_blank"
                rel="noopener"
                className="button button-quiet"
                hrefLang={l.language}
              >
                {t('letters.open')} — <span lang={l.language}>{autonym(l.language)}</span>
              </a>
              <span>{t(`decision.${l.decision}`, { defaultValue: l.decision })}</span>
              {l.lastDay && (
                <span className="small">
                  {t('letters.lastDay')} <DayText value={l.lastDay} />
                </span>
              )}
              <span className="small muted">
                {t('letters.written')} <DateTimeText value={l.createdAt} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
