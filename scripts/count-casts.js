// Counts type assertions (`x as T` and `<T>x`, but not `as const`) in the non-test TypeScript
// files under src/, grouped by file, with the TypeScript compiler API.
//   node scripts/count-casts.js [--all] [dir]      (npm run count:casts)
// Plain JavaScript, like src/db/pglite-worker.js, so that it runs without a loader.
// Prints the total and the files with the most assertions (every file with --all).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import process from 'node:process';
import ts from 'typescript';

/** @param {string} line */
const print = (line) => process.stdout.write(`${line}\n`);

const args = process.argv.slice(2);
const showAll = args.includes('--all');
const root = args.find((a) => !a.startsWith('--')) ?? 'src';

/** @param {string} dir @returns {Generator<string>} */
function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
      yield path;
  }
}

/** @param {ts.TypeNode} type */
function isAsConst(type) {
  return ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && type.typeName.text === 'const';
}

/** @param {string} fileName @param {string} text */
export function countAssertions(fileName, text) {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, kind);
  let count = 0;
  /** @param {ts.Node} node */
  const visit = (node) => {
    if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && !isAsConst(node.type)) count++;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return count;
}

const counts = [...sourceFiles(root)]
  .map((file) => ({ file: relative('.', file), count: countAssertions(file, readFileSync(file, 'utf8')) }))
  .filter((c) => c.count > 0)
  .sort((a, b) => b.count - a.count || a.file.localeCompare(b.file));

const total = counts.reduce((sum, c) => sum + c.count, 0);
for (const c of showAll ? counts : counts.slice(0, 25)) print(`${String(c.count).padStart(5)}  ${c.file}`);
if (!showAll && counts.length > 25) print(`  ... ${counts.length - 25} more files (--all)`);
print(`${String(total).padStart(5)}  total in ${counts.length} files under ${root}/ (tests excluded)`);
