// One worklist's cases in the server's order: specific needs first, then the nearest last day.
import { useTranslation } from 'react-i18next';
import type { WorklistPage } from '../../api/types.ts';
import { Link } from '../../router.tsx';
import { FictionalBadge } from '../../ui/Badges.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { DaysLeft, FlagList, UnverifiedDeadline, useLimitName } from '../../ui/Deadline.tsx';
import { DayText, Ltr } from '../../ui/text.tsx';
import { StateBadge, VulnerableMark } from '../case/CaseHeader.tsx';

export function WorklistTable({ page }: { page: WorklistPage }) {
  const { t } = useTranslation();
  const limitName = useLimitName();
  const title = t(`worklist.${page.list}`);
  return (
    <section aria-labelledby="worklist-heading">
      <h2 id="worklist-heading">{title}</h2>
      {page.items.length === 0 ? (
        <p className="muted">{t('worklists.empty')}</p>
      ) : (
        <DataTable
          className="worklist-table"
          caption={title}
          columns={[
            t('worklists.case'),
            t('worklists.applicant'),
            t('worklists.limit'),
            t('clock.lastDay'),
            t('worklists.remaining'),
          ]}
        >
          {page.items.map((item) => (
            <tr
              key={`${item.caseId}-${item.code ?? ''}-${item.dueOn ?? ''}`}
              className={item.vulnerable ? 'vulnerable' : undefined}
            >
              <th scope="row">
                <Link to={`/cases/${item.caseId}`}>
                  <Ltr className="mono">{item.reference}</Ltr>
                </Link>
                <div className="row-badges">
                  {item.vulnerable && <VulnerableMark />}
                  <StateBadge state={item.state} />
                  {item.procedure === 'accelerated' && (
                    <span className="badge procedure-accelerated">{t('procedure.accelerated')}</span>
                  )}
                </div>
              </th>
              <td>
                <bdi dir="auto">{`${item.principal.givenName} ${item.principal.familyName}`}</bdi>
                {item.principal.fictional && <FictionalBadge />}
                <div className="small muted">
                  <Ltr className="mono">{item.principal.foreignerIdNumber}</Ltr>
                </div>
              </td>
              <td>
                {item.code ? (
                  <>
                    {limitName(item.code)}
                    <div className="small muted">
                      <Ltr className="mono">{item.code}</Ltr>
                    </div>
                  </>
                ) : (
                  <span className="muted">{t('worklists.noLimit')}</span>
                )}
              </td>
              <td>
                {item.dueOn ? <DayText value={item.dueOn} /> : <span className="muted">—</span>}{' '}
                <UnverifiedDeadline flags={item.flags} />
                <FlagList
                  flags={item.flags.filter((f) => f === 'moved_to_working_day' || f === 'non_binding')}
                />
              </td>
              <td>
                <DaysLeft days={item.daysLeft} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
