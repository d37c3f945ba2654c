// The checked-in table types (src/db/schema.generated.ts) are the ones the migrations make:
// regenerated here from this run's migrated database (PGlite, or the server of DATABASE_URL).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILE, generateSchemaTypes, parseEnumCheck } from '../../src/db/generate-types.ts';
import { openTestDatabase } from '../support/database.ts';

describe('generated table types', () => {
  it('are up to date with the migrations', async () => {
    const { db, dispose } = await openTestDatabase();
    try {
      const { source, skipped } = await generateSchemaTypes(db);
      expect(
        readFileSync(GENERATED_FILE, 'utf8'),
        'src/db/schema.generated.ts is out of date with the migrations: run `npm run db:types`',
      ).toBe(source);
      expect(skipped.filter((s) => s.reason === 'unreadable')).toEqual([]);
    } finally {
      await dispose();
    }
  });

  it('read the value lists PostgreSQL stores for CHECK (col IN (…))', () => {
    expect(parseEnumCheck("CHECK ((kind = ANY (ARRAY['cookie'::text, 'bearer'::text])))")).toEqual({
      column: 'kind',
      values: ['cookie', 'bearer'],
    });
    expect(parseEnumCheck("CHECK ((note = ANY (ARRAY['it''s'::text, 'ç'::text])))")?.values).toEqual([
      "it's",
      'ç',
    ]);
    expect(parseEnumCheck("CHECK ((kind = 'only'::text))")?.values).toEqual(['only']);
    expect(parseEnumCheck('CHECK ((id = 1))')?.values).toEqual([1]);
    expect(parseEnumCheck("CHECK ((code ~ '^[A-Z]{3}$'::text))")).toBeUndefined();
    expect(parseEnumCheck('CHECK ((days > 0))')).toBeUndefined();
  });
});
