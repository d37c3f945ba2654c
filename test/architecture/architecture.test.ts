// The house rules, read from the imports (see CODE_STYLE.md): no import cycles anywhere, modules
// that depend on each other one way only, repositories private to their module, base layers that
// never import upward, SQL only in repositories and each table written by one module. Fails with
// the offending imports or statements listed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cycles, importGraph, moduleGraph, type Graph } from './import-graph.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const graph = importGraph(REPO, ['src', 'web/src']);

/** The layer of a file: the first folder under src/ (or the file itself, e.g. app, wiring). */
function layerOf(file: string): string {
  if (file.startsWith('web/src/')) return 'web';
  return file.split('/')[1]!.replace(/\.ts$/, '');
}

/** What each layer may import besides itself; anything not listed is above it. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  domain: [],
  config: ['domain'],
  db: ['domain'],
  core: ['domain', 'db', 'config'],
  http: ['core', 'domain', 'db', 'config'],
  modules: ['http', 'core', 'domain', 'db', 'config'],
};

function edges(g: Graph, keep: (from: string, to: string) => boolean): string[] {
  const found: string[] = [];
  for (const [from, targets] of g)
    for (const to of targets) if (keep(from, to)) found.push(`${from} → ${to}`);
  return found;
}

describe('the house rules', () => {
  it('reads the whole tree', () => {
    expect(graph.size).toBeGreaterThan(300);
  });

  it('has no import cycle between files, in the server or the web app', () => {
    expect(cycles(graph).map((c) => c.join(' ⇄ '))).toEqual([]);
  });

  it('has modules that depend on each other one way only (no cycle of modules)', () => {
    expect(cycles(moduleGraph(graph)).map((c) => c.join(' ⇄ '))).toEqual([]);
  });

  it('keeps each repository private to its own folder', () => {
    const outside = edges(
      graph,
      (from, to) =>
        to.endsWith('.repository.ts') &&
        from.slice(0, from.lastIndexOf('/')) !== to.slice(0, to.lastIndexOf('/')),
    );
    expect(outside).toEqual([]);
  });

  it('never imports upward from a base layer', () => {
    const upward = edges(graph, (from, to) => {
      const a = layerOf(from);
      const b = layerOf(to);
      const allowed = MAY_IMPORT[a];
      return allowed !== undefined && a !== b && !allowed.includes(b);
    });
    expect(upward).toEqual([]);
  });

  it('keeps the web app to its own files and the server types it infers from', () => {
    const wrong = edges(
      graph,
      (from, to) =>
        layerOf(from) === 'web' && !to.startsWith('web/src/') && !/^src\/(domain|modules|core)\//.test(to),
    );
    expect(wrong).toEqual([]);
  });

  it('attaches hooks in src/wiring.ts only, so that one file shows how modules reach each other', () => {
    const attaching = [...graph.keys()].filter(
      (f) =>
        f !== 'src/wiring.ts' &&
        f !== 'src/core/hooks.ts' &&
        /\battachHook\(/.test(readFileSync(`${REPO}/${f}`, 'utf8')),
    );
    expect(attaching).toEqual([]);
  });

  it('keeps SQL in repositories (and the database layer)', () => {
    const querying = [...graph.keys()].filter(
      (f) =>
        /^src\/(modules|core|http)\//.test(f) &&
        !f.endsWith('.repository.ts') &&
        QUERY.test(readFileSync(`${REPO}/${f}`, 'utf8')),
    );
    expect(querying).toEqual([]);
  });

  it('lets one module only write each table (others ask its services)', () => {
    const writers = new Map<string, Set<string>>();
    for (const file of graph.keys()) {
      const owner = file.startsWith('src/modules/') ? file.split('/')[2]! : layerOf(file);
      if (owner === 'db' || owner === 'cli' || file.includes('.test.')) continue;
      for (const table of tablesWrittenBy(readFileSync(`${REPO}/${file}`, 'utf8')))
        writers.set(table, (writers.get(table) ?? new Set()).add(owner));
    }
    expect(writers.size).toBeGreaterThan(40);
    const shared = [...writers]
      .filter(([, owners]) => owners.size > 1)
      .map(([t, o]) => `${t}: ${[...o].join(', ')}`);
    expect(shared).toEqual([]);
  });
});

// `sql` tagged templates, with or without a result type (sql<{ n: number }>`…`).
const QUERY = /\.(selectFrom|updateTable|insertInto|deleteFrom|replaceInto)\(|\bsql(<[^`]*?>)?`/;

/** The tables a source file writes, through Kysely's builders or in raw SQL. */
function tablesWrittenBy(source: string): string[] {
  const builders = [...source.matchAll(/\.(?:updateTable|insertInto|deleteFrom)\(\s*'([a-z_]+)/g)];
  const raw = [...source.matchAll(/\b(?:update|insert\s+into|delete\s+from)\s+([a-z_]+)\b/gi)].filter((m) =>
    /\bsql(<[^`]*?>)?`[^`]*$/.test(source.slice(Math.max(0, m.index - 400), m.index)),
  );
  return [...builders, ...raw].map((m) => m[1]!);
}
