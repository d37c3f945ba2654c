import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignerIdFromSerial, isValidForeignerId } from '../../src/domain/foreigner-id.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { uniquePerson } from '../support/factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const mohammed = {
  givenName: 'Mohammed',
  familyName: 'Ahmadi',
  fatherName: 'Karim',
  givenNameOriginal: 'محمد',
  familyNameOriginal: 'احمدی',
  sex: 'male',
  dateOfBirth: '1990-03-14',
  dateOfBirthPrecision: 'day',
  nationality: 'AFG',
  provinceCode: '34',
  district: 'Fatih',
  phone: '+90 555 123 45 67',
  entryType: 'irregular',
  entryDate: '2025-10-01',
  entryPlace: 'Van',
  languages: ['fa', 'prs'],
  specificNeeds: ['LFIP67-VIOLENCE_SURVIVOR', 'TR-PI'],
};

describe('registering a person', () => {
  let registered: any;

  it('returns 201 with a valid foreigner ID number and the contract fields', async () => {
    const res = await t.admin.post('/api/v1/persons', mohammed);
    expect(res.status).toBe(201);
    registered = res.body;
    expect(registered.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(isValidForeignerId(registered.foreignerIdNumber)).toBe(true);
    expect(registered).toMatchObject({
      givenName: 'Mohammed',
      familyName: 'Ahmadi',
      givenNameOriginal: 'محمد',
      sex: 'male',
      dateOfBirth: '1990-03-14',
      dateOfBirthPrecision: 'day',
      nationality: 'AFG',
      entryType: 'irregular',
    });
    expect(registered.specificNeeds.map((n: any) => n.code).sort()).toEqual([
      'LFIP67-VIOLENCE_SURVIVOR',
      'TR-PI',
    ]);
  });

  it('reads the person back', async () => {
    const res = await t.admin.get(`/api/v1/persons/${registered.id}`);
    expect(res.status).toBe(200);
    expect(res.body.foreignerIdNumber).toBe(registered.foreignerIdNumber);
  });

  it('stores a year-only birth date at its precision', async () => {
    const res = await t.admin.post(
      '/api/v1/persons',
      uniquePerson({ dateOfBirth: '1979-06-15', dateOfBirthPrecision: 'year' }),
    );
    expect(res.status).toBe(201);
    expect(res.body.dateOfBirth).toBe('1979-01-01');
    expect(res.body.dateOfBirthPrecision).toBe('year');
  });

  it('shows likely duplicates first and refuses a silent second registration', async () => {
    const variant = {
      ...mohammed,
      givenName: 'Muhammad',
      givenNameOriginal: undefined,
      familyNameOriginal: undefined,
      dateOfBirth: '1991-03-14',
    };
    const matches = await t.admin.post('/api/v1/persons/matches', {
      givenName: variant.givenName,
      familyName: variant.familyName,
      fatherName: 'Kareem',
      sex: 'male',
      dateOfBirth: variant.dateOfBirth,
      nationality: 'AFG',
    });
    expect(matches.status).toBe(200);
    expect(matches.body.candidates[0].personId).toBe(registered.id);
    expect(matches.body.candidates[0].reasons).toEqual(
      expect.arrayContaining(['name_variant', 'birth_year_off_by_one']),
    );

    const refused = await t.admin.post('/api/v1/persons', variant);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('POSSIBLE_DUPLICATE');
    expect(refused.body.candidates.map((c: any) => c.personId)).toContain(registered.id);

    const anyway = await t.admin.post('/api/v1/persons', {
      ...variant,
      duplicateOverride: {
        candidatePersonIds: [registered.id],
        reason: 'Different mother and place of birth; confirmed by interview',
      },
    });
    expect(anyway.status).toBe(201);
    expect(anyway.body.id).not.toBe(registered.id);
  });

  it('finds candidates with swapped name order and day/month swapped', async () => {
    const res = await t.admin.post('/api/v1/persons/matches', {
      givenName: 'Ahmadi',
      familyName: 'Mohammed',
      sex: 'male',
      dateOfBirth: '1990-03-14',
      nationality: 'AFG',
      limit: 3,
    });
    expect(res.body.candidates[0].reasons).toContain('name_order_swapped');
    expect(res.body.candidates.length).toBeLessThanOrEqual(3);
    const person = (
      await t.admin.post(
        '/api/v1/persons',
        uniquePerson({ givenName: 'Shirin', familyName: 'Sotoudehqa', dateOfBirth: '1985-04-11' }),
      )
    ).body;
    const swapped = await t.admin.post('/api/v1/persons/matches', {
      givenName: 'Şirin',
      familyName: 'Sotoudehqa',
      sex: 'female',
      dateOfBirth: '1985-11-04',
      nationality: 'IRN',
    });
    const hit = swapped.body.candidates.find((c: any) => c.personId === person.id);
    expect(hit.reasons).toContain('day_month_swapped');
  });
});

describe('search', () => {
  let person: any;
  beforeAll(async () => {
    person = (
      await t.admin.post(
        '/api/v1/persons',
        uniquePerson({
          givenName: 'Hüseyin',
          familyName: 'Yılmazoğlu',
          givenNameOriginal: 'حسین',
          familyNameOriginal: 'یلمازاوغلو',
          phone: '0532 987 65 43',
        }),
      )
    ).body;
    const doc = await t.admin.post(`/api/v1/persons/${person.id}/documents`, {
      type: 'registration_document',
    });
    person.documentNumber = doc.body.number;
  });

  const found = async (q: string) =>
    (await t.admin.get(`/api/v1/persons?q=${encodeURIComponent(q)}`)).body.results.map((r: any) => r.id);

  it('finds by a name typed without Turkish letters', async () => {
    expect(await found('huseyin yilmazoglu')).toContain(person.id);
  });

  it('finds by a fragment', async () => {
    expect(await found('lmazo')).toContain(person.id);
  });

  it('finds by a misspelled name in the other script', async () => {
    expect(await found('Hossein')).toContain(person.id);
    expect(await found('حسين')).toContain(person.id); // Arabic yeh for the Persian one
  });

  it('finds a whole name typed in the other script, misspelled, for a record kept in Latin letters', async () => {
    expect(await found('حسین یلمازاوغلو')).toContain(person.id);
    expect(await found('هوسین ییلمازوغلو')).toContain(person.id);
  });

  it('finds by ID number, document number and phone', async () => {
    expect(await found(person.foreignerIdNumber)).toEqual([person.id]);
    expect(await found(person.documentNumber)).toEqual([person.id]);
    expect(await found('+90 532 987 65 43')).toContain(person.id);
  });

  it('rejects an ID number with a wrong check digit', async () => {
    const valid = foreignerIdFromSerial(4_242_424);
    const wrong = valid.slice(0, 10) + String((Number(valid[10]) + 1) % 10);
    const res = await t.admin.get(`/api/v1/persons?q=${wrong}`);
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ field: 'q', code: 'check_digit' });
  });
});

