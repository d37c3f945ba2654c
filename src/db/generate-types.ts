// Writes src/db/schema.generated.ts, the Kysely table types, from the catalog of a freshly
// migrated database: column types, nullability and defaults from pg_attribute, and the values
// of enumerated columns from their CHECK (col IN (…)) constraints (or from enum types).
//   npm run db:types                       regenerate from an in-memory PGlite
//   npm run db:types -- --check            exit 1 when the checked-in file is stale
//   npm run db:types -- --database-url U   migrate a scratch database on a server instead
//   npm run db:types -- --out FILE         write somewhere else (to compare two engines)
//   npm run db:types -- --verbose          list the CHECK constraints that are not value lists
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import * as prettier from 'prettier';
import { openDatabase, type Db } from './database.ts';
import { migrate } from './migrate.ts';

export const GENERATED_FILE = fileURLToPath(new URL('./schema.generated.ts', import.meta.url));

interface ColumnInfo {
  table: string;
  column: string;
  typname: string;
  typtype: string;
  elem_typname: string | null;
  elem_typtype: string | null;
  not_null: boolean;
  has_default: boolean;
  identity: string;
  generated: string;
}

interface CheckInfo {
  table: string;
  name: string;
  columns: string[];
  def: string;
}

/** A CHECK constraint that did not become a union, and why. */
export interface SkippedCheck extends CheckInfo {
  reason: 'not an enumeration' | 'across columns' | 'unreadable';
}

// How each PostgreSQL type arrives in JavaScript through pg and PGlite as configured in
// database.ts / pglite-worker.js: int8 as a number, date as a 'YYYY-MM-DD' string.
const TS_TYPES: Record<string, string> = {
  bool: 'boolean',
  int2: 'number',
  int4: 'number',
  int8: 'number',
  float4: 'number',
  float8: 'number',
  numeric: 'string',
  text: 'string',
  varchar: 'string',
  bpchar: 'string',
  uuid: 'string',
  date: 'string',
  timestamptz: 'Timestamp',
  timestamp: 'Timestamp',
  jsonb: 'Json',
  json: 'Json',
  bytea: 'Uint8Array',
};

const LITERAL = String.raw`(?:'(?:[^']|'')*'(?:::[a-z ]+)?|-?\d+(?:\.\d+)?)`;
const ENUM_CHECK = new RegExp(
  String.raw`^CHECK \(\(\(?"?([a-z_][a-z0-9_]*)"?\)?(?:::[a-z ]+)? = (?:ANY \(\(?ARRAY\[(${LITERAL}(?:, ${LITERAL})*)\]\)?(?:::[a-z ]+\[\])?\)|(${LITERAL}))\)\)$`,
);

/** The values of `col IN (…)` as PostgreSQL stores it: `col = ANY (ARRAY['a'::text, …])`. */
export function parseEnumCheck(def: string): { column: string; values: Array<string | number> } | undefined {
  const m = ENUM_CHECK.exec(def);
  if (!m) return undefined;
  const list = m[2] ?? m[3]!;
  const values = [...list.matchAll(new RegExp(LITERAL, 'g'))].map(([literal]) =>
    literal.startsWith("'")
      ? literal.slice(1, literal.lastIndexOf("'")).replaceAll("''", "'")
      : Number(literal),
  );
  return { column: m[1]!, values };
}

async function readCatalog(db: Db) {
  const columns = await sql<ColumnInfo>`
    select c.relname as "table", a.attname as "column", t.typname, t.typtype,
           e.typname as elem_typname, e.typtype as elem_typtype, a.attnotnull as not_null,
           a.atthasdef as has_default, a.attidentity as identity, a.attgenerated as generated
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join pg_namespace n on n.oid = c.relnamespace
    join pg_type t on t.oid = a.atttypid
    left join pg_type e on e.oid = t.typelem and t.typcategory = 'A'
    where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
    order by c.relname, a.attnum`.execute(db.kysely);
  const checks = await sql<CheckInfo>`
    select c.relname as "table", con.conname as name, pg_get_constraintdef(con.oid) as def,
           array(select a.attname::text from pg_attribute a
                 where a.attrelid = con.conrelid and a.attnum = any (con.conkey) order by a.attnum) as columns
    from pg_constraint con
    join pg_class c on c.oid = con.conrelid
    join pg_namespace n on n.oid = c.relnamespace
    where con.contype = 'c' and n.nspname = 'public'
    order by c.relname, con.conname`.execute(db.kysely);
  const enums = await sql<{ name: string; labels: string[] }>`
    select t.typname as name, array_agg(e.enumlabel::text order by e.enumsortorder) as labels
    from pg_type t
    join pg_enum e on e.enumtypid = t.oid
    join pg_namespace n on n.oid = t.typnamespace
    where n.nspname = 'public'
    group by t.typname
    order by t.typname`.execute(db.kysely);
  return { columns: columns.rows, checks: checks.rows, enums: enums.rows };
}

const pascal = (name: string) => name.replace(/(^|_)([a-z0-9])/g, (_, _sep, c: string) => c.toUpperCase());
const union = (values: Array<string | number>) =>
  values
    .map((v) =>
      typeof v === 'number' ? String(v) : `'${v.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`,
    )
    .join(' | ');

