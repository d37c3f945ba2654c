// A cross table from counted groups: the row and column keys in their order, the counts summed
// per cell, then suppressed (suppression.ts) so that what leaves can never show a small cell.
import { suppress, SMALL_CELL_THRESHOLD, type ShownCell } from './suppression.ts';

export interface Counted {
  row: string;
  column: string;
  n: number;
}

export interface StatisticsTable {
  rowKeys: string[];
  columnKeys: string[];
  rows: { key: string; cells: ShownCell[]; total: ShownCell }[];
  columnTotals: ShownCell[];
  total: ShownCell;
  suppressedCells: number;
  threshold: number;
}

function keysOf(values: Iterable<string>, fixed: readonly string[] | null): string[] {
  if (fixed) return [...fixed];
  return [...new Set(values)].sort();
}

export function crossTable(
  groups: readonly Counted[],
  fixedRows: readonly string[] | null,
  fixedColumns: readonly string[] | null,
): StatisticsTable {
  const rowKeys = keysOf(
    groups.map((g) => g.row),
    fixedRows,
  );
  const columnKeys = keysOf(
    groups.map((g) => g.column),
    fixedColumns,
  );
  const rowIndex = new Map(rowKeys.map((k, i) => [k, i]));
  const columnIndex = new Map(columnKeys.map((k, i) => [k, i]));
  const counts = rowKeys.map(() => columnKeys.map(() => 0));
  for (const g of groups) {
    const r = rowIndex.get(g.row);
    const c = columnIndex.get(g.column);
    if (r === undefined || c === undefined) throw new Error(`no place for ${g.row} × ${g.column}`);
    counts[r]![c]! += g.n;
  }
  const shown = suppress({ counts });
  const all = [...shown.cells.flat(), ...shown.rowTotals, ...shown.columnTotals, shown.total];
  return {
    rowKeys,
    columnKeys,
    rows: rowKeys.map((key, r) => ({ key, cells: shown.cells[r]!, total: shown.rowTotals[r]! })),
    columnTotals: shown.columnTotals,
    total: shown.total,
    suppressedCells: all.filter((c) => c.suppressed).length,
    threshold: SMALL_CELL_THRESHOLD,
  };
}
