// Release notes as markdown. Titles and names are user text: markdown-escaped (backslashes,
// so the notes read as written in a CHANGELOG too) so they cannot inject HTML, links or
// headings, break the markdown, or mention anyone. Only the author credit is a mention,
// and only http(s) URLs are written as links.
import { markdownText, markdownUrl, plural, shortSha } from '@release-governance/render';
import type { Sections } from './categorise';
import type { Entry } from './entries';

interface NotesInput {
  repository: { owner: string; repo: string; serverUrl: string };
  from?: string;
  to: string;
  sections: Sections;
}

/** GitHub logins are [A-Za-z0-9-] (and a [bot] suffix); anything else is not credited as a mention. */
const credit = (entry: Entry) => {
  const login = entry.author?.login;
  if (!login) return '';
  const name = login.replace(/\[bot\]$/, '');
  return /^[A-Za-z0-9-]+$/.test(name) ? ` by @${name}` : ` by ${markdownText(login)}`;
};

export function entryLine(entry: Entry): string {
  const where = entry.kind === 'pull' ? ` in ${markdownUrl(entry.url)}` : ` in ${shortSha(entry.sha)}`;
  const mark =
    entry.kind === 'commit'
      ? ' ⚠️ pushed without a pull request'
      : entry.reviewed
        ? ''
        : ' ⚠️ merged without an approving review by someone other than its author';
  return `- ${markdownText(entry.title)}${credit(entry)}${where}${mark}`;
}

export function listedEntries(sections: Sections): Entry[] {
  return [...sections.breaking, ...sections.sections.flatMap((section) => section.entries)];
}

export function renderNotes(input: NotesInput): string {
  const { sections } = input;
  const parts: string[] = [];
  if (sections.breaking.length > 0) parts.push(`## Breaking changes\n\n${sections.breaking.map(entryLine).join('\n')}`);
  for (const section of sections.sections) parts.push(`## ${markdownText(section.title)}\n\n${section.entries.map(entryLine).join('\n')}`);
  if (parts.length === 0) parts.push('No changes.');

  const entries = listedEntries(sections);
  const pulls = entries.filter((entry) => entry.kind === 'pull');
  const unreviewed = pulls.filter((entry) => !entry.reviewed);
  const direct = entries.filter((entry) => entry.kind === 'commit');
  const checks = [`- ${plural(pulls.length, 'pull request')}, ${pulls.length - unreviewed.length} approved by someone other than their author`];
  if (unreviewed.length > 0)
    checks.push(`- ${unreviewed.length} merged without an independent approval: ${unreviewed.map((entry) => `#${entry.number}`).join(', ')}`);
  if (direct.length > 0)
    checks.push(`- ${plural(direct.length, 'commit')} pushed without a pull request: ${direct.map((entry) => shortSha(entry.sha)).join(', ')}`);
  parts.push(`## Release checks\n\n${checks.join('\n')}`);

  const people = [...new Map(entries.flatMap((entry) => (entry.author ? [[entry.author.login.toLowerCase(), entry] as const] : []))).values()];
  if (people.length > 0) parts.push(`## Contributors\n\n${people.map((entry) => credit(entry).replace(/^ by /, '')).join(', ')}`);
  const newcomers = pulls.filter((entry) => entry.firstTime);
  if (newcomers.length > 0)
    parts.push(
      `## New contributors\n\n${newcomers.map((entry) => `-${credit(entry).replace(/^ by/, '')} made their first contribution in ${markdownUrl(entry.url)}`).join('\n')}`,
    );

  const { owner, repo, serverUrl } = input.repository;
  if (input.from) parts.push(`**Full changelog**: ${serverUrl}/${owner}/${repo}/compare/${encodeURIComponent(input.from)}...${encodeURIComponent(input.to)}`);
  return `${parts.join('\n\n')}\n`;
}
