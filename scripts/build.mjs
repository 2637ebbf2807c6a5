// Bundles every action under actions/ into dist/<name>/index.js with ncc (and the licences
// of the bundled third-party code into dist/<name>/licenses.txt), then regenerates
// the root action.yml and its dispatcher. CI runs this and fails if dist/ or action.yml changed.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const only = process.argv.slice(2);

const actions = readdirSync(join(root, 'actions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, 'actions', entry.name, 'src', 'index.ts')))
  .map((entry) => entry.name)
  .filter((name) => only.length === 0 || only.includes(name));

for (const name of actions) {
  const out = join(root, 'dist', name);
  rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, [ncc, 'build', join(root, 'actions', name, 'src', 'index.ts'), '-o', out, '--target', 'es2022', '--license', 'licenses.txt', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
  console.log(`built dist/${name}/index.js`);
}
execFileSync(process.execPath, [join(root, 'scripts', 'generate-root-action.mjs')], { cwd: root, stdio: 'inherit' });
// The policy's JSON Schema, for editors, from the same zod schema the bundles carry.
execFileSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'generate-schema.ts')], { cwd: root, stdio: 'inherit' });
