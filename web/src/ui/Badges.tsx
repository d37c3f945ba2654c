import { useTranslation } from 'react-i18next';
import type { DocumentStatus } from '../api/types.ts';

export function FictionalBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge badge-fictional" title={t('person.fictionalHint')}>
      {t('person.fictional')}
    </span>
  );
}

export function UnverifiedMark({ source }: { source: string }) {
  const { t } = useTranslation();
  return (
    <span className="badge badge-unverified" title={source}>
      {t('documents.unverified')}
    </span>
  );
}

export function StatusBadge({ status }: { status: DocumentStatus }) {
  const { t } = useTranslation();
  return <span className={`badge status-${status}`}>{t(`documents.status.${status}`)}</span>;
}
