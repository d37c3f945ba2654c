// Tables built to leak: a small cell beside published totals, one hidden cell per row, one
// row, and random tables; an attacker solves the row and column equations for each hidden
// cell, and none may come out determined.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandOf, PMM_AGE_BANDS, UNHCR_AGE_BANDS, waitingBand } from './dimensions.ts';
import { suppress, type SuppressedTable } from './suppression.ts';

/** The published grid with margins: numbers where shown, null where hidden. */
function published(t: SuppressedTable): (number | null)[][] {
  return [
    ...t.cells.map((row, r) => [...row.map((c) => c.value), t.rowTotals[r]!.value]),
    [...t.columnTotals.map((c) => c.value), t.total.value],
  ];
}

function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let rank = 0;
  const width = m[0]?.length ?? 0;
  for (let col = 0; col < width && rank < m.length; col++) {
    const pivot = m.findIndex((row, i) => i >= rank && Math.abs(row[col]!) > 1e-9);
    if (pivot < 0) continue;
    [m[rank], m[pivot]] = [m[pivot]!, m[rank]!];
    for (let i = 0; i < m.length; i++) {
      if (i === rank) continue;
      const f = m[i]![col]! / m[rank]![col]!;
      for (let j = 0; j < width; j++) m[i]![j]! -= f * m[rank]![j]!;
    }
    rank++;
  }
  return rank;
}

/** The hidden cells an attacker can work out exactly from the shown cells and totals. */
function recoverable(grid: (number | null)[][]): [number, number][] {
  const rows = grid.length - 1;
  const cols = (grid[0]?.length ?? 1) - 1;
  const hidden: [number, number][] = [];
  grid.forEach((row, r) => row.forEach((v, c) => v === null && hidden.push([r, c])));
  if (!hidden.length) return [];
  const index = new Map(hidden.map(([r, c], i) => [`${r},${c}`, i]));
  const equations: number[][] = [];
  const line = (cells: [number, number][], total: [number, number]) => {
    const eq = hidden.map(() => 0);
    for (const [r, c] of cells) {
      const i = index.get(`${r},${c}`);
      if (i !== undefined) eq[i] = 1;
    }
    const t = index.get(`${total[0]},${total[1]}`);
    if (t !== undefined) eq[t] = -1;
    if (eq.some((x) => x !== 0)) equations.push(eq);
  };
  for (let r = 0; r <= rows; r++)
    line(
      Array.from({ length: cols }, (_, c) => [r, c]),
      [r, cols],
    );
  for (let c = 0; c <= cols; c++)
    line(
      Array.from({ length: rows }, (_, r) => [r, c]),
      [rows, c],
    );
  const base = rank(equations);
  return hidden.filter((_, i) => {
    const unit = hidden.map((__, j) => (j === i ? 1 : 0));
    return rank([...equations, unit]) === base;
  });
}

const noSmallShown = (grid: (number | null)[][]) => grid.flat().every((v) => v === null || v === 0 || v >= 5);

describe('small-cell suppression', () => {
  it('hides a small cell and a complement where its row total is shown', () => {
    const t = suppress({
      counts: [
        [10, 3, 20],
        [12, 40, 8],
      ],
    });
    expect(t.cells[0]![1]).toEqual({ value: null, suppressed: 'small' });
    const grid = published(t);
    expect(grid[0]!.filter((v) => v === null).length).toBeGreaterThanOrEqual(2);
    expect(recoverable(grid)).toEqual([]);
    expect(noSmallShown(grid)).toBe(true);
  });

  it('a single row: the column totals repeat the cells, and still nothing leaks', () => {
    const t = suppress({ counts: [[10, 3, 20]] });
    const grid = published(t);
    expect(recoverable(grid)).toEqual([]);
    expect(noSmallShown(grid)).toBe(true);
  });

  it('two hidden cells joined to the rest by one link are still worked out, so it is cut', () => {
    // Rows 0–1 hide two cells each in columns 0–1 (a cycle); row 2 hides (2,2) and (2,1):
    // (2,1) bridges to the cycle and (2,2) hangs off it, both solvable without a further cell.
    const t = suppress({
      counts: [
        [3, 3, 50],
        [3, 3, 50],
        [60, 2, 2],
      ],
    });
    expect(recoverable(published(t))).toEqual([]);
  });

  it('one hidden cell in each row and column of a diagonal is not enough on its own', () => {
    const t = suppress({
      counts: [
        [2, 10, 10],
        [10, 2, 10],
        [10, 10, 2],
      ],
    });
    expect(recoverable(published(t))).toEqual([]);
  });

  it('a small total is hidden too, and so is what would give it away', () => {
    const t = suppress({
      counts: [
        [0, 3],
        [0, 50],
      ],
    });
    const grid = published(t);
    expect(t.columnTotals[0]).toEqual({ value: 0, suppressed: null });
    expect(noSmallShown(grid)).toBe(true);
    expect(recoverable(grid)).toEqual([]);
  });

  it('a breakdown so fine that every cell is small still answers, all hidden', () => {
    const t = suppress({
      counts: [
        [1, 2],
        [3, 4],
      ],
    });
    expect(t.cells.flat().every((c) => c.suppressed === 'small')).toBe(true);
    expect(t.total).toEqual({ value: 10, suppressed: null });
    expect(recoverable(published(t))).toEqual([]);
  });

  it('random tables: no count from 1 to 4 is shown, and no hidden cell can be solved for', () => {
    fc.assert(
      fc.property(
        fc
          .record({ rows: fc.integer({ min: 1, max: 6 }), cols: fc.integer({ min: 1, max: 6 }) })
          .chain(({ rows, cols }) =>
            fc.array(
              fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })), {
                minLength: cols,
                maxLength: cols,
              }),
              { minLength: rows, maxLength: rows },
            ),
          ),
        (counts) => {
          const grid = published(suppress({ counts }));
          expect(noSmallShown(grid)).toBe(true);
          expect(recoverable(grid)).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('bands', () => {
  it('PMM and UNHCR age bands, and the unknown', () => {
    expect([0, 4, 5, 14, 15, 18, 19, 24, 25, 74, 75, 99].map((a) => bandOf(a, PMM_AGE_BANDS))).toEqual([
      '0-4',
      '0-4',
      '5-9',
      '10-14',
      '15-18',
      '15-18',
      '19-24',
      '19-24',
      '25-29',
      '70-74',
      '75+',
      '75+',
    ]);
    expect([0, 5, 11, 12, 17, 18, 59, 60].map((a) => bandOf(a, UNHCR_AGE_BANDS))).toEqual([
      '0-4',
      '5-11',
      '5-11',
      '12-17',
      '12-17',
      '18-59',
      '18-59',
      '60+',
    ]);
    expect(bandOf(null, UNHCR_AGE_BANDS)).toBe('unknown');
  });

  it('waiting time on the day', () => {
    expect(waitingBand('2026-06-01', '2026-11-29')).toBe('0-6m');
    expect(waitingBand('2026-05-29', '2026-11-29')).toBe('6-12m');
    expect(waitingBand('2025-11-30', '2026-11-29')).toBe('6-12m');
    expect(waitingBand('2025-11-29', '2026-11-29')).toBe('1-2y');
    expect(waitingBand('2024-11-29', '2026-11-29')).toBe('2y+');
  });
});
