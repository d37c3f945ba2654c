// The directorate's removal decisions, newest first, optionally in one state.
import { useTranslation } from 'react-i18next';
import { REMOVAL_STATES } from '../../api/centre-codes.ts';
import { useTitle } from '../../app/useTitle.ts';
import { Link, useRouter } from '../../router.tsx';
import { FictionalBadge } from '../../ui/Badges.tsx';
import { SelectField } from '../../ui/fields.tsx';
import { ProblemNotice } from '../../ui/Problem.tsx';
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
    <section className="page removals">
      <div className="page-head">
        <h1>{t('removals.title')}</h1>
      </div>
      <p className="lead">{t('removals.intro')}</p>
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
      {list.isPending && <p className="loading">{t('common.loading')}</p>}
      {list.isError && <ProblemNotice error={list.error} />}
      {list.data?.length === 0 && <p className="muted">{t('removals.empty')}</p>}
      {list.data && list.data.length > 0 && (
        <div className="table-wrap">
          <table className="data-table removal-table">
            <caption className="visually-hidden">{t('removals.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('removalCase.title')}</th>
                <th scope="col">{t('removalCase.person')}</th>
                <th scope="col">{t('removalCase.decidedOn')}</th>
                <th scope="col">{t('removalCase.appealLastDay')}</th>
                <th scope="col">{t('removalCase.voluntaryDepartureUntil')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((r) => (
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
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
