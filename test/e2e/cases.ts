// Seeding the protection procedure through the API (staff accounts, persons, cases and their
// steps), and the last days the tests expect, counted with the server's own rules and its
// holiday calendar rather than written down by hand.
import { addDays } from '../../src/domain/calendar.ts';
import { computeDeadline, holidayCalendar, type Deadline } from '../../src/domain/procedure/periods.ts';
import { ruleInForce, type LimitCode } from '../../src/domain/procedure/time-limits.ts';
import type { ApiClient } from './api.ts';

export const STAFF_PASSWORD = 'e2e-staff-password-5678';

/** Today in Türkiye (UTC+3 all year), as the server reckons legal dates. */
export const today = () => new Date(Date.now() + 3 * 3600_000).toISOString().slice(0, 10);
/** A legal date some days before today. */
export const daysAgo = (days: number) => addDays(today(), -days);

export interface CaseView {
  id: string;
  reference: string;
  version: number;
  state: string;
  letters: { id: string; language: string; decision: string; lastDay: string | null }[];
  clocks: { code: string; lastDay: string; closedOn: string | null }[];
}

export async function createStaff(
  api: ApiClient,
  username: string,
  role: string,
  displayName: string,
  provinceCode: string | null = '06',
): Promise<{ id: string; username: string }> {
  return api.post('/api/v1/users', {
    username,
    displayName,
    role,
    provinceCode,
    password: STAFF_PASSWORD,
    preferredLanguage: 'tr',
  });
}

export function lodge(
  api: ApiClient,
  principalPersonId: string,
  lodgedOn: string,
  provinceCode = '06',
): Promise<CaseView> {
  return api.post('/api/v1/cases', {
    track: 'international_protection',
    lodgedOn,
    lodgedVia: 'directorate',
    provinceCode,
    principalPersonId,
    members: [],
  });
}

export function act(
  api: ApiClient,
  c: CaseView,
  occurredOn: string,
  command: Record<string, unknown>,
): Promise<CaseView> {
  return api.post(`/api/v1/cases/${c.id}/actions`, { version: c.version, occurredOn, command });
}

/** Registration, an interview and a rejection, served: the steps before the appeal windows. */
export async function throughRejection(api: ApiClient, c: CaseView, start: number): Promise<CaseView> {
  let v = await act(api, c, daysAgo(start - 1), { action: 'register' });
  v = await act(api, v, daysAgo(start - 5), {
    action: 'schedule_interview',
    scheduledAt: `${daysAgo(start - 10)}T10:00:00+03:00`,
    interpreterLanguage: 'ar',
    attendees: [],
  });
  v = await act(api, v, daysAgo(start - 10), { action: 'record_interview', record: 'Account given.' });
  v = await act(api, v, daysAgo(start - 20), {
    action: 'decide',
    decision: 'rejected',
    reasons: 'The account does not establish a well-founded fear.',
  });
  return act(api, v, daysAgo(start - 23), { action: 'serve_decision' });
}

/** The last day of a limit started on a day, under the rule and the calendar the server uses. */
export async function expectedDeadline(
  api: ApiClient,
  code: LimitCode,
  startedOn: string,
): Promise<Deadline> {
  const rule = ruleInForce(code, startedOn);
  if (!rule) throw new Error(`no ${code} rule on ${startedOn}`);
  const first = Number(startedOn.slice(0, 4));
  const years = [first, first + 1];
  const views = await Promise.all(
    years.map((y) =>
      api.get<{
        year: number;
        maintained: boolean;
        holidays: { date: string; kind: 'full' | 'half_day_eve' }[];
      }>(`/api/v1/calendar/${y}`),
    ),
  );
  const calendar = holidayCalendar(
    views.flatMap((v) => v.holidays.map((h) => ({ date: h.date, kind: h.kind }))),
    views.filter((v) => v.maintained).map((v) => v.year),
  );
  return computeDeadline(rule, startedOn, calendar);
}

/** `2026-11-29` as the Turkish interface shows it. */
export const turkishDate = (iso: string) => iso.split('-').reverse().join('.');
