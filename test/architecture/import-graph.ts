// Reads the project's own imports (relative specifiers only) and answers the questions the
// house rules ask of them: which files import which, which module a file belongs to, and where
// the graph has cycles. Used by architecture.test.ts and by `npm run arch` for a report.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export type Graph = Map<string, string[]>;

const SOURCE = /\.(ts|tsx)$/;

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function resolveSpecifier(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  const candidates = [
    base,
    base.replace(/\.js$/, '.ts'),
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
  ];
  return candidates.find((c) => SOURCE.test(c) && existsSync(c) && statSync(c).isFile());
}

/** Every file under `roots` (relative to `repo`) with the project files it imports. */
export function importGraph(repo: string, roots: string[]): Graph {
  const graph: Graph = new Map();
  for (const root of roots) {
    for (const file of walk(join(repo, root), [])) {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, false);
      const targets = importedFiles
        .map((i) => i.fileName)
        .filter((s) => s.startsWith('.'))
        .map((s) => resolveSpecifier(file, s))
        .filter((t): t is string => t !== undefined)
        .map((t) => relative(repo, t));
      graph.set(relative(repo, file), [...new Set(targets)]);
    }
  }
  return graph;
}

/** `src/modules/cases/cases.service.ts` → `cases`; files outside a module → undefined. */
export function moduleOf(file: string): string | undefined {
  return /^src\/modules\/([^/]+)\//.exec(file)?.[1];
}

/** Strongly connected components with more than one file (or a file importing itself). */
export function cycles(graph: Graph): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    indices.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, indices.get(w)!));
      }
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return found;
}

/** The graph of modules: an edge a → b when a file of module a imports a file of module b. */
export function moduleGraph(graph: Graph): Graph {
  const modules: Graph = new Map();
  for (const [file, targets] of graph) {
    const from = moduleOf(file);
    if (!from) continue;
    const edges = new Set(modules.get(from) ?? []);
    for (const t of targets) {
      const to = moduleOf(t);
      if (to && to !== from) edges.add(to);
    }
    modules.set(from, [...edges]);
  }
  return modules;
}
