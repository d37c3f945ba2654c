// The directorate's removal decisions, newest first, optionally in one state.
import { useTranslation } from 'react-i18next';
import { REMOVAL_STATES } from '../../api/centre-codes.ts';
import { useTitle } from '../../app/useTitle.ts';
import { Link, useRouter } from '../../router.tsx';
import { FictionalBadge } from '../../ui/Badges.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { SelectField } from '../../ui/fields.tsx';
import { ListPage } from '../../ui/ListPage.tsx';
import { Auto, DayText, Ltr } from '../../ui/text.tsx';
import { useRemovals } from './queries.ts';
import { RemovalStateBadge } from './RemovalHeader.tsx';
import './removal.css';

export function RemovalsPage() {
  const { t } = useTranslation();
  useTitle(t('removals.title'));
  const { search, navigate } = useRouter();
  const state = search.get('state');
  const list = useRemovals(state);
  const day = (v: string | null) => (v ? <DayText value={v} /> : <span className="muted">—</span>);
  return (
    <ListPage
      className="removals"
      download={`/api/v1/removals${state ? `?state=${encodeURIComponent(state)}` : ''}`}
      title={t('removals.title')}
      intro={t('removals.intro')}
      above={
        <div className="card-panel province-picker">
          <SelectField
            id="removal-state"
            label={t('removals.state')}
            value={state ?? ''}
            onValue={(v) => navigate(v ? `/removals?state=${encodeURIComponent(v)}` : '/removals')}
            placeholder={t('removals.allStates')}
            options={REMOVAL_STATES.map((s) => ({ value: s, label: t(`removalState.${s}`) }))}
          />
        </div>
      }
      query={list}
      emptyMessage={t('removals.empty')}
    >
      {(items) => (
        <DataTable
          className="removal-table"
          caption={t('removals.title')}
          columns={[
            t('removalCase.title'),
            t('removalCase.person'),
            t('removalCase.decidedOn'),
            t('removalCase.appealLastDay'),
            t('removalCase.voluntaryDepartureUntil'),
          ]}
        >
          {items.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link to={`/removals/${r.id}`}>
                  <Ltr className="mono">{r.reference}</Ltr>
                </Link>
                <div className="row-badges">
                  <RemovalStateBadge state={r.state} />
                </div>
              </th>
              <td>
                <Auto>{r.name}</Auto>
                {r.fictional && <FictionalBadge />}
              </td>
              <td>{day(r.decidedOn)}</td>
              <td>{day(r.appealProtectiveLastDay)}</td>
              <td>{day(r.voluntaryDepartureUntil)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </ListPage>
  );
}