const HEADER = `// Kysely table types, generated by src/db/generate-types.ts from the migrated schema
// (src/db/migrations): do not edit. Run \`npm run db:types\` after changing a migration.
// Enumerated columns are the values of their CHECK (col IN (…)) constraints.
import type { ColumnType, GeneratedAlways } from 'kysely';

/** The database fills it in when an insert leaves it out (a default). */
export type Generated<T> =
  T extends ColumnType<infer S, infer I, infer U> ? ColumnType<S, I | undefined, U> : ColumnType<T, T | undefined, T>;
/** timestamptz: read as a Date, written as a Date or an ISO string. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** jsonb: read as an object, written as JSON text. */
export type Json = ColumnType<Record<string, unknown>, string, string>;
`;

export async function generateSchemaTypes(db: Db): Promise<{ source: string; skipped: SkippedCheck[] }> {
  const { columns, checks, enums } = await readCatalog(db);
  const enumTypes = new Map(enums.map((e) => [e.name, e.labels]));
  const unions = new Map<string, Array<string | number>>();
  const skipped: SkippedCheck[] = [];
  const byName = (a: CheckInfo, b: CheckInfo) =>
    a.table < b.table ? -1 : a.table > b.table ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  for (const check of [...checks].sort(byName)) {
    const parsed = parseEnumCheck(check.def);
    if (parsed && check.columns.length === 1 && parsed.column === check.columns[0]) {
      const key = `${check.table}.${parsed.column}`;
      const before = unions.get(key);
      unions.set(key, before ? before.filter((v) => parsed.values.includes(v)) : parsed.values);
    } else if (check.columns.length > 1) {
      skipped.push({ ...check, reason: 'across columns' });
    } else if (/ = ANY \(|= '|\bIN \(/.test(check.def)) {
      skipped.push({ ...check, reason: 'unreadable' });
    } else {
      skipped.push({ ...check, reason: 'not an enumeration' });
    }
  }

  // Each list of values gets a name: the enum type's, or <Table><Column> for a CHECK list.
  const named = new Map<string, string>();
  const nameUnion = (name: string, values: Array<string | number>) => {
    const text = union(values);
    if (named.has(name) && named.get(name) !== text)
      throw new Error(`generate-types: two types named ${name}`);
    named.set(name, text);
    return name;
  };
  const tsType = (typname: string, typtype: string) => {
    if (typtype === 'e') return nameUnion(pascal(typname), enumTypes.get(typname)!);
    const type = TS_TYPES[typname];
    if (!type) throw new Error(`generate-types: no TypeScript type for PostgreSQL type ${typname}`);
    return type;
  };
  const tables = new Map<string, string[]>();
  for (const c of [...columns].sort((a, b) => (a.table < b.table ? -1 : a.table > b.table ? 1 : 0))) {
    const values = unions.get(`${c.table}.${c.column}`);
    let type = c.elem_typname
      ? `${tsType(c.elem_typname, c.elem_typtype!)}[]`
      : values
        ? nameUnion(pascal(`${c.table}_${c.column}`), values)
        : tsType(c.typname, c.typtype);
    if (!c.not_null) type = `${type} | null`;
    if (c.identity === 'a' || c.generated === 's') type = `GeneratedAlways<${type}>`;
    else if (c.has_default || c.identity === 'd') type = `Generated<${type}>`;
    const lines = tables.get(c.table) ?? [];
    lines.push(`  ${c.column}: ${type};`);
    tables.set(c.table, lines);
  }

  const names = [...tables.keys()];
  const source = [
    HEADER,
    ...[...named.keys()].sort().map((name) => `export type ${name} = ${named.get(name)!};`),
    '',
    ...names.map((t) => `export interface ${pascal(t)}Table {\n${tables.get(t)!.join('\n')}\n}\n`),
    `export interface Database {\n${names.map((t) => `  ${t}: ${pascal(t)}Table;`).join('\n')}\n}\n`,
  ].join('\n');
  const options = (await prettier.resolveConfig(GENERATED_FILE)) ?? {};
  return { source: await prettier.format(source, { ...options, parser: 'typescript' }), skipped };
}

/** Migrates a throwaway database (in-memory PGlite, or a scratch database on a server) and generates. */
export async function generateFromMigrations(databaseUrl?: string) {
  if (!databaseUrl) {
    const db = await openDatabase({ dataDir: 'memory://' });
    try {
      await migrate(db);
      return await generateSchemaTypes(db);
    } finally {
      await db.close();
    }
  }
  const name = `koruma_types_${process.pid}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
    const url = new URL(databaseUrl);
    url.pathname = `/${name}`;
    const db = await openDatabase({ databaseUrl: url.toString() });
    try {
      await migrate(db);
      return await generateSchemaTypes(db);
    } finally {
      await db.close();
    }
  } finally {
    await admin.query(`drop database if exists ${name}`);
    await admin.end();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean' },
      verbose: { type: 'boolean' },
      'database-url': { type: 'string' },
      out: { type: 'string' },
    },
  });
  const out = values.out ?? GENERATED_FILE;
  const { source, skipped } = await generateFromMigrations(values['database-url']);
  if (values.verbose)
    for (const s of skipped) console.log(`CHECK not used (${s.reason}): ${s.table}.${s.name} ${s.def}`);
  for (const s of skipped.filter((s) => s.reason === 'unreadable'))
    console.warn(
      `generate-types: CHECK ${s.table}.${s.name} looks like a list of values but was not read: ${s.def}`,
    );
  if (values.check) {
    let current = '';
    try {
      current = readFileSync(out, 'utf8');
    } catch {
      // missing: stale
    }
    if (current !== source) {
      console.error(`${out} is out of date with the migrations: run \`npm run db:types\``);
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(out, source);
  console.log(`wrote ${out}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
