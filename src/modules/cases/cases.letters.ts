// The procedure's side of a decision letter: the facts of the served decision (members, reasons,
// the appeal windows it opened), handed to the letters module to write.
import type { UseCaseContext } from '../../core/use-case.ts';
import type { ProtectionCaseRow } from '../../db/schema.ts';
import { APPEAL_WINDOWS } from '../../domain/procedure/clocks.ts';
import { isPositive, type Decision } from '../../domain/procedure/states.ts';
import { writeDecisionLetters, type LetterFacts } from '../letters/letters.service.ts';
import * as repo from './cases.repository.ts';
import * as clocksRepo from './clocks.repository.ts';

export async function serveDecisionLetters(
  ctx: UseCaseContext,
  c: ProtectionCaseRow,
  eventId: number,
): Promise<void> {
  const [members, events, clocks] = await Promise.all([
    repo.membersOfCase(ctx.trx, c.id),
    repo.eventsOfCase(ctx.trx, c.id),
    clocksRepo.clocksOfCase(ctx.trx, c.id),
  ]);
  const principal = members.find((m) => m.role === 'principal')!;
  const reasonsEvent = [...events]
    .reverse()
    .find((e) => e.action === 'decide' || e.action === 'record_appeal_outcome');
  const byIpec = c.decision_by === 'ipec';
  const facts: LetterFacts = {
    reference: c.reference,
    servedOn: c.notified_on ?? ctx.today,
    decision: byIpec ? 'ipec_rejection' : (c.decision as Decision),
    reasons: typeof reasonsEvent?.details.reasons === 'string' ? reasonsEvent.details.reasons : '',
    applicant: {
      name: `${principal.given_name} ${principal.family_name}`,
      idNumber: principal.foreigner_id_number,
    },
    members: members
      .filter((m) => m.role !== 'principal')
      .map((m) => ({ name: `${m.given_name} ${m.family_name}`, idNumber: m.foreigner_id_number })),
    remedies:
      isPositive(c.decision) && !byIpec
        ? []
        : clocks
            .filter((k) => k.started_by_event_id === eventId && APPEAL_WINDOWS[k.code])
            .map((k) => ({
              code: k.code,
              ruleId: k.rule_id,
              lastDay: k.last_day,
              flags: k.flags,
            })),
  };
  await writeDecisionLetters(ctx, {
    caseId: c.id,
    eventId,
    principalPersonId: c.principal_person_id,
    languages: principal.languages,
    facts,
  });
}