describe('bad input', () => {
  it('names every bad field and rejects unknown fields', async () => {
    const res = await t.admin.post('/api/v1/persons', {
      givenName: '',
      sex: 'x',
      nationality: 'ZZZ',
      provinceCode: '99',
      extra: true,
    });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.code).toBe('VALIDATION');
    expect(res.body.requestId).toBeTruthy();
    const fields = res.body.errors.map((e: any) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'givenName',
        'familyName',
        'sex',
        'nationality',
        'provinceCode',
        'entryType',
        'extra',
      ]),
    );
  });

  it('answers malformed JSON with 400 and a large body with 413', async () => {
    const bad = await t.admin.post('/api/v1/persons', '{"givenName": ');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('MALFORMED_REQUEST');
    const big = await t.admin.post('/api/v1/persons', {
      ...uniquePerson(),
      entryPlace: 'x'.repeat(1_100_000),
    });
    expect(big.status).toBe(413);
    expect(big.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a birth date in the future', async () => {
    const res = await t.admin.post('/api/v1/persons', uniquePerson({ dateOfBirth: '2099-01-01' }));
    expect(res.status).toBe(422);
    expect(res.body.errors[0].field).toBe('dateOfBirth');
  });

  it('leaves nothing behind when a registration fails', async () => {
    const before = (
      await t.db.kysely
        .selectFrom('person')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
    const res = await t.admin.post('/api/v1/households', {
      principal: { person: uniquePerson() },
      members: [{ relationship: 'child', person: uniquePerson({ dateOfBirth: '2099-01-01' }) }],
    });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].field).toBe('members.0.person.dateOfBirth');
    const after = (
      await t.db.kysely
        .selectFrom('person')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
    expect(Number(after)).toBe(Number(before));
  });
});

