// Removal decisions (LFIP Arts. 52-56) and the bars to carrying one out. Pure: the service
// locks the person, the decision and the person's protection cases, then asks here.
import type { RemovalGuard } from '../procedure/non-refoulement.ts';

/** LFIP Art. 54 grounds (domain.md §9.2 gives them as a selection, not by letter). */
export const REMOVAL_GROUNDS = [
  'penal_code_art59',
  'terrorist_or_criminal_organisation',
  'false_information_or_documents',
  'illegitimate_livelihood',
  'public_order_security_health_threat',
  'visa_overstay',
  'residence_permit_cancelled',
  'residence_permit_overstay',
  'unauthorised_work',
  'entry_exit_breach',
  'entry_ban_breach',
  'protection_ended_no_right_to_stay',
  'residence_extension_refused',
  'listed_terrorist_links',
] as const;
export type RemovalGround = (typeof REMOVAL_GROUNDS)[number];

/**
 * LFIP Art. 55: no removal decision (and so no removal) for (a) a serious risk of the death
 * penalty, torture or inhuman treatment; (b) health, age or pregnancy making travel risky;
 * (c) ongoing treatment for a life-threatening illness unavailable at the destination;
 * (ç) victims of trafficking in the victim-support process; (d) victims of serious violence
 * until their treatment is complete.
 */
export const ART55_GROUNDS = ['a', 'b', 'c', 'ç', 'd'] as const;
export type Art55Ground = (typeof ART55_GROUNDS)[number];

/** Art. 56(2): no voluntary-departure period for these grounds (and for an absconding risk). */
const NO_VOLUNTARY_DEPARTURE: readonly RemovalGround[] = [
  'entry_exit_breach',
  'false_information_or_documents',
  'public_order_security_health_threat',
  'terrorist_or_criminal_organisation',
  'listed_terrorist_links',
];

export const VOLUNTARY_DEPARTURE_DAYS = { min: 15, max: 30 } as const;

export function voluntaryDepartureBar(
  grounds: readonly RemovalGround[],
  abscondingRisk: boolean,
): 'absconding_risk' | RemovalGround | null {
  if (abscondingRisk) return 'absconding_risk';
  return grounds.find((g) => NO_VOLUNTARY_DEPARTURE.includes(g)) ?? null;
}

export const REMOVAL_STATES = [
  'decided',
  'notified',
  'under_appeal',
  'enforceable',
  'carried_out',
  'annulled',
  'cancelled',
] as const;
export type RemovalState = (typeof REMOVAL_STATES)[number];

export const CLOSED_REMOVAL_STATES: readonly RemovalState[] = ['carried_out', 'annulled', 'cancelled'];

/** What stops the removal itself, besides the bars of the protection procedure. */
export const REMOVAL_EXECUTION_BARS = [
  'removal_not_notified',
  'removal_appeal_window_open',
  'removal_appeal_pending',
  'voluntary_departure_running',
  'removal_closed',
  'art55_protection',
] as const;
export type RemovalExecutionBar = (typeof REMOVAL_EXECUTION_BARS)[number];

export interface RemovalFacts {
  state: RemovalState;
  appealProtectiveLastDay: string | null;
  voluntaryDepartureUntil: string | null;
}

export interface ExecutionBar {
  bar: RemovalExecutionBar | RemovalGuard['bars'][number];
  /** The provision that sets the bar, e.g. `LFIP-55-ç`, `LFIP-53`, `LFIP-4`. */
  rule: string;
}

/** Everything that forbids carrying out a removal today; empty when it may go ahead. */
export function executionBars(
  removal: RemovalFacts,
  activeProtections: readonly Art55Ground[],
  procedure: RemovalGuard,
  today: string,
): ExecutionBar[] {
  const bars: ExecutionBar[] = [];
  for (const ground of new Set(activeProtections))
    bars.push({ bar: 'art55_protection', rule: `LFIP-55-${ground}` });
  for (const bar of procedure.bars) bars.push({ bar, rule: 'LFIP-4' });
  switch (removal.state) {
    case 'decided':
      bars.push({ bar: 'removal_not_notified', rule: 'LFIP-52' });
      break;
    case 'notified':
      // Art. 53: the appeal suspends removal; so does the time to lodge it.
      if (removal.appealProtectiveLastDay === null || today <= removal.appealProtectiveLastDay)
        bars.push({ bar: 'removal_appeal_window_open', rule: 'LFIP-53' });
      break;
    case 'under_appeal':
      bars.push({ bar: 'removal_appeal_pending', rule: 'LFIP-53' });
      break;
    case 'enforceable':
      break;
    case 'carried_out':
    case 'annulled':
    case 'cancelled':
      bars.push({ bar: 'removal_closed', rule: 'STATE' });
  }
  if (removal.voluntaryDepartureUntil !== null && today <= removal.voluntaryDepartureUntil)
    bars.push({ bar: 'voluntary_departure_running', rule: 'LFIP-56' });
  return bars;
}

/** Whether a recorded Art. 55 protection is in force on a day. */
export function protectionActive(
  p: { recordedOn: string; until: string | null; endedOn: string | null },
  on: string,
) {
  return p.recordedOn <= on && (p.until === null || on <= p.until) && (p.endedOn === null || on < p.endedOn);
}
