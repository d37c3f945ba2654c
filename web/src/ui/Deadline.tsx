// How a legal last day reads: days left or overdue, what the limit is, and every caveat on it.
// A last day resting on an unverified rule or calendar is marked UNVERIFIED wherever it is shown.
import { useTranslation } from 'react-i18next';
import { useLabels } from '../api/reference.ts';

/** Flags that make a last day uncertain (domain/procedure/periods.ts DEADLINE_FLAGS). */
export const UNVERIFIED_FLAGS: ReadonlySet<string> = new Set([
  'rule_unverified',
  'calendar_year_missing',
  'half_day_eve_unverified',
  'judicial_recess_unverified',
]);

export function DaysLeft({ days }: { days: number | null }) {
  const { t } = useTranslation();
  if (days === null) return null;
  if (days < 0) return <strong className="days days-overdue">{t('clock.overdue', { count: -days })}</strong>;
  if (days === 0) return <strong className="days days-today">{t('clock.lastDayToday')}</strong>;
  return (
    <span className={days <= 3 ? 'days days-soon' : 'days days-left'}>
      {t('clock.daysLeft', { count: days })}
    </span>
  );
}

export function UnverifiedDeadline({ flags }: { flags: readonly string[] }) {
  const { t } = useTranslation();
  const why = flags.filter((f) => UNVERIFIED_FLAGS.has(f));
  if (why.length === 0) return null;
  return (
    <span className="badge badge-unverified" title={why.map((f) => t(`flag.${f}`)).join(' · ')}>
      {t('clock.unverified')}
    </span>
  );
}

/** Every flag in words (the unverified ones too, so the reason is readable without hovering). */
export function FlagList({ flags }: { flags: readonly string[] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <ul className="flag-list">
      {flags.map((f) => (
        <li key={f} className={UNVERIFIED_FLAGS.has(f) ? 'flag flag-unverified' : 'flag'}>
          {t(`flag.${f}`, { defaultValue: f })}
        </li>
      ))}
    </ul>
  );
}

/** A time limit's name; on the documents-expiring list the code is a document type. */
export function useLimitName(): (code: string) => string {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  return (code) => (i18n.exists(`limit.${code}`) ? t(`limit.${code}`) : labels.documentType(code));
}
