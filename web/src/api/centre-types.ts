// Shapes of the centres, care, removal and detention API as the staff app uses them. Where the
// server has a zod schema the type is inferred from it; the board, the resident page, the removal
// page and the detention page are built in *.view.ts, so their types are those functions' results
// (type-only imports: nothing of the server is bundled).
import type { z } from 'zod';
import type { board, residentView } from '../../../src/modules/care/care.view.ts';
import type {
  REFERRAL_STATUSES,
  SERVICE_CATEGORIES,
  visitView,
} from '../../../src/modules/care/care.schema.ts';
import type { centreSummary, centreView } from '../../../src/modules/centres/centres.schema.ts';
import type { detentionsDueView, detentionView } from '../../../src/modules/detention/detention.view.ts';
import type { removalList, removalView } from '../../../src/modules/removal/removal.view.ts';
import type { removalGuardOn } from '../../../src/modules/removal/removal.guard.ts';
import type { waitingList } from '../../../src/modules/placements/waiting-list.service.ts';

type Result<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

export type CentreSummary = z.infer<typeof centreSummary>;
export type CentreView = z.infer<typeof centreView>;
export type Unit = CentreView['units'][number];

export type Board = Result<typeof board>;
export type BoardResident = Board['residents'][number];
export type WaitingEntry = Result<typeof waitingList>[number];

// The resident view narrows some codes to one literal (`as 'social'`); widened here to the lists.
type RawResident = Result<typeof residentView>;
export type Visit = z.infer<typeof visitView>;
export type ServiceEntry = Omit<RawResident['services'][number], 'category'> & {
  category: (typeof SERVICE_CATEGORIES)[number];
};
export type Referral = Omit<RawResident['referrals'][number], 'status'> & {
  status: (typeof REFERRAL_STATUSES)[number];
};
export type Resident = Omit<RawResident, 'services' | 'visits' | 'referrals'> & {
  services: ServiceEntry[];
  visits: Visit[];
  referrals: Referral[];
};
export type Placement = Resident['placements'][number];

export type Detention = Result<typeof detentionView>;
export type DetentionClock = Detention['clocks'][number];
export type DetentionDue = Result<typeof detentionsDueView>[number];

export type RemovalView = Result<typeof removalView>;
export type RemovalBar = RemovalView['bars'][number];
/** GET /persons/:id/removal-guard?on=: could the removal be carried out on that day. */
export type DatedRemovalGuard = Result<typeof removalGuardOn>;
export type RemovalEvent = RemovalView['events'][number];
export type Protection = RemovalView['protections'][number];
export type AlternativeView = RemovalView['alternatives'][number];
/** A row of the directorate's list (GET /removals without a person). */
export type RemovalListItem = Extract<Result<typeof removalList>[number], { name: string }>;
/** A row of one person's list (GET /removals?personId=). */
export type RemovalSummary = Exclude<Result<typeof removalList>[number], { name: string }>;
