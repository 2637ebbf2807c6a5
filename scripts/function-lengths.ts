/**
 * Function lengths, measured with the TypeScript compiler's own parser: every function
 * (declaration, method, accessor, constructor, arrow or function expression) counts from its
 * first line to its last, inner functions included. Prints the functions over the limit and
 * the longest one, and exits 1 when any is over, so CI can hold the line.
 *
 *   tsx scripts/function-lengths.ts [--max 60] [--top N] [dir or file ...]
 *
 * Without paths: the product (the src/ folders under actions/ and packages/) and the test
 * emulator; test files (*.test.ts) are left out everywhere.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

interface FunctionLength {
  file: string;
  line: number;
  name: string;
  lines: number;
}

function isSource(path: string): boolean {
  return path.endsWith('.ts') && !path.endsWith('.d.ts') && !path.endsWith('.test.ts');
}

/** TypeScript sources under `path`; under actions/ and packages/ only their src/ folders. */
function sources(path: string): string[] {
  if (!statSync(path).isDirectory()) return isSource(path) ? [path] : [];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => {
    const child = join(path, entry.name);
    if (entry.name === 'node_modules' || entry.name === 'dist') return [];
    return entry.isDirectory() ? sources(child) : isSource(child) ? [child] : [];
  });
}

function productAndEmulator(): string[] {
  const srcOf = (root: string) =>
    readdirSync(root)
      .map((name) => join(root, name, 'src'))
      .filter((dir) => statSync(dir, { throwIfNoEntry: false })?.isDirectory());
  return [...srcOf('actions'), ...srcOf('packages'), 'test/emulator'].flatMap(sources);
}

/** A readable name: the declaration's own, else what it is assigned to or the property it is. */
function nameOf(node: ts.SignatureDeclaration, file: ts.SourceFile): string {
  if (node.name) return node.name.getText(file);
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name)
    return parent.name.getText(file);
  if (ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText(file).slice(0, 40)})`;
  return '(anonymous)';
}

function measure(path: string): FunctionLength[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: FunctionLength[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
      const end = file.getLineAndCharacterOfPosition(node.getEnd()).line;
      found.push({ file: relative(process.cwd(), path), line: start + 1, name: nameOf(node, file), lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function main(argv: string[]): number {
  let max = 60;
  let top = 5;
  const paths: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--max') max = Number(argv[++index]);
    else if (arg === '--top') top = Number(argv[++index]);
    else paths.push(arg);
  }
  const files = paths.length ? paths.flatMap(sources) : productAndEmulator();
  const all = files.flatMap(measure).sort((a, b) => b.lines - a.lines);
  const over = all.filter((entry) => entry.lines > max);
  const show = (entry: FunctionLength) => `${String(entry.lines).padStart(4)}  ${entry.file}:${entry.line}  ${entry.name}`;
  console.log(`${all.length} functions in ${files.length} files; ${over.length} over ${max} lines`);
  for (const entry of over) console.log(show(entry));
  console.log(`longest ${Math.min(top, all.length)}:`);
  for (const entry of all.slice(0, top)) console.log(show(entry));
  return over.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
