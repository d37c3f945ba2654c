import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { uniquePerson } from '../support/factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('registration statistics', () => {
  it('counts by province and nationality and hides cells under five', async () => {
    for (let i = 0; i < 6; i++)
      await t.admin.post('/api/v1/persons', uniquePerson({ nationality: 'AFG', provinceCode: '38' }));
    await t.admin.post('/api/v1/persons', uniquePerson({ nationality: 'ERI', provinceCode: '38' }));
    const viewer = await t.as('statistics_viewer');
    const res = await viewer.get('/api/v1/statistics/registrations');
    expect(res.status).toBe(200);
    expect(res.body.totalShown).toBe(6);
    expect(res.body.suppressedCells).toBe(1);
    expect(res.body.rows).toEqual(
      expect.arrayContaining([
        { provinceCode: '38', nationality: 'AFG', persons: 6 },
        { provinceCode: '38', nationality: 'ERI', persons: null },
      ]),
    );
    // The statistics viewer sees counts, never a person.
    expect((await viewer.get('/api/v1/persons?q=Arash')).status).toBe(403);
  });
});

describe('reference data', () => {
  it('labels every code in Turkish, English, Arabic and Persian', async () => {
    const res = await (await t.as('lawyer')).get('/api/v1/reference');
    expect(res.status).toBe(200);
    for (const list of [
      'specificNeeds',
      'relationships',
      'documentTypes',
      'nationalities',
      'languages',
    ] as const) {
      for (const item of res.body[list]) {
        for (const lang of ['tr', 'en', 'ar', 'fa'])
          expect(item.labels[lang], `${list} ${item.code} ${lang}`).toBeTruthy();
      }
    }
    expect(res.body.provinces).toHaveLength(81);
    expect(res.body.nationalities.find((n: any) => n.code === 'XXA').labels.en).toBe('Stateless');
  });
});
