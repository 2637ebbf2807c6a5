// Sorting entries into sections, GitHub's way: `.github/release.yml`'s changelog.exclude
// drops entries by label or author; each entry goes into the first category whose labels
// it has (and whose own exclude does not drop it); `"*"` takes what no earlier category
// matched. Unlabelled entries are matched by their conventional-commit type. A breaking
// entry goes to the team's own category when one names one of its labels (GitHub's
// documented example has "Breaking Changes 🛠"); the built-in breaking section takes the
// rest, and every breaking entry still makes the version bump major.
import type { ChangelogConfig } from '@release-governance/policy';
import picomatch from 'picomatch';
import type { Entry } from './entries';

interface Conventional {
  type: string;
  scope?: string;
  breaking: boolean;
  description: string;
}

export function parseConventional(subject: string, body = ''): Conventional | undefined {
  const match = /^(\w+)(?:\(([^)]*)\))?(!)?:\s*(.+)$/.exec(subject.trim());
  if (!match) return undefined;
  const [, type = '', scope, bang, description = ''] = match;
  return { type: type.toLowerCase(), scope, breaking: bang === '!' || /^BREAKING[ -]CHANGE:/m.test(body), description };
}

/** Labels a conventional type stands for, so unlabelled entries meet labelled categories. */
const TYPE_LABELS: Record<string, string[]> = {
  feat: ['feat', 'feature', 'enhancement'],
  fix: ['fix', 'bug', 'bugfix'],
  perf: ['perf', 'performance'],
  docs: ['docs', 'documentation'],
  refactor: ['refactor', 'refactoring'],
  test: ['test', 'tests'],
  build: ['build', 'dependencies'],
  ci: ['ci'],
  chore: ['chore', 'maintenance'],
  style: ['style'],
  revert: ['revert'],
};

const DEFAULT_CHANGELOG: ChangelogConfig = {
  exclude: { labels: [], authors: [] },
  categories: [
    { title: 'Features', labels: ['feat', 'feature', 'enhancement'], exclude: { labels: [], authors: [] } },
    { title: 'Fixes', labels: ['fix', 'bug', 'bugfix'], exclude: { labels: [], authors: [] } },
    { title: 'Performance', labels: ['perf', 'performance'], exclude: { labels: [], authors: [] } },
    { title: 'Documentation', labels: ['docs', 'documentation'], exclude: { labels: [], authors: [] } },
    { title: 'Other Changes', labels: ['*'], exclude: { labels: [], authors: [] } },
  ],
};
const UNCATEGORISED_TITLE = 'Other Changes';

export function labelsFor(entry: Entry): string[] {
  if (entry.labels.length > 0) return entry.labels.map((label) => label.toLowerCase());
  const conventional = parseConventional(entry.title, entry.body);
  return conventional ? (TYPE_LABELS[conventional.type] ?? [conventional.type]) : [];
}

export function isBreaking(entry: Entry, breakingLabels: string[]): boolean {
  const wanted = new Set(breakingLabels.map((label) => label.toLowerCase()));
  return entry.labels.some((label) => wanted.has(label.toLowerCase())) || (parseConventional(entry.title, entry.body)?.breaking ?? false);
}

function excludedBy(rule: { labels: string[]; authors: string[] }, entry: Entry, labels: string[]): boolean {
  const excludedLabels = new Set(rule.labels.map((label) => label.toLowerCase()));
  const author = entry.author?.login.toLowerCase();
  return (
    labels.some((label) => excludedLabels.has(label)) ||
    (author !== undefined &&
      rule.authors.some((login) => login.toLowerCase() === author || login.toLowerCase() === `${author}[bot]` || `${login.toLowerCase()}[bot]` === author))
  );
}

export interface Sections {
  breaking: Entry[];
  sections: { title: string; entries: Entry[] }[];
  excluded: Entry[];
}

export function categorise(entries: Entry[], changelog: ChangelogConfig, breakingLabels: string[]): Sections {
  const categories = changelog.categories ?? DEFAULT_CHANGELOG.categories ?? [];
  const sections = categories.map((category) => ({ title: category.title, entries: [] as Entry[] }));
  const uncategorised: Entry[] = [];
  const breaking: Entry[] = [];
  const excluded: Entry[] = [];
  const takes = (category: (typeof categories)[number], entry: Entry, labels: string[], catchAll: boolean) =>
    !excludedBy(category.exclude, entry, labels) &&
    ((catchAll && category.labels.includes('*')) || category.labels.some((label) => labels.includes(label.toLowerCase())));
  for (const entry of entries) {
    const labels = labelsFor(entry);
    if (excludedBy(changelog.exclude, entry, labels)) {
      excluded.push(entry);
      continue;
    }
    if (isBreaking(entry, breakingLabels)) {
      // The team's own category wins when it names one of the entry's labels; a `"*"`
      // catch-all does not hide a breaking change among "Other Changes".
      const own = changelog.categories ? categories.findIndex((category) => takes(category, entry, labels, false)) : -1;
      if (own >= 0) sections[own]?.entries.push(entry);
      else breaking.push(entry);
      continue;
    }
    const index = categories.findIndex((category) => takes(category, entry, labels, true));
    if (index >= 0) sections[index]?.entries.push(entry);
    else uncategorised.push(entry);
  }
  const filled = sections.filter((section) => section.entries.length > 0);
  // Complete notes: what no category took is still listed, not dropped.
  if (uncategorised.length > 0) {
    const other = filled.find((section) => section.title === UNCATEGORISED_TITLE);
    if (other) other.entries.push(...uncategorised);
    else filled.push({ title: UNCATEGORISED_TITLE, entries: uncategorised });
  }
  return { breaking, sections: filled, excluded };
}

/** Keeps entries touching the included paths and not only excluded ones; entries with unknown files stay. */
export function filterByPaths(entries: Entry[], paths: { include: string[]; exclude: string[] }): Entry[] {
  if (paths.include.length === 0 && paths.exclude.length === 0) return entries;
  const included = paths.include.length > 0 ? picomatch(paths.include, { dot: true }) : () => true;
  const excluded = paths.exclude.length > 0 ? picomatch(paths.exclude, { dot: true }) : () => false;
  return entries.filter((entry) => entry.files === undefined || entry.files.some((file) => included(file) && !excluded(file)));
}
