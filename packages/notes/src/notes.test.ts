import { describe, expect, it } from 'vitest';
import { categorise, parseConventional } from './categorise';
import { cancelReverts, type Entry } from './entries';
import { entryLine } from './render';
import { nextVersion } from './version';

const entry = (title: string, labels: string[] = [], extra: Partial<Entry> = {}): Entry => ({
  kind: 'pull',
  number: 1,
  sha: 'a',
  title,
  body: '',
  url: 'u',
  labels,
  reviewed: true,
  approvers: ['bob'],
  firstTime: false,
  author: { login: 'alice', type: 'User' },
  ...extra,
});
const config = { exclude: { labels: [], authors: [] } };

describe('cancelReverts', () => {
  it('cancels a change and its revert, by GitHub’s wording or a revert commit', () => {
    const entries = [
      entry('Add cache', [], { number: 15 }),
      entry('Revert "Add cache"', [], { number: 16, body: 'Reverts o/r#15' }),
      entry('Tune pool', [], { kind: 'commit', number: undefined, sha: 'abc1234def' }),
      entry('Revert "Tune pool"', [], { kind: 'commit', number: undefined, sha: 'fff', body: 'This reverts commit abc1234def.' }),
      entry('Revert "Something older"', [], { number: 20 }),
    ];
    const { kept, cancelled } = cancelReverts(entries);
    expect(kept.map((candidate) => candidate.title)).toEqual(['Revert "Something older"']);
    expect(cancelled).toHaveLength(4);
  });
});

describe('categorise', () => {
  it('follows .github/release.yml: exclusions, first match, category exclude, and "*"', () => {
    const sections = categorise(
      [
        entry('A', ['enhancement']),
        entry('B', ['enhancement', 'internal']),
        entry('C', ['bug']),
        entry('D', ['skip']),
        entry('E', [], { author: { login: 'renovate[bot]', type: 'Bot' } }),
      ],
      {
        exclude: { labels: ['skip'], authors: ['renovate'] },
        categories: [
          { title: 'Features', labels: ['enhancement'], exclude: { labels: ['internal'], authors: [] } },
          { title: 'Rest', labels: ['*'], exclude: { labels: [], authors: [] } },
          { title: 'Bugs', labels: ['bug'], exclude: { labels: [], authors: [] } },
        ],
      },
      ['breaking'],
    );
    expect(sections.sections.map((section) => [section.title, section.entries.map((candidate) => candidate.title)])).toEqual([
      ['Features', ['A']],
      ['Rest', ['B', 'C']],
    ]);
    expect(sections.excluded.map((candidate) => candidate.title)).toEqual(['D', 'E']);
  });

  it('categorises unlabelled entries by conventional type and collects breaking changes', () => {
    const sections = categorise(
      [entry('fix(api): handle 404'), entry('refactor!: new config format'), entry('perf: faster parse', [], { body: 'BREAKING CHANGE: drops v1 files' })],
      config,
      ['breaking'],
    );
    expect(sections.breaking.map((candidate) => candidate.title)).toEqual(['refactor!: new config format', 'perf: faster parse']);
    expect(sections.sections).toEqual([{ title: 'Fixes', entries: [expect.objectContaining({ title: 'fix(api): handle 404' })] }]);
    expect(parseConventional('feat(ui)!: x')).toEqual({ type: 'feat', scope: 'ui', breaking: true, description: 'x' });
  });
});

describe('nextVersion and entryLine', () => {
  const options = { tagPrefix: 'v', initialVersion: '0.1.0', breakingLabels: ['breaking'], minorLabels: ['enhancement'] };
  it('bumps major, minor or patch', () => {
    expect(nextVersion('v1.4.2', [entry('x', ['breaking'])], options)).toBe('2.0.0');
    expect(nextVersion('v1.4.2', [entry('feat: y')], options)).toBe('1.5.0');
    expect(nextVersion('v1.4.2', [entry('fix: z')], options)).toBe('1.4.3');
    expect(nextVersion(undefined, [entry('fix: z')], options)).toBe('0.1.0');
  });

  it('releases a pre-release as its own version, not one past it', () => {
    // 2.0.0-rc.1 precedes 2.0.0: whatever the change, the release it leads to is 2.0.0.
    expect(nextVersion('v2.0.0-rc.1', [entry('fix: z')], options)).toBe('2.0.0');
    expect(nextVersion('v2.0.0-rc.1', [entry('feat: y')], options)).toBe('2.0.0');
    expect(nextVersion('v2.0.0-rc.1', [entry('x', ['breaking'])], options)).toBe('2.0.0');
    expect(nextVersion('v2.1.0-beta.2', [entry('x', ['breaking'])], options)).toBe('3.0.0');
    expect(nextVersion('v2.0.1-rc.1', [entry('feat: y')], options)).toBe('2.1.0');
    expect(nextVersion('v1.4.2+build.7', [entry('fix: z')], options)).toBe('1.4.3');
  });

  it('coerces a loose tag to the version it stands for, and ignores a tag with no version', () => {
    expect(nextVersion('v1.2', [entry('fix: z')], options)).toBe('1.2.1');
    expect(nextVersion('v1', [entry('feat: y')], options)).toBe('1.1.0');
    expect(nextVersion('release-1.2.3', [entry('fix: z')], { ...options, tagPrefix: 'release-' })).toBe('1.2.4');
    expect(nextVersion('v1.2-rc1', [entry('fix: z')], options)).toBe('1.2.0');
    expect(nextVersion('V1.2.3', [entry('fix: z')], options)).toBe('0.1.0');
    expect(nextVersion('nightly', [entry('fix: z')], options)).toBe('0.1.0');
  });

  it('credits only a well-formed login as a mention', () => {
    expect(entryLine(entry('t', [], { author: { login: 'dependabot[bot]', type: 'Bot' } }))).toBe('- t by @dependabot in u');
    expect(entryLine(entry('t', [], { author: { login: 'x y@z', type: 'User' } }))).toBe('- t by x y@\u200bz in u');
  });

  it('writes titles as inert markdown: backslash escapes, one line, no mention, no link but http(s)', () => {
    expect(entryLine(entry('fix: rename `user_id` for @octocat', [], { url: 'https://github.com/o/r/pull/1' }))).toBe(
      '- fix: rename \\`user\\_id\\` for @\u200boctocat by @alice in https://github.com/o/r/pull/1',
    );
    const direct = entryLine(entry('chore: bump\r## Security fix: all clear', [], { kind: 'commit', sha: 'abcdef0123' }));
    expect(direct).toBe('- chore: bump ## Security fix: all clear by @alice in abcdef0 ⚠️ pushed without a pull request');
    expect(entryLine(entry('x', [], { url: 'javascript:alert(1)' }))).toBe('- x by @alice in javascript:alert(1)');
  });
});
