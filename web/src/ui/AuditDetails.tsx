// The details of an audit event as short "key: value" pairs; values that are text typed by
// people (reasons) keep their own direction, numbers and codes stay LTR.
import { useTranslation } from 'react-i18next';
import { Auto, Ltr } from './text.tsx';

function show(value: unknown): string {
  if (Array.isArray(value)) return value.length ? value.map(show).join(', ') : '—';
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function AuditDetails({ details }: { details: Record<string, unknown> }) {
  const { t } = useTranslation();
  const entries = Object.entries(details);
  if (entries.length === 0) return null;
  return (
    <ul className="audit-details">
      {entries.map(([key, value]) => (
        <li key={key}>
          <span className="muted">{t(`auditDetail.${key}`, { defaultValue: key })}:</span>{' '}
          {key === 'reason' || key === 'note' ? <Auto>{show(value)}</Auto> : <Ltr>{show(value)}</Ltr>}
        </li>
      ))}
    </ul>
  );
}

/**
 * "person.read" → the translated action, or the code itself when we have no words for it; a step
 * of the procedure ("case.serve_decision") or of a resettlement case ("resettlement.submit") reads
 * as its timeline names it.
 */
export function useActionLabel(): (action: string) => string {
  const { t, i18n } = useTranslation();
  return (action) => {
    const step = /^case\.(\w+)$/.exec(action)?.[1];
    if (step && !i18n.exists(`action.case_${step}`) && i18n.exists(`caseEvent.${step}`))
      return t(`caseEvent.${step}`);
    const resettlement = /^resettlement\.(\w+)$/.exec(action)?.[1];
    if (
      resettlement &&
      !i18n.exists(`action.resettlement_${resettlement}`) &&
      i18n.exists(`rsEvent.${resettlement}`)
    )
      return t(`rsEvent.${resettlement}`);
    return t(`action.${action.replace(/\./g, '_')}`, { defaultValue: action });
  };
}
