// One simulated member of staff for bench/load.ts: a keep-alive connection of their own (as a
// browser has), a bearer session, and what their role does in a working day, by weight.
import http from 'node:http';
import type { Kind } from './load-report.ts';

export type Role = 'registration_officer' | 'protection_caseworker' | 'centre_staff';

export interface Outcome {
  kind: Kind;
  start: number;
  ms: number;
  status: number | string;
}

const SYLLABLES = [
  'ba',
  'da',
  'fe',
  'gi',
  'ho',
  'ja',
  'ku',
  'la',
  'me',
  'ni',
  'po',
  'ra',
  'su',
  'ti',
  'vo',
  'ze',
];
const syllables = (n: number) =>
  Array.from({ length: n }, () => SYLLABLES[Math.floor(Math.random() * SYLLABLES.length)]).join('');
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** A fictional person with names random enough not to look like anyone else registered. */
export function person() {
  const day = 1 + Math.floor(Math.random() * 28);
  return {
    givenName: cap(syllables(3)),
    familyName: cap(syllables(5)),
    sex: Math.random() < 0.5 ? 'female' : 'male',
    dateOfBirth: `${1950 + Math.floor(Math.random() * 60)}-${String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    dateOfBirthPrecision: 'day',
    nationality: ['AFG', 'IRQ', 'IRN', 'SOM', 'PAK'][day % 5],
    provinceCode: '34',
    entryType: 'irregular',
  };
}

const PORTAL = ['tr', 'en', 'ar', 'fa'].flatMap((lang) =>
  [
    'international-protection/apply',
    'international-protection/rights',
    'safety/violence-and-help',
    'faq/questions',
  ].map((page) => `/${lang}/${page}`),
);
const WORKLISTS = ['interviews_to_schedule', 'decisions_due', 'appeal_windows', 'documents_expiring'];
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;

export function turkishToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Istanbul' }).format(new Date());
}

export class Staff {
  people: readonly { id: string; familyName: string }[] = [];
  ownCase: { id: string; version: number; state: string } | undefined;
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  constructor(
    readonly role: Role,
    private readonly token: string,
    private readonly port: number,
    private readonly centreId: string,
  ) {}

  request(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    return new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = http.request(
        {
          host: '127.0.0.1',
          port: this.port,
          method,
          path,
          agent: this.agent,
          timeout: 30_000,
          headers: {
            authorization: `Bearer ${this.token}`,
            ...(payload
              ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
              : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString();
            let json: unknown = null;
            if ((res.headers['content-type'] ?? '').includes('json')) json = JSON.parse(text);
            resolve({ status: res.statusCode ?? 0, json });
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', reject);
      req.end(payload);
    });
  }

  private async timed(kind: Kind, method: string, path: string, body?: unknown) {
    const start = performance.now();
    try {
      const res = await this.request(method, path, body);
      return { outcome: { kind, start, ms: performance.now() - start, status: res.status }, json: res.json };
    } catch (error) {
      const status = (error as Error).message;
      return { outcome: { kind, start, ms: performance.now() - start, status }, json: null };
    }
  }

  /** One thing this person does next; a few actions take two requests. */
  async act(): Promise<Outcome[]> {
    const r = Math.random();
    if (r < 0.1) return [(await this.timed('baseline GET /auth/me', 'GET', '/api/v1/auth/me')).outcome];
    if (r < 0.2) return [(await this.timed('portal page', 'GET', pick(PORTAL))).outcome];
    const someone = this.people.length ? pick(this.people) : undefined;
    switch (this.role) {
      case 'registration_officer': {
        if (r < 0.5 || !someone) {
          const q = encodeURIComponent(someone ? someone.familyName.slice(0, 6) : 'Ahmad');
          return [(await this.timed('desk search', 'GET', `/api/v1/persons?q=${q}`)).outcome];
        }
        if (r < 0.85)
          return [(await this.timed('person page', 'GET', `/api/v1/persons/${someone.id}`)).outcome];
        if (r < 0.95)
          return [(await this.timed('registration', 'POST', '/api/v1/persons', person())).outcome];
        return this.lodgeNewCase();
      }
      case 'protection_caseworker': {
        if (r < 0.5) {
          const list = pick(WORKLISTS);
          return [(await this.timed('worklist', 'GET', `/api/v1/worklists/${list}`)).outcome];
        }
        if (!this.ownCase)
          return [(await this.timed('worklist', 'GET', '/api/v1/worklists/decisions_due')).outcome];
        if (r < 0.8)
          return [(await this.timed('case page', 'GET', `/api/v1/cases/${this.ownCase.id}`)).outcome];
        return [await this.caseStep()];
      }
      case 'centre_staff':
        return [(await this.timed('centre board', 'GET', `/api/v1/centres/${this.centreId}/board`)).outcome];
    }
  }

  private async lodgeNewCase(): Promise<Outcome[]> {
    const registered = await this.timed('registration', 'POST', '/api/v1/persons', person());
    const id = (registered.json as { id?: string } | null)?.id;
    if (!id) return [registered.outcome];
    const start = performance.now();
    const lodged = await this.timed('lodge + register case', 'POST', '/api/v1/cases', {
      track: 'international_protection',
      lodgedOn: turkishToday(),
      lodgedVia: 'directorate',
      principalPersonId: id,
    });
    const c = lodged.json as { id?: string; version?: number } | null;
    if (!c?.id) return [registered.outcome, lodged.outcome];
    const step = await this.timed('lodge + register case', 'POST', `/api/v1/cases/${c.id}/actions`, {
      version: c.version,
      command: { action: 'register' },
    });
    return [
      registered.outcome,
      {
        ...step.outcome,
        start,
        ms: performance.now() - start,
        status: Math.max(Number(lodged.outcome.status), Number(step.outcome.status)) || step.outcome.status,
      },
    ];
  }

  /** Interviews on the caseworker's own case: schedule, hold, schedule an additional one… */
  private async caseStep(): Promise<Outcome> {
    const c = this.ownCase!;
    const today = turkishToday();
    const command =
      c.state === 'interview_scheduled'
        ? {
            action: 'record_interview',
            record: 'The applicant described the journey and the reasons in detail.',
          }
        : {
            action: 'schedule_interview',
            scheduledAt: `${today}T16:00:00+03:00`,
            interpreterLanguage: 'fa',
            attendees: [],
          };
    const { outcome, json } = await this.timed('case step', 'POST', `/api/v1/cases/${c.id}/actions`, {
      version: c.version,
      command,
    });
    const view = json as { version?: number; state?: string } | null;
    if (outcome.status === 200 && view?.version)
      this.ownCase = { id: c.id, version: view.version, state: view.state! };
    return outcome;
  }
}
