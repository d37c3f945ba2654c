// The counts behind the statistics tables: grouped in the database, never a person's row.
// Fictional demo records (person.fictional, set by `koruma seed --demo`) are left out
// everywhere; a case counts through its principal applicant.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { PENDING_STATES } from '../../domain/procedure/states.ts';
import type { PersonGroup } from '../../domain/statistics/dimensions.ts';

type Q = Kysely<Database> | Transaction<Database>;

export interface Scope {
  from: string;
  to: string;
  provinceCode?: string | undefined;
  nationality?: string | undefined;
}

// The day of registration as it was in Türkiye (UTC+3, as turkishToday reckons it).
const registeredOn = sql<string>`((p.created_at at time zone 'UTC') + interval '3 hours')::date`;

/** Persons registered in the period, grouped by every dimension (age in years on the last day). */
export async function personGroups(db: Q, scope: Scope): Promise<PersonGroup[]> {
  const { rows } = await sql<PersonGroup>`
    select p.province_code as province, p.nationality, p.sex, p.entry_type,
      case when p.date_of_birth is null or p.date_of_birth_precision = 'unknown' then null
        else extract(year from age(${scope.to}::date, p.date_of_birth))::int end as age,
      count(*)::int as n
    from person p
    where not p.fictional and ${registeredOn} between ${scope.from}::date and ${scope.to}::date
      and (${scope.provinceCode ?? null}::text is null or p.province_code = ${scope.provinceCode ?? null})
      and (${scope.nationality ?? null}::text is null or p.nationality = ${scope.nationality ?? null})
    group by 1, 2, 3, 4, 5`.execute(db);
  return rows;
}

const caseScope = (scope: Omit<Scope, 'from'>) => sql`
  not p.fictional and c.track = 'international_protection'
  and (${scope.provinceCode ?? null}::text is null or c.province_code = ${scope.provinceCode ?? null})
  and (${scope.nationality ?? null}::text is null or p.nationality = ${scope.nationality ?? null})`;

/** Applications pending on a day, by nationality and the day they were lodged. */
export async function pendingGroups(db: Q, scope: Omit<Scope, 'from'>) {
  const pending = sql.join(PENDING_STATES.map((s) => sql.lit(s)));
  const { rows } = await sql<{ nationality: string; lodged_on: string; n: number }>`
    select p.nationality, c.lodged_on::text as lodged_on, count(*)::int as n
    from protection_case c join person p on p.id = c.principal_person_id
    where ${caseScope(scope)} and c.lodged_on <= ${scope.to}::date
      and (c.decided_on > ${scope.to}::date or (c.decided_on is null and c.state in (${pending})))
    group by 1, 2`.execute(db);
  return rows;
}

/** Decisions taken in the period, by month and decision. */
export async function decisionGroups(db: Q, scope: Scope) {
  const { rows } = await sql<{ month: string; decision: string; n: number }>`
    select to_char(c.decided_on, 'YYYY-MM') as month, c.decision, count(*)::int as n
    from protection_case c join person p on p.id = c.principal_person_id
    where ${caseScope(scope)} and c.decision is not null
      and c.decided_on between ${scope.from}::date and ${scope.to}::date
    group by 1, 2`.execute(db);
  return rows;
}

/** Applications lodged in the period, by month and procedure. */
export async function lodgedGroups(db: Q, scope: Scope) {
  const { rows } = await sql<{ month: string; procedure: string; n: number }>`
    select to_char(c.lodged_on, 'YYYY-MM') as month, c.procedure, count(*)::int as n
    from protection_case c join person p on p.id = c.principal_person_id
    where ${caseScope(scope)} and c.lodged_on between ${scope.from}::date and ${scope.to}::date
    group by 1, 2`.execute(db);
  return rows;
}

/** Decisions in the period by nationality and decision, for recognition rates. */
export async function decisionsByNationality(db: Q, scope: Scope) {
  const { rows } = await sql<{ nationality: string; decision: string; n: number }>`
    select p.nationality, c.decision, count(*)::int as n
    from protection_case c join person p on p.id = c.principal_person_id
    where ${caseScope(scope)} and c.decision is not null
      and c.decided_on between ${scope.from}::date and ${scope.to}::date
    group by 1, 2`.execute(db);
  return rows;
}

/** The median number of days from lodging to a first decision, and of how many cases. */
export async function medianDaysToDecision(db: Q, scope: Scope) {
  const { rows } = await sql<{ median: number | null; n: number }>`
    select percentile_cont(0.5) within group (order by (c.decided_on - c.lodged_on))::float8 as median,
      count(*)::int as n
    from protection_case c join person p on p.id = c.principal_person_id
    where ${caseScope(scope)} and c.decided_on between ${scope.from}::date and ${scope.to}::date`.execute(db);
  return rows[0] ?? { median: null, n: 0 };
}

/** Registered persons per province and nationality (fictional records left out). */
export async function registrationsByProvinceAndNationality(db: Q) {
  const { rows } = await sql<{ province_code: string; nationality: string; n: number }>`
    select province_code, nationality, count(*)::int as n
    from person where not fictional
    group by province_code, nationality order by province_code, n desc`.execute(db);
  return rows;
}
