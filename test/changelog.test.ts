// scripts/changelog.mjs: how the prepare-release workflow writes the drafted notes into
// CHANGELOG.md. The workflow itself is run in test/dogfooding.test.ts.
import { describe, expect, it } from 'vitest';
import { withChangelogEntry } from '../scripts/changelog.mjs';

const NOTES =
  '## Features\n\n- Add batch mode by @alice in https://github.com/o/r/pull/40\n\n## Release checks\n\n- 1 pull request, 1 approved by someone other than their author\n';

describe('withChangelogEntry', () => {
  it('starts a new file with a title and the release as its first section, headings nested under it', () => {
    expect(withChangelogEntry('', { tag: 'v1.0.0', date: '2026-11-25', notes: NOTES })).toBe(
      '# Changelog\n\n## v1.0.0 (2026-11-25)\n\n### Features\n\n- Add batch mode by @alice in https://github.com/o/r/pull/40\n\n### Release checks\n\n- 1 pull request, 1 approved by someone other than their author\n',
    );
  });

  it('puts the newest release above the older ones and keeps the preamble', () => {
    const first = withChangelogEntry('# Changelog\n\nWritten by release-notes.\n', { tag: 'v1.0.0', date: '2026-11-01', notes: '## Fixes\n\n- a\n' });
    const second = withChangelogEntry(first, { tag: 'v1.1.0', date: '2026-11-25', notes: '## Features\n\n- b\n' });
    expect(second.split('\n').filter((line) => line.startsWith('#'))).toEqual([
      '# Changelog',
      '## v1.1.0 (2026-11-25)',
      '### Features',
      '## v1.0.0 (2026-11-01)',
      '### Fixes',
    ]);
    expect(second).toContain('Written by release-notes.');
  });

  it('replaces the section of a version written before', () => {
    const first = withChangelogEntry('', { tag: 'v1.0.0', date: '2026-11-01', notes: '## Fixes\n\n- old\n' });
    const again = withChangelogEntry(first, { tag: 'v1.0.0', date: '2026-11-02', notes: '## Fixes\n\n- new\n' });
    expect(again).not.toContain('old');
    expect(again.match(/^## v1\.0\.0/gm)).toHaveLength(1);
  });

  it('leaves headings inside fenced code alone', () => {
    const written = withChangelogEntry('', { tag: 'v1.0.0', date: '2026-11-25', notes: '```\n## not a heading\n```\n' });
    expect(written).toContain('```\n## not a heading\n```');
  });

  it('refuses a tag that is not a version and a date that is not a day', () => {
    expect(() => withChangelogEntry('', { tag: 'main', date: '2026-11-25', notes: '' })).toThrow(/TAG must look like v1.2.3/);
    expect(() => withChangelogEntry('', { tag: 'v1.0.0', date: 'today', notes: '' })).toThrow(/date/);
  });
});
