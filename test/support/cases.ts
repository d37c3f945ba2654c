// Helpers for procedure tests: lodge a case and take steps, always with the version last seen.
import { expect } from 'vitest';
import { startTestApp, type Client, type Response, type TestApp } from './app.ts';
import { uniquePerson } from './factories.ts';

export async function registerPerson(
  client: Client,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const res = await client.post('/api/v1/persons', uniquePerson(overrides));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

export class CaseDriver {
  view: any;
  constructor(
    readonly id: string,
    view: any,
  ) {
    this.view = view;
  }

  static async lodge(client: Client, body: Record<string, unknown>): Promise<CaseDriver> {
    const res = await client.post('/api/v1/cases', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return new CaseDriver(res.body.id, res.body);
  }

  /** Takes a step that must succeed; the case page it returns becomes the current view. */
  async act(client: Client, occurredOn: string, command: Record<string, unknown>): Promise<any> {
    const res = await this.tryAct(client, occurredOn, command);
    expect(res.status, `${String(command.action)}: ${JSON.stringify(res.body)}`).toBe(200);
    this.view = res.body;
    return res.body;
  }

  tryAct(
    client: Client,
    occurredOn: string | undefined,
    command: Record<string, unknown>,
  ): Promise<Response> {
    return client.post(`/api/v1/cases/${this.id}/actions`, {
      version: this.view.version,
      ...(occurredOn ? { occurredOn } : {}),
      command,
    });
  }

  async reload(client: Client): Promise<any> {
    const res = await client.get(`/api/v1/cases/${this.id}`);
    expect(res.status).toBe(200);
    this.view = res.body;
    return res.body;
  }

  clock(code: string, which: 'open' | 'last' = 'last'): any {
    const clocks = this.view.clocks.filter(
      (c: any) => c.code === code && (which === 'last' || c.closedOn === null),
    );
    return clocks[clocks.length - 1];
  }
}

export async function worklistRefs(client: Client, list: string, provinceCode?: string): Promise<string[]> {
  const res = await client.get(
    `/api/v1/worklists/${list}${provinceCode ? `?provinceCode=${provinceCode}` : ''}`,
  );
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items.map((i: any) => i.reference);
}

export interface ProcedureTeam {
  t: TestApp;
  registrar: Client;
  caseworker: Client;
  decider: Client;
}

/** A test app standing on a fixed day, with the three roles of a provincial directorate. */
export async function startProcedureApp(today: string, provinceCode: string): Promise<ProcedureTeam> {
  const t = await startTestApp({ today });
  return {
    t,
    registrar: await t.as('registration_officer', { provinceCode }),
    caseworker: await t.as('protection_caseworker', { provinceCode }),
    decider: await t.as('decision_maker', { provinceCode }),
  };
}

/**
 * An application lodged on 1 June 2026, interviewed on 10 June, rejected and served on 1 July:
 * the start of every removal scenario (the appeal windows run from the service).
 */
export async function rejectedAndServed(
  team: Pick<ProcedureTeam, 'registrar' | 'caseworker' | 'decider'>,
  principalPersonId: string,
): Promise<CaseDriver> {
  const { registrar, caseworker, decider } = team;
  const c = await CaseDriver.lodge(registrar, {
    track: 'international_protection',
    lodgedOn: '2026-06-01',
    lodgedVia: 'directorate',
    principalPersonId,
  });
  await c.act(registrar, '2026-06-01', { action: 'register' });
  await c.act(caseworker, '2026-06-02', {
    action: 'schedule_interview',
    scheduledAt: '2026-06-10T10:00:00+03:00',
    interpreterLanguage: 'fa',
    attendees: [],
  });
  await c.act(caseworker, '2026-06-10', { action: 'record_interview', record: 'Interview held in Farsi.' });
  await c.act(decider, '2026-07-01', {
    action: 'decide',
    decision: 'rejected',
    reasons: 'No well-founded fear.',
  });
  await c.act(caseworker, '2026-07-01', { action: 'serve_decision' });
  return c;
}
