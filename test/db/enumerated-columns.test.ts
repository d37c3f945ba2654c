// The CHECK value lists of the enumerated columns (migration 20261203150000) are the domain's
// own constants: a value the code may write is one the database accepts, and the generated
// union types are the domain types.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnumCheck } from '../../src/db/generate-types.ts';
import type { Db } from '../../src/db/database.ts';
import { ROLES } from '../../src/domain/access.ts';
import {
  APPEAL_BODIES,
  CASE_STATES,
  DECISION_ISSUERS,
  DECISIONS,
  INADMISSIBILITY_GROUNDS,
} from '../../src/domain/procedure/states.ts';
import { LIMIT_CODES } from '../../src/domain/procedure/time-limits.ts';
import { REFERRAL_SERVICES } from '../../src/domain/sharing/boundary.ts';
import { openTestDatabase } from '../support/database.ts';

const CONSTRAINTS: Array<[table: string, column: string, values: readonly string[]]> = [
  ['protection_case', 'state', CASE_STATES],
  ['protection_case', 'decision', DECISIONS],
  ['protection_case', 'decision_by', DECISION_ISSUERS],
  ['protection_case', 'inadmissibility_ground', INADMISSIBILITY_GROUNDS],
  ['protection_case', 'pending_appeal', APPEAL_BODIES],
  ['case_clock', 'code', LIMIT_CODES],
  ['app_user', 'role', ROLES],
  ['agency_referral', 'service', REFERRAL_SERVICES],
];

describe('enumerated columns', () => {
  let db: Db;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ db, dispose } = await openTestDatabase());
  });
  afterAll(() => dispose());

  it.each(CONSTRAINTS)('%s.%s admits exactly the domain constant', async (table, column, values) => {
    const { rows } = await sql<{ def: string }>`
      select pg_get_constraintdef(con.oid) as def
      from pg_constraint con
      join pg_class c on c.oid = con.conrelid
      join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relname = ${table} and con.conname = ${`${table}_${column}_check`}`.execute(
      db.kysely,
    );
    expect(rows).toHaveLength(1);
    expect(parseEnumCheck(rows[0]!.def)).toEqual({ column, values: [...values] });
  });
});
