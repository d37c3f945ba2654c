// What each action writes besides the state change: its own rows (interviews, reporting checks,
// letters), the case columns it sets, and what the event records. Checks that need the database
// (who may be assigned, which interview is scheduled) are here; the procedure's rules are not.
import { addDays } from '../../domain/calendar.ts';
import type { Command } from '../../domain/procedure/states.ts';
import { requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { AppError, conflict, invalid } from '../../core/errors.ts';
import type { ProtectionCaseRow } from '../../db/schema.ts';
import type { Updateable } from 'kysely';
import type { ProtectionCaseTable } from '../../db/schema.ts';
import { serveDecisionLetters } from './cases.letters.ts';
import * as staff from '../access/records.service.ts';
import * as interviewsRepo from './interviews.repository.ts';

export interface SideEffects {
  eventDetails: Record<string, unknown>;
  casePatch: Updateable<ProtectionCaseTable>;
  afterEvent?: (eventId: number, updated: ProtectionCaseRow) => Promise<void>;
}

export async function sideEffectsOf(
  ctx: UseCaseContext,
  row: ProtectionCaseRow,
  cmd: Command,
  on: string,
): Promise<SideEffects> {
  const actor = requireActor(ctx);
  const payload: Record<string, unknown> = { ...cmd };
  delete payload.action;
  const plain: SideEffects = { eventDetails: payload, casePatch: {} };
  switch (cmd.action) {
    case 'refer_to_province':
      if (cmd.provinceCode === row.province_code)
        throw invalid([{ field: 'command.provinceCode', message: 'is the current province' }]);
      return {
        eventDetails: { from: row.province_code, to: cmd.provinceCode },
        casePatch: { province_code: cmd.provinceCode },
      };
    case 'register':
      return { eventDetails: {}, casePatch: { registered_on: on } };
    case 'accelerate':
      return { eventDetails: payload, casePatch: { acceleration_ground: cmd.ground } };
    case 'assign_caseworker': {
      const user = await staff.staffMember(ctx, cmd.userId);
      if (
        !user ||
        !user.active ||
        user.role !== 'protection_caseworker' ||
        user.province_code !== row.province_code
      )
        throw invalid([
          { field: 'command.userId', message: "is not an active caseworker of the case's province" },
        ]);
      if (actor.role === 'protection_caseworker' && cmd.userId !== actor.userId)
        throw new AppError('FORBIDDEN', 'A caseworker may take a case, not assign it to someone else');
      return {
        eventDetails: { userId: user.id, displayName: user.display_name },
        casePatch: { assigned_caseworker_id: user.id },
      };
    }
    case 'schedule_interview': {
      if (cmd.scheduledAt.slice(0, 10) < on)
        throw invalid([{ field: 'command.scheduledAt', message: 'is before the day it was scheduled on' }]);
      await interviewsRepo.supersedeScheduledInterviews(ctx.trx, row.id);
      const { id } = await interviewsRepo.insertInterview(ctx.trx, {
        case_id: row.id,
        scheduled_at: cmd.scheduledAt,
        location: cmd.location ?? null,
        interpreter_language: cmd.interpreterLanguage,
        attendees: cmd.attendees,
      });
      return {
        eventDetails: {
          interviewId: id,
          scheduledAt: cmd.scheduledAt,
          interpreterLanguage: cmd.interpreterLanguage,
          attendees: cmd.attendees,
        },
        casePatch: {},
      };
    }
    case 'record_interview':
    case 'record_missed_interview': {
      const interview = await interviewsRepo.scheduledInterview(ctx.trx, row.id);
      if (!interview) throw conflict('No interview is scheduled');
      if (cmd.action === 'record_interview') {
        await interviewsRepo.updateInterview(ctx.trx, interview.id, {
          status: 'held',
          held_on: on,
          record: cmd.record,
          interviewer_id: actor.userId,
        });
        // The record is confidential: the event says that it exists, never what it says.
        return { eventDetails: { interviewId: interview.id }, casePatch: {} };
      }
      await interviewsRepo.updateInterview(ctx.trx, interview.id, {
        status: cmd.excused ? 'excused' : 'missed',
      });
      return { eventDetails: { interviewId: interview.id, excused: cmd.excused }, casePatch: {} };
    }
    case 'decide':
      return { eventDetails: payload, casePatch: { decided_on: on, notified_on: null } };
    case 'serve_decision':
      return {
        eventDetails: {},
        casePatch: { notified_on: on },
        afterEvent: (eventId, updated) => serveDecisionLetters(ctx, updated, eventId),
      };
    case 'record_appeal_outcome':
      return {
        eventDetails: { body: row.pending_appeal, outcome: cmd.outcome, reasons: cmd.reasons },
        casePatch:
          cmd.outcome === 'dismissed' ? { notified_on: on } : { decided_on: null, notified_on: null },
        // IPEC's rejection is the authority's side of the appeal: it is served with a letter.
        afterEvent:
          cmd.outcome === 'dismissed' && row.pending_appeal === 'ipec'
            ? (eventId, updated) => serveDecisionLetters(ctx, updated, eventId)
            : undefined,
      } satisfies SideEffects;
    case 'serve_delay_notice':
      return { eventDetails: {}, casePatch: { delay_notice_served_on: on } };
    case 'set_reporting_schedule':
      if (cmd.firstDueOn < on)
        throw invalid([{ field: 'command.firstDueOn', message: 'is before the day the schedule was set' }]);
      return {
        eventDetails: payload,
        casePatch: { reporting_interval_days: cmd.intervalDays, reporting_next_due: cmd.firstDueOn },
      };
    case 'record_reporting': {
      if (!row.reporting_interval_days || !row.reporting_next_due)
        throw conflict('No reporting schedule is set');
      if (cmd.dueOn > on)
        throw invalid([{ field: 'command.dueOn', message: 'is after the day it is recorded on' }]);
      const inserted = await interviewsRepo.insertReportingCheck(ctx.trx, {
        case_id: row.id,
        due_on: cmd.dueOn,
        attended: cmd.attended,
        recorded_by: actor.userId,
      });
      if (!inserted) throw conflict(`Reporting due on ${cmd.dueOn} is already recorded`);
      const next =
        cmd.dueOn >= row.reporting_next_due
          ? addDays(cmd.dueOn, row.reporting_interval_days)
          : row.reporting_next_due;
      return { eventDetails: payload, casePatch: { reporting_next_due: next } };
    }
    case 'grant_temporary_protection':
      return { eventDetails: {}, casePatch: { tp_granted_on: on, registered_on: row.registered_on ?? on } };
    case 'withdraw':
    case 'return_to_regular':
    case 'notify_headquarters':
    case 'file_appeal':
    case 'finalise':
    case 'end_temporary_protection':
      return plain;
  }
}
