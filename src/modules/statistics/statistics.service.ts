// The statistics tables: counts from the repository, cut and banded by the domain's rules,
// suppressed before they leave, each with its "as of" day, its period and the rule stated.
import { DECISIONS, POSITIVE_DECISIONS } from '../../domain/procedure/states.ts';
import { crossTable, type StatisticsTable } from '../../domain/statistics/cross-table.ts';
import {
  fixedKeys,
  personKey,
  WAITING_BANDS,
  waitingBand,
  type PersonDimension,
} from '../../domain/statistics/dimensions.ts';
import { SUPPRESSION_RULE } from '../../domain/statistics/rule.ts';
import { enoughPeople, isSmall, SMALL_CELL_THRESHOLD } from '../../domain/statistics/suppression.ts';
import type { UseCaseContext } from '../../core/use-case.ts';
import { invalid } from '../../core/errors.ts';
import * as repo from './statistics.repository.ts';

export interface Filters {
  from?: string | undefined;
  to?: string | undefined;
  provinceCode?: string | undefined;
  nationality?: string | undefined;
}

// Registrations are a stock: counted from the first record unless a period is asked for.
const EARLIEST = '1900-01-01';

function scopeOf(ctx: UseCaseContext, filters: Filters, defaultFrom: (to: string) => string): repo.Scope {
  const to = filters.to ?? ctx.today;
  const from = filters.from ?? defaultFrom(to);
  if (from > to)
    throw invalid([
      { field: 'to', message: 'the period ends before it starts', code: 'period_end_before_start' },
    ]);
  return { from, to, provinceCode: filters.provinceCode, nationality: filters.nationality };
}
const startOfYear = (to: string) => `${to.slice(0, 4)}-01-01`;

export interface TableAnswer {
  report: string;
  asOf: string;
  period: { from: string; to: string };
  rowDimension: string;
  columnDimension: string;
  table: StatisticsTable;
  rule: typeof SUPPRESSION_RULE;
}

function answer(
  ctx: UseCaseContext,
  report: string,
  scope: repo.Scope,
  dims: [string, string],
  table: StatisticsTable,
): TableAnswer {
  ctx.audit({
    action: 'statistics.read',
    entityType: 'statistics',
    details: {
      report,
      from: scope.from,
      to: scope.to,
      provinceCode: scope.provinceCode,
      nationality: scope.nationality,
    },
  });
  return {
    report,
    asOf: scope.to,
    period: { from: scope.from, to: scope.to },
    rowDimension: dims[0],
    columnDimension: dims[1],
    table,
    rule: SUPPRESSION_RULE,
  };
}

/** Registered persons cut by two dimensions (province, nationality, sex, age bands, entry). */
export async function personsTable(
  ctx: UseCaseContext,
  rows: PersonDimension,
  columns: PersonDimension,
  filters: Filters,
): Promise<TableAnswer> {
  const scope = scopeOf(ctx, filters, () => EARLIEST);
  const groups = await repo.personGroups(ctx.trx, scope);
  const counted = groups.map((g) => ({ row: personKey(g, rows), column: personKey(g, columns), n: g.n }));
  return answer(
    ctx,
    `persons.${rows}.${columns}`,
    scope,
    [rows, columns],
    crossTable(counted, fixedKeys(rows), fixedKeys(columns)),
  );
}

/** Applications pending on the "as of" day, by nationality and time waiting. */
export async function pendingTable(ctx: UseCaseContext, filters: Filters): Promise<TableAnswer> {
  const scope = scopeOf(ctx, filters, () => EARLIEST);
  const groups = await repo.pendingGroups(ctx.trx, scope);
  const counted = groups.map((g) => ({
    row: g.nationality,
    column: waitingBand(g.lodged_on, scope.to),
    n: g.n,
  }));
  return answer(
    ctx,
    'procedure.pending',
    scope,
    ['nationality', 'waiting'],
    crossTable(counted, null, WAITING_BANDS),
  );
}

/** Decisions taken per month of the period, by decision. */
export async function decisionsTable(ctx: UseCaseContext, filters: Filters): Promise<TableAnswer> {
  const scope = scopeOf(ctx, filters, startOfYear);
  const groups = await repo.decisionGroups(ctx.trx, scope);
  const counted = groups.map((g) => ({ row: g.month, column: g.decision, n: g.n }));
  return answer(
    ctx,
    'procedure.decisions',
    scope,
    ['month', 'decision'],
    crossTable(counted, null, DECISIONS),
  );
}

/** Applications lodged per month of the period, by procedure. */
export async function lodgedTable(ctx: UseCaseContext, filters: Filters): Promise<TableAnswer> {
  const scope = scopeOf(ctx, filters, startOfYear);
  const groups = await repo.lodgedGroups(ctx.trx, scope);
  const counted = groups.map((g) => ({ row: g.month, column: g.procedure, n: g.n }));
  return answer(
    ctx,
    'procedure.lodged',
    scope,
    ['month', 'procedure'],
    crossTable(counted, null, ['regular', 'accelerated']),
  );
}

/**
 * The recognition rate by nationality (positive decisions over all decisions in the period) and
 * the median days from lodging to decision. A rate is shown only where both the positive and
 * the other decisions are 0 or at least 5: "1 of 7" would show a count of one.
 */
export async function procedureFigures(ctx: UseCaseContext, filters: Filters) {
  const scope = scopeOf(ctx, filters, startOfYear);
  const groups = await repo.decisionsByNationality(ctx.trx, scope);
  const byNationality = new Map<string, { positive: number; other: number }>();
  for (const g of groups) {
    const entry = byNationality.get(g.nationality) ?? { positive: 0, other: 0 };
    if ((POSITIVE_DECISIONS as readonly string[]).includes(g.decision)) entry.positive += g.n;
    else entry.other += g.n;
    byNationality.set(g.nationality, entry);
  }
  const median = await repo.medianDaysToDecision(ctx.trx, scope);
  ctx.audit({
    action: 'statistics.read',
    entityType: 'statistics',
    details: { report: 'procedure.figures', ...scope },
  });
  return {
    asOf: scope.to,
    period: { from: scope.from, to: scope.to },
    recognition: [...byNationality.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([nationality, { positive, other }]) => {
        const shown = !isSmall(positive) && !isSmall(other) && positive + other > 0;
        return {
          nationality,
          decisions: isSmall(positive + other) ? null : positive + other,
          rate: shown ? Math.round((1000 * positive) / (positive + other)) / 1000 : null,
        };
      }),
    medianDaysToDecision: enoughPeople(median.n) && median.median !== null ? median.median : null,
    decided: isSmall(median.n) ? null : median.n,
    rule: SUPPRESSION_RULE,
  };
}

/**
 * Registered persons by province and nationality, cells under the threshold hidden. The total
 * covers the shown cells only: a grand total would give away the sum of the hidden ones (and,
 * with one hidden cell, its exact count).
 */
export async function registrationsByProvinceAndNationality(ctx: UseCaseContext) {
  const rows = await repo.registrationsByProvinceAndNationality(ctx.trx);
  ctx.audit({ action: 'statistics.read', entityType: 'statistics', details: { report: 'registrations' } });
  const shown = rows.filter((r) => r.n >= SMALL_CELL_THRESHOLD);
  return {
    totalShown: shown.reduce((sum, r) => sum + r.n, 0),
    suppressedCells: rows.length - shown.length,
    rows: rows.map((r) => ({
      provinceCode: r.province_code,
      nationality: r.nationality,
      persons: r.n < SMALL_CELL_THRESHOLD ? null : r.n,
    })),
    smallCellThreshold: SMALL_CELL_THRESHOLD,
  };
}
