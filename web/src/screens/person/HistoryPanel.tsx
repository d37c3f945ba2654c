// The person's timeline, loaded when asked for: reading it is itself recorded.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { AuditEvent } from '../../api/types.ts';
import { AuditDetails, useActionLabel } from '../../ui/AuditDetails.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
import { DateTimeText } from '../../ui/text.tsx';

export function HistoryPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const actionLabel = useActionLabel();
  const [open, setOpen] = useState(false);
  const history = useQuery({
    queryKey: ['history', personId],
    enabled: open,
    queryFn: () => api<{ events: AuditEvent[] }>(`/api/v1/persons/${personId}/history`),
  });

  return (
    <section className="panel" aria-labelledby="history-heading">
      <div className="panel-head">
        <h2 id="history-heading">{t('history.title')}</h2>
        <button
          type="button"
          className="button-quiet"
          aria-expanded={open}
          aria-controls="history-body"
          onClick={() => setOpen(!open)}
        >
          {open ? t('history.hide') : t('history.show')}
        </button>
      </div>
      <div id="history-body" hidden={!open}>
        {open && history.isPending && <p className="loading">{t('common.loading')}</p>}
        {history.isError && <ProblemNotice error={history.error} />}
        {history.data &&
          (history.data.events.length === 0 ? (
            <p className="muted">{t('history.empty')}</p>
          ) : (
            <ol className="timeline">
              {history.data.events.map((e) => (
                <li key={e.seq} className={e.outcome === 'denied' ? 'denied' : undefined}>
                  <div className="timeline-head">
                    <strong>{actionLabel(e.action)}</strong>
                    {e.outcome === 'denied' && (
                      <span className="badge status-revoked">{t('audit.denied')}</span>
                    )}
                  </div>
                  <div className="small muted">
                    <DateTimeText value={e.occurredAt} /> · <bdi>{e.actorUsername ?? t('audit.system')}</bdi>
                  </div>
                  <AuditDetails details={e.details} />
                </li>
              ))}
            </ol>
          ))}
      </div>
    </section>
  );
}
