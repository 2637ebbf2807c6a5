// The layering the README promises: domain packages are pure logic and never reach the
// runner's runtime (@actions/core) at run time, not even through another workspace package.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const DOMAIN = ['approval', 'changes', 'checklist', 'notes', 'rollback', 'smoke', 'render', 'policy', 'markdown'];

/** The modules a package's source imports for their values (`import type` is erased by the build). */
function runtimeImports(pkg: string): Set<string> {
  const dir = join(root, 'packages', pkg, 'src');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
  const imports = new Set<string>();
  for (const file of files) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const match of source.matchAll(/^(?:import|export)\s+(?!type\s)[^'"]*?from\s+'([^'.][^']*)'/gm)) imports.add(match[1]!);
  }
  return imports;
}

/** Every module a package reaches at run time, following workspace packages transitively. */
function reached(pkg: string, seen = new Set<string>()): Set<string> {
  for (const name of runtimeImports(pkg)) {
    if (seen.has(name)) continue;
    seen.add(name);
    const workspace = /^@release-governance\/(.+)$/.exec(name);
    if (workspace) reached(workspace[1]!, seen);
  }
  return seen;
}

describe('layering', () => {
  it.each(DOMAIN)('packages/%s does not reach @actions/core at run time', (pkg) => {
    expect([...reached(pkg)].filter((name) => name.startsWith('@actions/core') || name === '@release-governance/report')).toEqual([]);
  });

  it('sees the step part reach @actions/core (the check can fail)', () => {
    expect(reached('report').has('@actions/core')).toBe(true);
  });
});
