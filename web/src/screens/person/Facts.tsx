import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function Facts({ children }: { children: ReactNode }) {
  return <dl className="facts">{children}</dl>;
}

/** A labelled value; an empty value reads "not recorded" rather than leaving a gap. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  const empty = children === null || children === undefined || children === '';
  return (
    <div>
      <dt>{label}</dt>
      <dd>{empty ? <span className="muted">{t('common.notRecorded')}</span> : children}</dd>
    </div>
  );
}
