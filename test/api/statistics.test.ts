// Statistics on a small seeded set: the counts are right, fictional records are left out, small
// cells and the cells that would give them away are hidden, and bad requests are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, ageOn } from '../../src/domain/calendar.ts';
import { turkishToday } from '../../src/core/use-case.ts';
import type { Client, TestApp } from '../support/app.ts';
import { CaseDriver, registerPerson, startProcedureApp } from '../support/cases.ts';

const TODAY = turkishToday();
const yearsAgo = (years: number) => `${Number(TODAY.slice(0, 4)) - years}-01-15`;
let t: TestApp;
let registrar: Client;
let viewer: Client;
let fictionalId: string;

beforeAll(async () => {
  ({ t, registrar } = await startProcedureApp(TODAY, '38'));
  viewer = await t.as('statistics_viewer');
  const people: string[] = [];
  for (let i = 0; i < 7; i++)
    people.push(
      await registerPerson(registrar, {
        provinceCode: '38',
        nationality: 'SYR',
        sex: 'female',
        dateOfBirth: yearsAgo(30),
      }),
    );
  for (let i = 0; i < 2; i++)
    await registerPerson(registrar, {
      provinceCode: '38',
      nationality: 'AFG',
      sex: 'male',
      dateOfBirth: yearsAgo(9),
    });
  fictionalId = people[6]!;
  await t.db.kysely.updateTable('person').set({ fictional: true }).where('id', '=', fictionalId).execute();
  // Six applications lodged ten days ago, one lodged 400 days ago, all pending.
  for (const [i, personId] of people.slice(0, 6).entries())
    await CaseDriver.lodge(registrar, {
      track: 'international_protection',
      lodgedOn: addDays(TODAY, i === 0 ? -400 : -10),
      lodgedVia: 'directorate',
      principalPersonId: personId,
    });
  const sixth = await registerPerson(registrar, {
    provinceCode: '38',
    nationality: 'SYR',
    sex: 'female',
    dateOfBirth: yearsAgo(40),
  });
  await CaseDriver.lodge(registrar, {
    track: 'international_protection',
    lodgedOn: addDays(TODAY, -10),
    lodgedVia: 'directorate',
    principalPersonId: sixth,
  });
});
afterAll(() => t.close());

const cell = (table: any, row: string, column: string) =>
  table.rows.find((r: any) => r.key === row).cells[table.columnKeys.indexOf(column)];

describe('registered persons by age band and sex', () => {
  it("counts in UNHCR's bands, hides the small cells and what would give them away, leaves out fiction", async () => {
    const res = await viewer.get('/api/v1/statistics/persons?rows=age_unhcr&columns=sex');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const table = res.body.table;
    expect(table.columnKeys).toEqual(['female', 'male', 'other']);
    expect(table.rowKeys).toEqual(['0-4', '5-11', '12-17', '18-59', '60+', 'unknown']);
    expect(ageOn(yearsAgo(30), TODAY)).toBeGreaterThanOrEqual(18);
    expect(cell(table, '5-11', 'male')).toEqual({ value: null, suppressed: 'small' });
    // The male column's total (2) is small too; and the grand total less the other columns'
    // totals would give it away, so one of those is hidden as a complement.
    expect(table.columnTotals[1].value).toBeNull();
    const fiveToEleven = table.rows.find((r: any) => r.key === '5-11');
    expect(fiveToEleven.total.value).toBeNull();
    const others = [table.total, table.columnTotals[0], table.columnTotals[2]];
    expect(others.some((c: any) => c.value === null)).toBe(true);
    expect(res.body.rule.ar).toContain('<5');
    expect(res.body.asOf).toBe(TODAY);
  });

  it('leaves fictional records out', async () => {
    // Seven Syrian women of 18–59 were registered with this filter's nationality; one is fictional.
    const res = await viewer.get('/api/v1/statistics/persons?rows=sex&columns=age_unhcr&nationality=SYR');
    expect(res.status).toBe(200);
    expect(cell(res.body.table, 'female', '18-59')).toEqual({ value: 7, suppressed: null });
    expect(res.body.table.total).toEqual({ value: 7, suppressed: null });
  });

  it("in PMM's bands, 30-year-olds fall in 25–29 or 30–34", async () => {
    const res = await viewer.get('/api/v1/statistics/persons?rows=age_pmm&columns=nationality');
    expect(res.status).toBe(200);
    expect(res.body.table.rowKeys.slice(0, 6)).toEqual(['0-4', '5-9', '10-14', '15-18', '19-24', '25-29']);
    expect(res.body.table.rowKeys.at(-2)).toBe('75+');
  });

  it('a period whose end is before its start, and an unknown dimension, are 422 naming the field', async () => {
    const period = await viewer.get('/api/v1/statistics/persons?from=2026-05-01&to=2026-04-01');
    expect(period.status).toBe(422);
    expect(period.body.errors).toEqual([
      expect.objectContaining({ field: 'to', code: 'period_end_before_start' }),
    ]);
    const dimension = await viewer.get('/api/v1/statistics/persons?rows=religion');
    expect(dimension.status).toBe(422);
    expect(dimension.body.errors).toEqual([expect.objectContaining({ field: 'rows' })]);
  });

  it('only the statistics roles read them', async () => {
    const caseworker = await t.as('protection_caseworker', { provinceCode: '38' });
    expect((await caseworker.get('/api/v1/statistics/persons')).status).toBe(403);
  });
});

describe('the pending caseload by time waiting', () => {
  it('puts each application in its band, the lone old one hidden with a complement', async () => {
    const res = await viewer.get('/api/v1/statistics/procedure/pending');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const table = res.body.table;
    expect(table.columnKeys).toEqual(['0-6m', '6-12m', '1-2y', '2y+']);
    expect(table.rowKeys).toEqual(['SYR']);
    expect(cell(table, 'SYR', '1-2y')).toEqual({ value: null, suppressed: 'small' });
    // One row: its 0–6 months cell (6) would give the hidden one away through the total (7).
    const shown = [...table.rows[0].cells, table.rows[0].total, ...table.columnTotals, table.total];
    expect(shown.filter((c: any) => c.value === null).length).toBeGreaterThanOrEqual(4);
    expect(shown.some((c: any) => c.value !== null && c.value > 0 && c.value < 5)).toBe(false);
  });
});

describe('a table as a file', () => {
  it('HXL with the dimension hashtags, the hidden cells as on the screen and the rule', async () => {
    const res = await fetch(
      `${t.baseUrl}/api/v1/statistics/persons?rows=age_unhcr&columns=sex&format=hxl&lang=tr`,
      {
        headers: { authorization: `Bearer ${viewer.token}` },
      },
    );
    expect(res.status).toBe(200);
    const lines = (await res.text()).slice(1).split('\r\n');
    expect(lines[1]).toBe(
      '#age+range,#affected+sex_female,#affected+sex_male,#affected+sex_other,#affected+total',
    );
    expect(lines, lines.join('\n')).toContain('5-11,0,<5,0,<5');
    expect(lines.some((l) => l.startsWith('total,') && l.includes('<5'))).toBe(true);
    expect(lines.some((l) => l.startsWith('1 ile 4 arasındaki'))).toBe(true);
  });
});
