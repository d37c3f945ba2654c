// What an applicant sees of their own record, and nothing of anyone else's: the stage of their
// case, the next appointment, documents and expiry, reporting duty, open appeal windows with
// their last day, and what to do next. Every view is audited.
import type { Db } from '../../db/database.ts';
import { runUseCase, type RequestMeta } from '../../core/use-case.ts';
import { CLOCK_GROUP } from '../../domain/procedure/worklists.ts';
import * as repo from './dashboard.repository.ts';
import type { SS_WORDS } from './self-service.words.ts';

export type NextStep = keyof (typeof SS_WORDS)['en']['next'];

const PENDING = [
  'lodged',
  'referred',
  'registered',
  'interview_scheduled',
  'interviewed',
  'decided',
  'tp_pending',
];

function nextStep(state: string | undefined, windowsOpen: boolean): NextStep {
  if (!state) return 'none';
  if (windowsOpen || state === 'notified' || state === 'under_appeal') return 'appeal';
  if (state === 'protected' || state === 'tp_granted') return 'protected';
  if (PENDING.includes(state)) return 'pending';
  return 'final';
}

export type ApplicantDashboard = Awaited<ReturnType<typeof applicantDashboard>>;

/** The signed-in applicant's own record; the latest case is the one shown. */
export async function applicantDashboard(db: Db, meta: RequestMeta, personId: string, today: string) {
  return runUseCase(db, null, meta, async (ctx) => {
    const person = await repo.applicantName(ctx.trx, personId);
    const current = (await repo.casesOfApplicant(ctx.trx, personId))[0];
    const [interviews, clocks, documents] = await Promise.all([
      // The day begins at midnight in Türkiye (UTC+3), whatever the server's zone.
      current ? repo.nextScheduledInterview(ctx.trx, current.id, new Date(`${today}T00:00:00+03:00`)) : [],
      current ? repo.runningClocks(ctx.trx, current.id, today) : [],
      repo.validDocuments(ctx.trx, personId),
    ]);
    const windows = clocks.filter((c) => CLOCK_GROUP[c.code] === 'appeal_windows');
    ctx.audit({ action: 'applicant.dashboard', entityType: 'person', entityId: personId, personId });
    return {
      person,
      current,
      appointment: interviews[0],
      windows,
      documents,
      next: nextStep(current?.state, windows.length > 0),
    };
  });
}