describe('updates', () => {
  it('uses the version to refuse a stale write', async () => {
    const person = (await t.admin.post('/api/v1/persons', uniquePerson())).body;
    const first = await t.admin.patch(`/api/v1/persons/${person.id}`, {
      version: 1,
      phone: '+90 555 000 11 22',
    });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    const stale = await t.admin.patch(`/api/v1/persons/${person.id}`, { version: 1, district: 'Üsküdar' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');
  });

  it('records and removes specific needs', async () => {
    const person = (await t.admin.post('/api/v1/persons', uniquePerson())).body;
    expect(
      (
        await t.admin.post(`/api/v1/persons/${person.id}/specific-needs`, {
          code: 'SC-UC',
          note: 'found alone at the bus station',
        })
      ).status,
    ).toBe(204);
    expect(
      (await t.admin.post(`/api/v1/persons/${person.id}/specific-needs`, { code: 'SC-UC' })).status,
    ).toBe(409);
    expect((await t.admin.post(`/api/v1/persons/${person.id}/specific-needs`, { code: 'UAM' })).status).toBe(
      422,
    );
    expect((await t.admin.delete(`/api/v1/persons/${person.id}/specific-needs/SC-UC`)).status).toBe(204);
    expect((await t.admin.get(`/api/v1/persons/${person.id}`)).body.specificNeeds).toEqual([]);
  });
});

describe('photographs', () => {
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from('rest of a tiny image'),
  ]);

  it('stores a JPEG or PNG and serves it back, audited', async () => {
    const person = (await t.admin.post('/api/v1/persons', uniquePerson())).body;
    const put = await t.admin.raw(`/api/v1/persons/${person.id}/photo`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${t.admin.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ imageBase64: png.toString('base64') }),
    });
    expect(put.status).toBe(204);
    const response = await fetch(`${t.baseUrl}/api/v1/persons/${person.id}/photo`, {
      headers: { authorization: `Bearer ${t.admin.token}` },
    });
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer()).equals(png)).toBe(true);
    expect((await t.admin.get(`/api/v1/persons/${person.id}`)).body.hasPhoto).toBe(true);
    const actions = (await t.admin.get(`/api/v1/audit?personId=${person.id}`)).body.events.map(
      (e: any) => e.action,
    );
    expect(actions).toEqual(expect.arrayContaining(['person.photo.set', 'person.photo.read']));
  });

  it('refuses what is not an image, whatever it claims', async () => {
    const person = (await t.admin.post('/api/v1/persons', uniquePerson())).body;
    const res = await t.admin.raw(`/api/v1/persons/${person.id}/photo`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${t.admin.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ imageBase64: Buffer.from('<svg onload=alert(1)>').toString('base64') }),
    });
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ field: 'imageBase64', code: 'not_an_image' });
  });
});

describe('text and dates that cannot be stored faithfully', () => {
  it('refuses control characters and broken Unicode anywhere in a request, naming the field', async () => {
    const nul = await t.admin.post('/api/v1/persons', uniquePerson({ givenName: 'Ali\u0000' }));
    expect(nul.status).toBe(422);
    expect(nul.body.errors[0]).toMatchObject({ field: 'givenName', code: 'control_character' });
    const surrogate = await t.admin.post('/api/v1/persons', '{"givenName":"\\ud800","familyName":"X"}');
    expect(surrogate.status).toBe(422);
    expect(surrogate.body.errors[0]).toMatchObject({ field: 'givenName', code: 'malformed_text' });
    const query = await t.admin.get('/api/v1/persons?q=ab%00cd');
    expect(query.status).toBe(422);
  });

  it('keeps dates within 1900–2100 and entry dates in the past', async () => {
    const yearZero = await t.admin.post('/api/v1/persons', uniquePerson({ entryDate: '0000-01-01' }));
    expect(yearZero.status).toBe(422);
    expect(yearZero.body.errors[0].field).toBe('entryDate');
    expect((await t.admin.get('/api/v1/persons?dateOfBirth=0000-01-01')).status).toBe(422);
    const future = await t.admin.post('/api/v1/persons', uniquePerson({ entryDate: '2099-03-01' }));
    expect(future.status).toBe(422);
    expect(future.body.errors[0]).toMatchObject({ field: 'entryDate', code: 'date_in_future' });
  });
});

describe('two officers registering the same person at the same moment', () => {
  it('lets exactly one registration through; the other is shown the first', async () => {
    const same = uniquePerson({ givenName: 'Farid', familyName: 'Moradkhanixz', dateOfBirth: '1970-02-02' });
    const results = await Promise.all([
      t.admin.post('/api/v1/persons', same),
      t.admin.post('/api/v1/persons', same),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const created = results.find((r) => r.status === 201)!.body;
    const refused = results.find((r) => r.status === 409)!.body;
    expect(refused.candidates[0].personId).toBe(created.id);
  });
});
