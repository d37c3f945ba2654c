// Duplicate search through the name-key blocks, and registrations that wait only for the
// registrations that could be their duplicates (issue 12).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignerIdFromSerial } from '../../src/domain/foreigner-id.ts';
import { lockMatchBlocks } from '../../src/modules/persons/matches.repository.ts';
import { nextForeignerSerial, insertPerson } from '../../src/modules/persons/persons.repository.ts';
import { derivedNames } from '../../src/modules/persons/registration.service.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { uniquePerson } from '../support/factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function register(overrides: Record<string, unknown>) {
  const res = await t.admin.post(
    '/api/v1/persons',
    uniquePerson({ sex: 'male', nationality: 'SYR', ...overrides }),
  );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function matchesOf(probe: Record<string, unknown>) {
  const res = await t.admin.post('/api/v1/persons/matches', {
    sex: 'male',
    nationality: 'SYR',
    dateOfBirthPrecision: 'day',
    ...probe,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.candidates as Array<{ personId: string; score: number; reasons: string[] }>;
}

describe('duplicate search in name-key blocks', () => {
  it('finds a record with fewer keys than the probe (the two-key rule counts the record)', async () => {
    // "Ahmad Ahmadi" has one key; the probe has three (Ahmad, Reza, Ahmadreza, and Ahmadi).
    const stored = await register({ givenName: 'Ahmad', familyName: 'Ahmadi', dateOfBirth: '1981-05-06' });
    const found = await matchesOf({
      givenName: 'Ahmad Reza',
      familyName: 'Ahmadi',
      dateOfBirth: '1981-05-06',
    });
    expect(found.map((c) => c.personId)).toContain(stored.id);
  });

  it('meets the Arabic article, the name typed only in Arabic script', async () => {
    const stored = await register({
      givenName: 'Hassan',
      familyName: 'Al-Rashidoun',
      dateOfBirth: '1979-11-02',
    });
    const found = await matchesOf({ givenName: 'حسن', familyName: 'الرشيدون', dateOfBirth: '1979-11-02' });
    expect(found[0]?.personId).toBe(stored.id);
    expect(found[0]?.reasons).toEqual(expect.arrayContaining(['same_date_of_birth']));
  });

  it('finds a short given name and a compound one spelled otherwise', async () => {
    const ali = await register({ givenName: 'Ali', familyName: 'Zubaidawi', dateOfBirth: '1992-07-08' });
    const abd = await register({
      givenName: 'Abdel Rahman',
      familyName: 'Qassabji',
      dateOfBirth: '1966-01-30',
    });
    const foundAli = await matchesOf({
      givenName: 'علي',
      familyName: 'Zubeidawi',
      dateOfBirth: '1992-07-08',
    });
    expect(foundAli[0]?.personId).toBe(ali.id);
    const foundAbd = await matchesOf({
      givenName: 'Abdurrahman',
      familyName: 'Ghassabji',
      dateOfBirth: '1966-01-30',
    });
    expect(foundAbd[0]?.personId).toBe(abd.id);
    expect(foundAbd[0]!.score).toBeGreaterThanOrEqual(0.8);
  });

  it('tolerates a typo in one name inside the block, and a birth year off by one', async () => {
    const stored = await register({
      givenName: 'Khalid',
      familyName: 'Barakzaiyan',
      dateOfBirth: '1958-09-10',
    });
    const typo = await matchesOf({
      givenName: 'Khalid',
      familyName: 'Barakraiyan',
      dateOfBirth: '1959-09-10',
    });
    expect(typo.map((c) => c.personId)).toContain(stored.id);
    const found = typo.find((c) => c.personId === stored.id)!;
    expect(found.reasons).toContain('birth_year_off_by_one');
  });

  it('finds a person whose date of birth is unknown, and reads a probe without one', async () => {
    const undated = await register({
      givenName: 'Yaqub',
      familyName: 'Sarhadiyoun',
      dateOfBirth: undefined,
      dateOfBirthPrecision: 'unknown',
    });
    expect(
      (await matchesOf({ givenName: 'Yakoub', familyName: 'Sarhadiyun', dateOfBirth: '1975-04-04' })).map(
        (c) => c.personId,
      ),
    ).toContain(undated.id);
    const dated = await register({
      givenName: 'Yunus',
      familyName: 'Qaradaghiyan',
      dateOfBirth: '1983-03-03',
    });
    const found = await matchesOf({
      givenName: 'Younes',
      familyName: 'Karadaghiyan',
      dateOfBirthPrecision: 'unknown',
    });
    expect(found.map((c) => c.personId)).toContain(dated.id);
  });

  it('keeps the blocks in step when a record changes its original-script names', async () => {
    const stored = await register({ givenName: 'Omid', familyName: 'Tabrizchi', dateOfBirth: '1988-08-18' });
    expect(
      (await matchesOf({ givenName: 'بهرام', familyName: 'شیرازی', dateOfBirth: '1988-08-18' })).map(
        (c) => c.personId,
      ),
    ).not.toContain(stored.id);
    const patched = await t.admin.patch(`/api/v1/persons/${stored.id}`, {
      version: stored.version,
      givenNameOriginal: 'بهرام',
      familyNameOriginal: 'شیرازی',
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(
      (await matchesOf({ givenName: 'بهرام', familyName: 'شیرازی', dateOfBirth: '1988-08-18' })).map(
        (c) => c.personId,
      ),
    ).toContain(stored.id);
  });
});

describe('registrations at the same moment', () => {
  it('catches the same person registered at once in other spellings, pair after pair', async () => {
    const pairs = [
      [
        { givenName: 'Mustafa', familyName: 'Hamdawiyan' },
        { givenName: 'Moustafa', familyName: 'Hamdaviyan' },
      ],
      [
        { givenName: 'Ramadan', familyName: 'Dhahabiyan' },
        { givenName: 'Ramazan', familyName: 'Zahabiyan' },
      ],
      [
        { givenName: 'Qasim', familyName: 'Jubouriyan' },
        { givenName: 'Ghasem', familyName: 'Juburiyan' },
      ],
    ];
    for (const [i, [a, b]] of pairs.entries()) {
      const dob = `197${i}-06-1${i}`;
      const results = await Promise.all([
        t.admin.post(
          '/api/v1/persons',
          uniquePerson({ ...a, dateOfBirth: dob, sex: 'male', nationality: 'SYR' }),
        ),
        t.admin.post(
          '/api/v1/persons',
          uniquePerson({ ...b, dateOfBirth: dob, sex: 'male', nationality: 'SYR' }),
        ),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    }
  });
});

// One connection holds an officer's registration half-way (blocks locked, not committed) while
// the HTTP API registers others: PGlite has a single connection, so this needs the server.
describe.skipIf(!process.env.DATABASE_URL)('an officer half-way through a registration', () => {
  const first = { givenName: 'Mohammad', familyName: 'Karimzadegan', dateOfBirth: '1985-04-12' };

  async function holdRegistration(work: (trx: any) => Promise<void>) {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const done = t.db.kysely.transaction().execute(async (trx) => {
      await lockMatchBlocks(trx, derivedNames(first).name_keys, 1985);
      locked();
      await released;
      await work(trx);
    });
    await isLocked;
    return { release, done };
  }

  it('does not hold up a registration that cannot be its duplicate', async () => {
    const held = await holdRegistration(async () => {});
    try {
      // Shares the given name (and so a name key) but not the birth years; would have waited
      // for the whole registration before.
      await register({ givenName: 'Mohammad', familyName: 'Rostamiyan', dateOfBirth: '1960-01-01' });
      await register({ givenName: 'Mohammad', familyName: 'Karimzadegan', dateOfBirth: '1999-02-02' });
    } finally {
      held.release();
      await held.done;
    }
  });

  it('makes a registration that could be its duplicate wait, then shows it the first', async () => {
    let createdId = '';
    const held = await holdRegistration(async (trx) => {
      const serial = await nextForeignerSerial(trx);
      const person = await insertPerson(
        trx,
        {
          ...derivedNames(first),
          foreigner_id_number: foreignerIdFromSerial(serial),
          given_name: first.givenName,
          family_name: first.familyName,
          sex: 'male',
          date_of_birth: first.dateOfBirth,
          date_of_birth_precision: 'day',
          nationality: 'SYR',
          province_code: '34',
          entry_type: 'regular',
          registration_province_code: '34',
        },
        [],
      );
      createdId = person.id;
    });
    const second = t.admin.post(
      '/api/v1/persons',
      uniquePerson({
        givenName: 'Muhammad',
        familyName: 'Kerimzadegan',
        dateOfBirth: '1985-04-12',
        sex: 'male',
        nationality: 'SYR',
      }),
    );
    let waiting = 0;
    for (let i = 0; i < 400 && waiting === 0; i++) {
      const { rows } = await sql<{
        n: number;
      }>`select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted`.execute(
        t.db.kysely,
      );
      waiting = rows[0]!.n;
      if (waiting === 0) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(waiting).toBeGreaterThan(0);
    held.release();
    await held.done;
    const res = await second;
    expect(res.status).toBe(409);
    expect(res.body.candidates[0].personId).toBe(createdId);
  });
});
