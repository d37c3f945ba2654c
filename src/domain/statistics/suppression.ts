// Small cells: a count from 1 to 4 can point at a person (the one Eritrean woman over 60 in a
// province), so it is hidden ("<5"). Hiding it is not enough where totals are shown: a row
// whose total is published and one cell hidden gives that cell away by subtraction. So the
// table is treated with its margins (row totals, column totals, grand total) as one grid in
// which every row and every column is an equation; each equation with a hidden term must have
// at least two, and where it has one, the smallest other count in it is hidden as well
// (secondary suppression), until no equation has exactly one. Two per equation is still not
// enough where the hidden cells hang together by one link: the rows and columns are the two
// sides of a graph whose edges are the hidden cells, and a hidden cell is worked out exactly by
// adding and subtracting equations precisely when its edge is a bridge (lies on no cycle). So a
// bridge gets a complement in its row too, until there is none. [OECD-SDC via domain.md §19]

export const SMALL_CELL_THRESHOLD = 5;

export type Suppression = 'small' | 'complement';

export interface Cross {
  /** counts[r][c]: the true counts, never sent as they are. */
  counts: readonly (readonly number[])[];
}

export interface ShownCell {
  /** The count, or null where hidden. */
  value: number | null;
  suppressed: Suppression | null;
}

export interface SuppressedTable {
  cells: ShownCell[][];
  rowTotals: ShownCell[];
  columnTotals: ShownCell[];
  total: ShownCell;
}

export const isSmall = (n: number) => n > 0 && n < SMALL_CELL_THRESHOLD;

/**
 * Hides the small counts of a table and its margins, then the complements that keep them
 * hidden. Works on the grid of (rows + 1) × (columns + 1), the last row and column the totals.
 */
export function suppress({ counts }: Cross): SuppressedTable {
  const rows = counts.length;
  const cols = rows ? (counts[0]?.length ?? 0) : 0;
  const grid: number[][] = counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const totals = Array.from({ length: cols + 1 }, (_, c) =>
    grid.reduce((sum, row) => sum + (row[c] ?? 0), 0),
  );
  grid.push(totals);
  const marks: (Suppression | null)[][] = grid.map((row) => row.map((n) => (isSmall(n) ? 'small' : null)));

  const lines: [number, number][][] = [
    ...grid.map((row, r) => row.map((_, c) => [r, c] as [number, number])),
    ...Array.from({ length: cols + 1 }, (_, c) => grid.map((_, r) => [r, c] as [number, number])),
  ];
  // Each pass hides at least one more cell, so (rows+1)(cols+1) passes bound the loop.
  for (let pass = 0; pass <= (rows + 1) * (cols + 1); pass++) {
    let changed = false;
    for (const line of lines) {
      const hidden = line.filter(([r, c]) => marks[r]![c] !== null);
      if (hidden.length !== 1) continue;
      const complement = pickComplement(line, grid, marks);
      if (!complement) continue;
      marks[complement[0]]![complement[1]] = 'complement';
      changed = true;
    }
    if (!changed) {
      const bridge = firstBridge(marks);
      if (bridge) {
        const complement =
          pickComplement(lines[bridge[0]]!, grid, marks) ??
          pickComplement(lines[rows + 1 + bridge[1]]!, grid, marks);
        if (complement) {
          marks[complement[0]]![complement[1]] = 'complement';
          changed = true;
        }
      }
    }
    if (!changed) break;
  }

  const shown = (r: number, c: number): ShownCell => {
    const mark = marks[r]![c]!;
    return { value: mark ? null : grid[r]![c]!, suppressed: mark };
  };
  return {
    cells: counts.map((row, r) => row.map((_, c) => shown(r, c))),
    rowTotals: counts.map((_, r) => shown(r, cols)),
    columnTotals: Array.from({ length: cols }, (_, c) => shown(rows, c)),
    total: shown(rows, cols),
  };
}

/**
 * A hidden cell that no cycle of hidden cells passes through, if any: row line r is vertex r,
 * column line c is vertex rows + c; a hidden cell (r, c) is the edge between them. A cell is a
 * bridge when, without it, its two lines are no longer joined by hidden cells.
 */
function firstBridge(marks: readonly (readonly (Suppression | null)[])[]): [number, number] | null {
  const rowCount = marks.length;
  const edges: [number, number][] = [];
  marks.forEach((row, r) => row.forEach((m, c) => m !== null && edges.push([r, rowCount + c])));
  for (let e = 0; e < edges.length; e++) {
    const [from, to] = edges[e]!;
    const seen = new Set([from]);
    const queue = [from];
    while (queue.length && !seen.has(to)) {
      const v = queue.shift()!;
      edges.forEach(([a, b], i) => {
        if (i === e) return;
        const w = a === v ? b : b === v ? a : null;
        if (w !== null && !seen.has(w)) {
          seen.add(w);
          queue.push(w);
        }
      });
    }
    if (!seen.has(to)) return [from, to - rowCount];
  }
  return null;
}

/**
 * The cell to hide beside a lone hidden one: the smallest count above zero that is not a total
 * (losing the least), a total only if nothing else is left, and a zero last of all (a hidden
 * zero still hides, but a table of structural zeros then says less).
 */
function pickComplement(
  line: readonly [number, number][],
  grid: readonly (readonly number[])[],
  marks: readonly (readonly (Suppression | null)[])[],
): [number, number] | null {
  const last = grid.length - 1;
  const width = (grid[0]?.length ?? 1) - 1;
  const open = line.filter(([r, c]) => marks[r]![c] === null);
  const isTotal = ([r, c]: [number, number]) => r === last || c === width;
  const rank = (cell: [number, number]) => {
    const n = grid[cell[0]]![cell[1]]!;
    return (n === 0 ? 2 : 0) + (isTotal(cell) ? 1 : 0);
  };
  const sorted = [...open].sort((a, b) => rank(a) - rank(b) || grid[a[0]]![a[1]]! - grid[b[0]]![b[1]]!);
  return sorted[0] ?? null;
}

/** A single figure (a median, a rate) computed from fewer than five people is not shown. */
export const enoughPeople = (n: number) => n === 0 || n >= SMALL_CELL_THRESHOLD;
