// release-notes with the configuration files teams already have: GitHub's documented
// example of the release-notes configuration, under the `.yaml` name that many
// repositories use.
import { describe, expect, it } from 'vitest';
import type { Emulator, EmulatorState } from './emulator';
import { emulatorPerTest } from './helpers/emulator-per-test';
import { runAction, shaOf } from './helpers/run-action';

const sha = (label: string) => shaOf(`config ${label}`);
/** GitHub's documented example (docs: "Automatically generated release notes"). */
const GITHUB_EXAMPLE = `# .github/release.yml

changelog:
  exclude:
    labels:
      - ignore-for-release
    authors:
      - octocat
  categories:
    - title: Breaking Changes 🛠
      labels:
        - Semver-Major
        - breaking-change
    - title: Exciting New Features 🎉
      labels:
        - Semver-Minor
        - enhancement
    - title: Other Changes
      labels:
        - "*"
`;

type Pull = EmulatorState['pulls'][number];
const pull = (number: number, title: string, labels: string[], login = 'alice'): Pull => ({
  number,
  title,
  body: '',
  user: { login },
  state: 'closed',
  merged_at: '2026-11-01T10:00:00Z',
  head_sha: sha(`head ${number}`),
  base_ref: 'main',
  merge_commit_sha: sha(`pr${number}`),
  commits: [sha(`pr${number}`)],
  labels,
});

let emulator: Emulator;
emulatorPerTest(
  (): Partial<EmulatorState> => {
    const order = ['v1.0.0', 'pr1', 'pr2', 'pr3', 'pr4', 'pr5'];
    return {
      commits: order.map((label) => ({ sha: sha(label), message: label, author: 'alice' })),
      branches: { main: sha('pr5') },
      tags: { 'v1.0.0': sha('v1.0.0') },
      files: { [sha('v1.0.0')]: { 'README.md': '#\n' }, [sha('pr5')]: { 'README.md': '#\n', '.github/release.yaml': GITHUB_EXAMPLE } },
      releases: [{ id: 1, tag_name: 'v1.0.0', draft: false, prerelease: false, created_at: '2026-10-01T00:00:00Z', published_at: '2026-10-01T00:00:00Z' }],
      pulls: [
        pull(1, 'Remove the v1 API', ['breaking-change']),
        pull(2, 'Add streaming', ['enhancement']),
        pull(3, 'Internal cleanup', ['ignore-for-release']),
        pull(4, 'Update docs', [], 'octocat'),
        pull(5, 'Tidy tests', []),
      ],
      reviews: Object.fromEntries(
        [1, 2, 3, 4, 5].map((number) => [number, [{ user: { login: 'bob' }, state: 'APPROVED' as const, commit_id: sha(`head ${number}`) }]]),
      ),
    };
  },
  (started) => (emulator = started),
);

describe('release-notes with .github/release.yaml', () => {
  it("reads the .yaml name, keeps the team's categories and exclusions, and its breaking heading", async () => {
    const run = await runAction('release-notes', { apiUrl: emulator.url, sha: sha('pr5'), inputs: { to: sha('pr5') } });
    expect(run.exitCode).toBe(0);
    const notes = run.outputs.notes ?? '';
    const headings = notes.split('\n').filter((line) => line.startsWith('## '));
    expect(headings.slice(0, 3)).toEqual(['## Breaking Changes 🛠', '## Exciting New Features 🎉', '## Other Changes']);
    expect(notes).not.toContain('## Breaking changes');
    expect(notes).toMatch(/## Breaking Changes 🛠\n\n- Remove the v1 API by @alice/);
    expect(notes).toMatch(/## Other Changes\n\n- Tidy tests by @alice/);
    // Excluded by label and by author.
    expect(notes).not.toContain('Internal cleanup');
    expect(notes).not.toContain('Update docs');
    expect(run.outputs.version).toBe('2.0.0');
  });
});
