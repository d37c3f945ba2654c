// Seeding centres, their staff and residents through the API, for the centre and removal journeys.
import { addDays } from '../../src/domain/calendar.ts';
import { person, type ApiClient, type Registered } from './api.ts';
import { act, daysAgo, lodge, STAFF_PASSWORD, today, type CaseView } from './cases.ts';

export interface Centre {
  id: string;
  name: string;
  units: Record<string, string>;
}

export const UNITS = [
  { name: 'Aile 1', unitType: 'family', capacity: 6 },
  { name: 'Aile 2', unitType: 'family', capacity: 6 },
  { name: 'Çocuk birimi', unitType: 'child', capacity: 10 },
  { name: 'Kadınlar', unitType: 'wing', sexRestriction: 'female', capacity: 20 },
  { name: 'Erkekler', unitType: 'wing', sexRestriction: 'male', capacity: 20 },
];

export async function createCentre(admin: ApiClient, code = 'ANK-KBM-1'): Promise<Centre> {
  const view = await admin.post<{ id: string; name: string; units: { id: string; name: string }[] }>(
    '/api/v1/centres',
    {
      code,
      name: 'Ankara Kabul ve Barınma Merkezi',
      kind: 'reception',
      provinceCode: '06',
      operator: 'authority',
      units: UNITS,
    },
  );
  return { id: view.id, name: view.name, units: Object.fromEntries(view.units.map((u) => [u.name, u.id])) };
}

export function centreUser(
  admin: ApiClient,
  username: string,
  role: string,
  displayName: string,
  centreId: string,
) {
  return admin.post<{ id: string }>('/api/v1/users', {
    username,
    displayName,
    role,
    centreId,
    password: STAFF_PASSWORD,
    preferredLanguage: 'tr',
  });
}

/** A date of birth `years` years and a few months before today. */
export const bornYearsAgo = (years: number) => addDays(today(), -(years * 365 + 100));

export async function register(api: ApiClient, fields: Record<string, unknown>): Promise<string> {
  return (await api.post<Registered>('/api/v1/persons', person(fields))).id;
}

/** A family of three (a mother, a school-age son, a small daughter) and an unaccompanied boy. */
export async function waitingFamilyAndChild(registrar: ApiClient) {
  const mother = await register(registrar, {
    givenName: 'Fatima',
    familyName: 'Haidari',
    givenNameOriginal: 'فاطمه',
    familyNameOriginal: 'حیدری',
    sex: 'female',
    dateOfBirth: bornYearsAgo(34),
    languages: ['fa'],
  });
  const son = await register(registrar, {
    givenName: 'Ali',
    familyName: 'Haidari',
    dateOfBirth: bornYearsAgo(9),
  });
  const daughter = await register(registrar, {
    givenName: 'Zahra',
    familyName: 'Haidari',
    sex: 'female',
    dateOfBirth: bornYearsAgo(4),
  });
  const boy = await register(registrar, {
    givenName: 'Reza',
    familyName: 'Ahmadi',
    dateOfBirth: bornYearsAgo(15),
    specificNeeds: ['LFIP67-UNACCOMPANIED_MINOR'],
  });
  const family = await registrar.post<{ id: string }>('/api/v1/accommodation-requests', {
    personId: mother,
    memberIds: [son, daughter],
    requestedOn: daysAgo(3),
  });
  const child = await registrar.post<{ id: string }>('/api/v1/accommodation-requests', {
    personId: boy,
    memberIds: [],
    requestedOn: daysAgo(1),
  });
  return { mother, son, daughter, boy, familyRequest: family.id, childRequest: child.id };
}

/**
 * Rejected and served long ago, with no appeal: the case is final, and nothing of the procedure
 * bars removal any more. The officers' accounts are passed in (each step needs its role).
 */
export async function finallyRejected(
  staff: { registrar: ApiClient; caseworker: ApiClient; decider: ApiClient },
  personId: string,
): Promise<CaseView> {
  let c = await lodge(staff.registrar, personId, daysAgo(150));
  c = await act(staff.registrar, c, daysAgo(150), { action: 'register' });
  c = await act(staff.caseworker, c, daysAgo(148), {
    action: 'schedule_interview',
    scheduledAt: `${daysAgo(140)}T10:00:00+03:00`,
    interpreterLanguage: 'fa',
    attendees: [],
  });
  c = await act(staff.caseworker, c, daysAgo(140), { action: 'record_interview', record: 'Interview held.' });
  c = await act(staff.decider, c, daysAgo(120), {
    action: 'decide',
    decision: 'rejected',
    reasons: 'The account does not establish a well-founded fear.',
  });
  c = await act(staff.caseworker, c, daysAgo(120), { action: 'serve_decision' });
  return act(staff.caseworker, c, daysAgo(60), { action: 'finalise' });
}

/** A case lodged and registered a few days ago: the application is pending. */
export async function pendingApplication(registrar: ApiClient, personId: string): Promise<CaseView> {
  const c = await lodge(registrar, personId, daysAgo(6));
  return act(registrar, c, daysAgo(5), { action: 'register' });
}
