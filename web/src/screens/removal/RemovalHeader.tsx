// A removal decision: its reference and state, the person, the grounds, and every date that
// governs it (decided, notified, the appeal's last day, voluntary departure, the court's due day).
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../api/reference.ts';
import type { RemovalView } from '../../api/centre-types.ts';
import { Link } from '../../router.tsx';
import { FictionalBadge } from '../../ui/Badges.tsx';
import { Auto, DateTimeText, DayText, Ltr } from '../../ui/text.tsx';
import { Fact, Facts } from '../person/Facts.tsx';

export function RemovalStateBadge({ state }: { state: string }) {
  const { t } = useTranslation();
  return <span className={`badge removal-state removal-state-${state}`}>{t(`removalState.${state}`)}</span>;
}

export function RemovalHeader({ removal: r }: { removal: RemovalView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const day = (value: string | null) => (value ? <DayText value={value} /> : null);
  return (
    <header className="case-head">
      <div className="case-title">
        <p className="muted case-kind">{t('removalCase.kind')}</p>
        <h1 id="removal-heading">
          {t('removalCase.title')} <Ltr className="mono">{r.reference}</Ltr>
        </h1>
        <div className="case-badges">
          <RemovalStateBadge state={r.state} />
          {r.person.fictional && <FictionalBadge />}
        </div>
      </div>
      <section className="panel" aria-labelledby="removal-person-heading">
        <h2 id="removal-person-heading" className="visually-hidden">
          {t('removalCase.person')}
        </h2>
        <Facts>
          <Fact label={t('removalCase.person')}>
            <Link to={`/persons/${r.personId}`}>
              <Auto>{r.person.name}</Auto>
            </Link>
            <div className="small muted">
              <Ltr className="mono">{r.person.foreignerIdNumber}</Ltr> ·{' '}
              {labels.nationality(r.person.nationality)}
            </div>
          </Fact>
          <Fact label={t('removalCase.grounds')}>
            <ul className="ground-list">
              {r.grounds.map((g) => (
                <li key={g}>{t(`removalGround.${g}`, { defaultValue: g })}</li>
              ))}
            </ul>
          </Fact>
          <Fact label={t('removalCase.destination')}>
            {r.destinationCountry ? labels.nationality(r.destinationCountry) : null}
          </Fact>
          {r.apprehendedAt && (
            <Fact label={t('removalCase.apprehendedAt')}>
              <DateTimeText value={r.apprehendedAt} />
            </Fact>
          )}
        </Facts>
      </section>
      <section className="panel" aria-labelledby="removal-dates-heading">
        <h2 id="removal-dates-heading">{t('removalCase.dates')}</h2>
        <Facts>
          <Fact label={t('removalCase.decidedOn')}>{day(r.decidedOn)}</Fact>
          <Fact label={t('removalCase.notifiedOn')}>{day(r.notifiedOn)}</Fact>
          <Fact label={t('removalCase.appealLastDay')}>
            {r.appealLastDay && (
              <span data-date="appeal-last-day">
                <DayText value={r.appealLastDay} />
                {r.appealProtectiveLastDay && r.appealProtectiveLastDay !== r.appealLastDay && (
                  <div className="small muted">
                    {t('clock.protectiveLastDay')} <DayText value={r.appealProtectiveLastDay} />
                  </div>
                )}
                {r.appealRuleId && (
                  <div className="small muted">
                    <Ltr className="mono">{r.appealRuleId}</Ltr>
                  </div>
                )}
              </span>
            )}
          </Fact>
          <Fact label={t('removalCase.voluntaryDepartureUntil')}>
            {r.voluntaryDepartureUntil ? (
              <>
                <DayText value={r.voluntaryDepartureUntil} />
                {r.exitPermitNumber && (
                  <div className="small muted">
                    {t('removalCase.exitPermit')} <Ltr className="mono">{r.exitPermitNumber}</Ltr>
                  </div>
                )}
              </>
            ) : r.voluntaryDepartureDays ? (
              <span className="muted">
                {t('removalCase.voluntaryDays', { count: r.voluntaryDepartureDays })}
              </span>
            ) : (
              <span className="muted">{t('removalCase.noVoluntaryDeparture')}</span>
            )}
          </Fact>
          {r.appealLodgedOn && <Fact label={t('removalCase.appealLodgedOn')}>{day(r.appealLodgedOn)}</Fact>}
          <Fact label={t('removalCase.courtDecisionDue')}>{day(r.appealDecisionDue)}</Fact>
          {r.appealOutcome && (
            <Fact label={t('removalCase.appealOutcome')}>
              {t(`removalAppealOutcome.${r.appealOutcome}`)}
              <div className="small muted">{day(r.appealDecidedOn)}</div>
            </Fact>
          )}
          {r.carriedOutOn && <Fact label={t('removalCase.carriedOutOn')}>{day(r.carriedOutOn)}</Fact>}
          {r.closedReason && (
            <Fact label={t('removalCase.closedReason')}>
              {r.closedReason === 'annulled_by_court' ? (
                t('removalCase.annulledByCourt')
              ) : (
                <Auto>{r.closedReason}</Auto>
              )}
            </Fact>
          )}
        </Facts>
      </section>
    </header>
  );
}
