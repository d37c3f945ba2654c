// Lists leave as CSV, HXL and XLSX: UTF-8 with a BOM, names in any script intact, nothing a
// spreadsheet would run as a formula, one audit event per export, the screen's scope and the
// data-sharing boundary applied, and a reader who goes away mid-file harms nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, TestApp } from '../support/app.ts';
import { CaseDriver, registerPerson, startProcedureApp } from '../support/cases.ts';
import { unzip } from '../support/unzip.ts';
import { consent, ORGS, setUpOrganisations } from '../support/sharing.ts';

const TODAY = '2026-11-29';
let t: TestApp;
let registrar: Client;
let caseworker: Client;

beforeAll(async () => {
  ({ t, registrar, caseworker } = await startProcedureApp(TODAY, '38'));
  const names = [
    { givenName: 'محمد', familyName: 'الحسيني' },
    { givenName: '=HYPERLINK("http://127.0.0.1/x","click")', familyName: '+Kaya, "Ali"' },
    { givenName: '@Zahra', familyName: '-Rezaei' },
  ];
  for (const name of names) {
    const person = await registerPerson(registrar, { provinceCode: '38', ...name });
    const c = await CaseDriver.lodge(registrar, {
      track: 'international_protection',
      lodgedOn: '2026-11-20',
      lodgedVia: 'directorate',
      principalPersonId: person,
    });
    await c.act(registrar, '2026-11-20', { action: 'register' });
  }
});
afterAll(() => t.close());

const LIST = '/api/v1/worklists/interviews_to_schedule';

async function download(client: Client, path: string) {
  const res = await fetch(t.baseUrl + path, { headers: { authorization: `Bearer ${client.token}` } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** Splits RFC 4180 CSV into rows of fields (quoted fields may hold commas, quotes, breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const next = text[i + 1];
    if (quoted && c === '"' && next === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && next === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

async function exportAudits() {
  return t.db.kysely
    .selectFrom('audit_event')
    .select(['action', 'actor_username', 'details'])
    .where('action', '=', 'export')
    .orderBy('seq')
    .execute();
}

describe('CSV export of a worklist', () => {
  it('is UTF-8 with a BOM, keeps Arabic names, quotes as RFC 4180 and defuses formulas', async () => {
    const res = await download(caseworker, `${LIST}?format=csv&lang=ar`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="worklist-interviews_to_schedule-2026-11-29\.csv"$/,
    );
    expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(res.bytes.toString('utf8').slice(1));
    expect(rows[0]).toContain('رقم الملف');
    expect(rows).toHaveLength(4);
    const names = rows.slice(1).map((r) => `${r[1]} ${r[2]}`);
    expect(names).toContain('محمد الحسيني');
    expect(names).toContain(`'=HYPERLINK("http://127.0.0.1/x","click") '+Kaya, "Ali"`);
    expect(names).toContain(`'@Zahra '-Rezaei`);
    // No field the spreadsheet reads starts a formula.
    for (const field of rows.slice(1).flat()) expect(field).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('is audited once, with who, what, how many rows and the filters', async () => {
    const before = (await exportAudits()).length;
    await download(caseworker, `${LIST}?format=csv`);
    const after = await exportAudits();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({
      details: {
        subject: 'worklist.interviews_to_schedule',
        format: 'csv',
        rows: 3,
        filters: { list: 'interviews_to_schedule' },
        completed: true,
      },
    });
    expect(after.at(-1)!.actor_username).toBeTruthy();
  });
});

describe('HXL and XLSX', () => {
  it('HXL puts a row of hashtags under the header', async () => {
    const res = await download(caseworker, `${LIST}?format=hxl&lang=en`);
    expect(res.status).toBe(200);
    const rows = parseCsv(res.bytes.toString('utf8').slice(1));
    expect(rows[0]![0]).toBe('Reference');
    expect(rows[1]!.every((tag) => tag.startsWith('#'))).toBe(true);
    expect(rows).toHaveLength(5);
  });

  it('XLSX is a valid workbook, right to left in Persian, with the names intact', async () => {
    const res = await download(caseworker, `${LIST}?format=xlsx&lang=fa`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const files = unzip(res.bytes);
    expect([...files.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml',
    ]);
    const sheet = files.get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toContain('rightToLeft="1"');
    expect(sheet).toContain('شماره پرونده');
    expect(sheet).toContain('>محمد<');
    expect(sheet).toContain(`>'=HYPERLINK(&quot;http://127.0.0.1/x&quot;,&quot;click&quot;)<`);
    expect(sheet.match(/<row /g)).toHaveLength(4);
  });
});

describe('bad requests and scope', () => {
  it('an unknown format is 422 naming it, and nothing is audited', async () => {
    const before = (await exportAudits()).length;
    const res = await caseworker.get(`${LIST}?format=ods`);
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'format' })]));
    expect(await exportAudits()).toHaveLength(before);
  });

  it('another province is refused as on the screen, before any byte of a file', async () => {
    const elsewhere = await t.as('protection_caseworker', { provinceCode: '06' });
    const res = await elsewhere.get(`${LIST}?format=csv&provinceCode=38`);
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
  });
});

describe('a reader who goes away', () => {
  it('leaves no server error and no audit claiming a whole file', async () => {
    const before = (await exportAudits()).length;
    const controller = new AbortController();
    const res = await fetch(t.baseUrl + `${LIST}?format=csv`, {
      headers: { authorization: `Bearer ${caseworker.token}` },
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    controller.abort();
    await res.body?.cancel().catch(() => undefined);
    // The server goes on answering, and whatever was audited is whole and says what it was.
    for (let i = 0; i < 20 && (await exportAudits()).length === before; i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await caseworker.get('/api/v1/worklists')).status).toBe(200);
    const added = (await exportAudits()).slice(before);
    expect(added.length).toBeLessThanOrEqual(1);
    for (const event of added)
      expect(event.details).toMatchObject({ subject: 'worklist.interviews_to_schedule', format: 'csv' });
  });
});

describe("a partner's export of its referral inbox", () => {
  it("holds only the fields of the partner's agreement", async () => {
    await setUpOrganisations(t.admin);
    const person = await registerPerson(registrar, {
      provinceCode: '38',
      givenName: 'فاطمة',
      familyName: 'الزهراء',
      sex: 'female',
      nationality: 'SYR',
    });
    await consent(registrar, person, ORGS.legal, 'legal_aid', TODAY);
    const sent = await registrar.post('/api/v1/referrals', {
      personId: person,
      toOrganisation: ORGS.legal,
      service: 'legal_aid',
      sentOn: TODAY,
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    const partner = await t.as('partner_officer', { organisation: ORGS.legal });
    const res = await download(partner, '/api/v1/referrals?box=inbox&format=hxl&lang=en');
    expect(res.status).toBe(200);
    const rows = parseCsv(res.bytes.toString('utf8').slice(1));
    // The agreement lists name, ID number, phone, languages and protection status: never the
    // date of birth, sex or nationality that the record holds.
    expect(rows[0]).toEqual([
      'Reference',
      'Service',
      'State',
      'From',
      'To',
      'Sent on',
      'Persons',
      'Name',
      'Foreigner ID number',
      'Languages',
      'Phone',
      'Protection status',
    ]);
    expect(rows[1]).not.toContain('#sex');
    expect(rows[1]).not.toContain('#country+code');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toContain('فاطمة الزهراء');
    expect(rows[2]!.join(',')).not.toContain('SYR');
  });
});
