// The province's waiting list (special needs first, then by date), and for centre staff the
// admission of a request's person or family, together, to one unit of this centre.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board, WaitingEntry } from '../../api/centre-types.ts';
import { can } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { FictionalBadge } from '../../ui/Badges.tsx';
import { FormToggle } from '../../ui/FormToggle.tsx';
import { DownloadButtons } from '../../ui/DownloadButtons.tsx';
import { QueryList } from '../../ui/QueryList.tsx';
import { Auto, DayText, Ltr } from '../../ui/text.tsx';
import { VulnerableMark } from '../case/CaseHeader.tsx';
import { AdmitForm } from './AdmitForm.tsx';
import { useWaitingList } from './queries.ts';

export function WaitingListPanel({ board }: { board: Board }) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const list = useWaitingList(board.centre.provinceCode);
  const [open, setOpen] = useState<string | null>(null);
  const [admitted, setAdmitted] = useState<string | null>(null);
  const mayAdmit = can(user, 'placements:manage');

  return (
    <section className="panel" aria-labelledby="waiting-heading">
      <h2 id="waiting-heading">
        {t('waiting.title')} {list.data && <span className="count-badge">{list.data.length}</span>}
      </h2>
      <p className="small muted">{t('waiting.intro')}</p>
      <DownloadButtons
        path={`/api/v1/accommodation-requests?provinceCode=${encodeURIComponent(board.centre.provinceCode)}`}
      />
      {admitted && (
        <p className="notice notice-info" role="status">
          {admitted}
        </p>
      )}
      <QueryList query={list} emptyMessage={t('waiting.empty')}>
        {(items) => (
          <ul className="waiting-list">
            {items.map((entry) => (
              <li
                key={entry.id}
                className={entry.vulnerable ? 'vulnerable' : undefined}
                data-request={entry.id}
              >
                <WaitingLine entry={entry} />
                {mayAdmit && (
                  <FormToggle
                    open={open === entry.id}
                    onToggle={() => {
                      setAdmitted(null);
                      setOpen(open === entry.id ? null : entry.id);
                    }}
                    label={t('admit.open')}
                  />
                )}
                {open === entry.id && (
                  <AdmitForm
                    board={board}
                    entry={entry}
                    onDone={(unitName) => {
                      setOpen(null);
                      setAdmitted(t('admit.done', { name: entry.name, unit: unitName, count: entry.people }));
                    }}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryList>
    </section>
  );
}

function WaitingLine({ entry }: { entry: WaitingEntry }) {
  const { t } = useTranslation();
  return (
    <div className="waiting-line">
      <strong>
        <Auto>{entry.name}</Auto>
      </strong>
      {entry.fictional && <FictionalBadge />}
      {entry.vulnerable && <VulnerableMark />}
      <span className="small">
        {entry.people > 1 ? t('waiting.family', { count: entry.people }) : t('waiting.single')}
      </span>
      <span className="small muted">
        <Ltr className="mono">{entry.foreignerIdNumber}</Ltr> · {t('waiting.requestedOn')}{' '}
        <DayText value={entry.requestedOn} />
      </span>
    </div>
  );
}
