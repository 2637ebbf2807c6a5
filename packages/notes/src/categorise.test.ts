import { describe, expect, it } from 'vitest';
import { categorise } from './categorise';
import type { Entry } from './entries';
import { listedEntries } from './render';
import { nextVersion } from './version';

const entry = (number: number, title: string, labels: string[] = []): Entry => ({
  kind: 'pull',
  number,
  sha: String(number).repeat(40).slice(0, 40),
  title,
  body: '',
  url: `https://github.com/octo-org/widgets/pull/${number}`,
  author: { login: 'alice', type: 'User' },
  labels,
  reviewed: true,
  approvers: ['bob'],
  firstTime: false,
});
const none = { labels: [], authors: [] };
/** GitHub's documented example of .github/release.yml (docs: "Automatically generated release notes"). */
const GITHUB_EXAMPLE = {
  exclude: { labels: ['ignore-for-release'], authors: ['octocat'] },
  categories: [
    { title: 'Breaking Changes 🛠', labels: ['Semver-Major', 'breaking-change'], exclude: none },
    { title: 'Exciting New Features 🎉', labels: ['Semver-Minor', 'enhancement'], exclude: none },
    { title: 'Other Changes', labels: ['*'], exclude: none },
  ],
};
const BREAKING_LABELS = ['breaking', 'breaking-change', 'semver-major'];
const titles = (sections: ReturnType<typeof categorise>) => ({
  breaking: sections.breaking.map((item) => item.number),
  sections: sections.sections.map((section) => [section.title, section.entries.map((item) => item.number)]),
});

describe('categorise: breaking changes and the team’s own categories', () => {
  it("puts a breaking change under the team's own breaking category, not the built-in one", () => {
    const sections = categorise(
      [entry(1, 'Drop Node 18', ['breaking-change']), entry(2, 'Add cache', ['enhancement']), entry(3, 'Tidy')],
      GITHUB_EXAMPLE,
      BREAKING_LABELS,
    );
    expect(titles(sections)).toEqual({
      breaking: [],
      sections: [
        ['Breaking Changes 🛠', [1]],
        ['Exciting New Features 🎉', [2]],
        ['Other Changes', [3]],
      ],
    });
    // Still a major bump.
    expect(
      nextVersion('v1.4.2', listedEntries(sections), {
        tagPrefix: 'v',
        initialVersion: '0.1.0',
        breakingLabels: BREAKING_LABELS,
        minorLabels: ['enhancement'],
      }),
    ).toBe('2.0.0');
  });

  it('keeps the built-in section for a breaking change that only the catch-all would take', () => {
    const sections = categorise([entry(4, 'feat!: new config format'), entry(5, 'Rename flag', ['breaking'])], GITHUB_EXAMPLE, BREAKING_LABELS);
    // feat! maps to enhancement, which the team's features category names; `breaking` is named by no category.
    expect(titles(sections)).toEqual({ breaking: [5], sections: [['Exciting New Features 🎉', [4]]] });
  });

  it('uses the built-in section when the repository has no categories of its own', () => {
    const sections = categorise([entry(6, 'Drop Node 18', ['breaking-change']), entry(7, 'Fix crash', ['bug'])], { exclude: none }, BREAKING_LABELS);
    expect(titles(sections)).toEqual({ breaking: [6], sections: [['Fixes', [7]]] });
  });
});
