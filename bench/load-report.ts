// Latencies per kind of request for bench/load.ts, and the table it prints.
export type Kind =
  | 'baseline GET /auth/me'
  | 'desk search'
  | 'person page'
  | 'registration'
  | 'lodge + register case'
  | 'worklist'
  | 'case page'
  | 'case step'
  | 'centre board'
  | 'portal page';

const PAGES: ReadonlySet<Kind> = new Set([
  'desk search',
  'person page',
  'worklist',
  'case page',
  'centre board',
  'portal page',
]);

export class Recorder {
  private readonly ms = new Map<Kind, number[]>();
  private readonly errors = new Map<Kind, Map<string, number>>();

  add(kind: Kind, ms: number, status: number | string) {
    if (!this.ms.has(kind)) this.ms.set(kind, []);
    this.ms.get(kind)!.push(ms);
    if (typeof status === 'number' && status < 400) return;
    const byStatus = this.errors.get(kind) ?? new Map<string, number>();
    byStatus.set(String(status), (byStatus.get(String(status)) ?? 0) + 1);
    this.errors.set(kind, byStatus);
  }

  print(seconds: number) {
    const rows: string[][] = [
      ['kind', 'requests', 'per s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'errors'],
    ];
    let total = 0;
    let errors = 0;
    const all: number[] = [];
    const pages: number[] = [];
    const kinds = [...this.ms.keys()].sort((a, b) =>
      a.startsWith('baseline') ? -1 : b.startsWith('baseline') ? 1 : a.localeCompare(b),
    );
    for (const kind of kinds) {
      const ms = this.ms.get(kind)!.sort((a, b) => a - b);
      const errs = [...(this.errors.get(kind) ?? new Map<string, number>()).entries()];
      const nErr = errs.reduce((a, [, n]) => a + n, 0);
      total += ms.length;
      errors += nErr;
      all.push(...ms);
      if (PAGES.has(kind)) pages.push(...ms);
      rows.push(
        row(kind, ms, seconds, nErr ? `${nErr} (${errs.map(([s, n]) => `${s}×${n}`).join(' ')})` : '0'),
      );
    }
    rows.push(
      row(
        'page requests (all)',
        pages.sort((a, b) => a - b),
        seconds,
        '',
      ),
    );
    rows.push(
      row(
        'everything',
        all.sort((a, b) => a - b),
        seconds,
        String(errors),
      ),
    );
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
    for (const r of rows)
      console.log(
        r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '),
      );
    console.log(
      `\n${total} requests in ${seconds} s measured: ${(total / seconds).toFixed(0)}/s, ${errors} errors`,
    );
  }
}

function row(kind: string, sorted: number[], seconds: number, errors: string): string[] {
  const q = (p: number) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! : 0;
  return [
    kind,
    String(sorted.length),
    (sorted.length / seconds).toFixed(1),
    q(0.5).toFixed(0),
    q(0.95).toFixed(0),
    q(0.99).toFixed(0),
    (sorted.at(-1) ?? 0).toFixed(0),
    errors,
  ];
}
