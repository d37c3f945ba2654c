// Isolation of mixed-direction text: numbers, IDs, phones and dates are LTR islands inside
// Arabic and Persian; names typed by officers take their direction from their own letters.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatePrecision } from '../api/types.ts';
import { isLang } from '../i18n.ts';
import { formatDate, formatDateTime } from './format.ts';

export function Ltr({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <bdi dir="ltr" className={className ? `ltr ${className}` : 'ltr'}>
      {children}
    </bdi>
  );
}

/** A user-entered value (name, place, reason): its direction comes from its first letters. */
export function Auto({ children }: { children: ReactNode }) {
  return <bdi dir="auto">{children}</bdi>;
}

interface Named {
  givenName: string;
  familyName: string;
  givenNameOriginal?: string | null;
  familyNameOriginal?: string | null;
}

export function latinName(p: Named): string {
  return `${p.givenName} ${p.familyName}`;
}

export function originalName(p: Named): string | null {
  const parts = [p.givenNameOriginal, p.familyNameOriginal].filter((x): x is string => Boolean(x));
  return parts.length ? parts.join(' ') : null;
}

/** The name in Latin letters and, when recorded, in the original script beside it. */
export function PersonName({ person, as: Tag = 'span' }: { person: Named; as?: 'span' | 'strong' }) {
  const original = originalName(person);
  return (
    <span className="person-name">
      <Tag>
        <bdi dir="auto">{latinName(person)}</bdi>
      </Tag>
      {original && (
        <span className="original-name">
          <bdi dir="auto">{original}</bdi>
        </span>
      )}
    </span>
  );
}

export function DateText({ value, precision }: { value: string | null; precision?: DatePrecision }) {
  const { i18n, t } = useTranslation();
  if (!value || precision === 'unknown') return <span className="muted">{t('common.unknown')}</span>;
  return <Ltr>{formatDate(value, isLang(i18n.language) ? i18n.language : 'tr', precision)}</Ltr>;
}

export function DateTimeText({ value }: { value: string }) {
  const { i18n } = useTranslation();
  return (
    <time dateTime={value}>
      <Ltr>{formatDateTime(value, isLang(i18n.language) ? i18n.language : 'tr')}</Ltr>
    </time>
  );
}

/** A legal date as a machine-readable <time>, shown the way officers read dates. */
export function DayText({ value }: { value: string }) {
  const { i18n } = useTranslation();
  return (
    <time dateTime={value}>
      <Ltr>{formatDate(value, isLang(i18n.language) ? i18n.language : 'tr')}</Ltr>
    </time>
  );
}
