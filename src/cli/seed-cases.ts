// Demo cases for the demo families, at different stages, dated relative to today so that the
// worklists of a fresh installation always show work: an appeal window open, an interview
// overdue, temporary protection granted, an interview to schedule, an interview booked.
import { addDays, ageOn } from '../domain/calendar.ts';
import type { Command, Track } from '../domain/procedure/states.ts';
import type { UseCaseContext } from '../core/use-case.ts';
import type { Relationship } from '../domain/reference/relationships.ts';
import { protectionCase } from '../modules/cases/records.service.ts';
import { lodgeCase, performAction } from '../modules/cases/cases.service.ts';

interface Member {
  personId: string;
  relationship: string;
  dateOfBirth: string | null;
  provinceCode: string;
}

type Step = [daysAgo: number, command: Command];
const interviewAt = (today: string, daysFromToday: number) =>
  `${addDays(today, daysFromToday)}T10:00:00+03:00`;

/** The story of each demo family's case, by its index in DEMO_FAMILIES. */
function storyOf(index: number, today: string): { track: Track; lodgedDaysAgo: number; steps: Step[] } {
  switch (index) {
    case 0: // rejected and served four days ago: both appeal windows open
      return {
        track: 'international_protection',
        lodgedDaysAgo: 60,
        steps: [
          [59, { action: 'register' }],
          [
            30,
            {
              action: 'schedule_interview',
              scheduledAt: interviewAt(today, -12),
              interpreterLanguage: 'prs',
              attendees: [],
            },
          ],
          [
            12,
            {
              action: 'record_interview',
              record: 'Demo record: account of events in Herat, given through a Dari interpreter.',
            },
          ],
          [
            6,
            {
              action: 'decide',
              decision: 'rejected',
              reasons: 'Demo reasons: the account was found not to establish a well-founded fear.',
            },
          ],
          [4, { action: 'serve_decision' }],
        ],
      };
    case 1: // registered 44 days ago and never interviewed: the interview is overdue
      return { track: 'international_protection', lodgedDaysAgo: 45, steps: [[44, { action: 'register' }]] };
    case 2: // temporary protection granted
      return {
        track: 'temporary_protection',
        lodgedDaysAgo: 200,
        steps: [[190, { action: 'grant_temporary_protection' }]],
      };
    case 3: // registered ten days ago; a survivor of violence, first on every list
      return { track: 'international_protection', lodgedDaysAgo: 10, steps: [[10, { action: 'register' }]] };
    default: // an unaccompanied child: interview booked with a social worker present
      return {
        track: 'international_protection',
        lodgedDaysAgo: 3,
        steps: [
          [3, { action: 'register' }],
          [
            1,
            {
              action: 'schedule_interview',
              scheduledAt: interviewAt(today, 2),
              interpreterLanguage: 'ps',
              attendees: ['social_worker', 'guardian'],
            },
          ],
        ],
      };
  }
}

export async function seedDemoCase(ctx: UseCaseContext, index: number, members: Member[]): Promise<string> {
  const story = storyOf(index, ctx.today);
  const lodgedOn = addDays(ctx.today, -story.lodgedDaysAgo);
  const principal = members.find((m) => m.relationship === 'principal');
  if (!principal) throw new Error('a demo family without a principal');
  const others = members.filter((m) => m !== principal);
  const caseId = await lodgeCase(ctx, {
    track: story.track,
    lodgedOn,
    lodgedVia: 'directorate',
    provinceCode: principal.provinceCode,
    principalPersonId: principal.personId,
    members: others.map((m) => ({
      personId: m.personId,
      relationship: m.relationship as Exclude<Relationship, 'principal'>,
      ...(!m.dateOfBirth || ageOn(m.dateOfBirth, lodgedOn) >= 18
        ? { consentGivenOn: lodgedOn, consentDocument: 'Demo consent form' }
        : {}),
    })),
  });
  for (const [daysAgo, command] of story.steps) {
    const row = await protectionCase(ctx, caseId);
    await performAction(ctx, caseId, {
      version: row!.version,
      occurredOn: addDays(ctx.today, -daysAgo),
      command,
    });
  }
  return (await protectionCase(ctx, caseId))!.reference;
}
