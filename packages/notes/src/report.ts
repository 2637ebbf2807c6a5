// How a release-notes run reads as a step: outputs, the summary (range, counts, the release
// written, one row per section, then the notes themselves) — all in one place.
import { code, join, link, plural, type StepReport, shortSha, text } from '@release-governance/render';
import type { Sections } from './categorise';
import { listedEntries } from './render';

interface NotesResult {
  /** The notes as markdown, already escaped. */
  notes: string;
  version: string;
  tagPrefix: string;
  from?: { tag: string };
  /** The target as the user named it, or its SHA. */
  to: string;
  /** Commits read in the range, and entries cancelled by reverts. */
  commits: number;
  cancelled: number;
  sections: Sections;
  /** The tag of the release, and the release when one was created or updated. */
  tag: string;
  release?: { id: number; url: string; draft: boolean; created: boolean };
}

export function notesStepReport(result: NotesResult): StepReport {
  const { sections, from, release } = result;
  const listed = listedEntries(sections).length;
  return {
    outputs: {
      notes: result.notes,
      version: result.version,
      'previous-tag': from?.tag ?? '',
      'release-id': release ? String(release.id) : '',
      'release-url': release?.url ?? '',
    },
    title: `Release notes: ${result.tagPrefix}${result.version} (${plural(listed, 'change')}${from ? ` since ${from.tag}` : ''})`,
    intro: join([
      text('Range '),
      code(from ? from.tag : 'the first commit'),
      text(' … '),
      code(result.to.length === 40 ? shortSha(result.to) : result.to),
      text(`: ${result.commits} commits; ${result.cancelled} cancelled by reverts; ${sections.excluded.length} excluded by the changelog configuration.`),
      ...(release
        ? [text(` ${release.created ? 'Created' : 'Updated'} `), link(`${release.draft ? 'draft ' : ''}release ${result.tag}`, release.url), text('.')]
        : []),
    ]),
    table: { columns: ['Section', 'Entries'], rows: sectionCounts(sections).map(([title, count]) => [text(title), text(count)]) },
    markdown: result.notes,
  };
}

function sectionCounts(sections: Sections): [string, number][] {
  const breaking: [string, number][] = sections.breaking.length > 0 ? [['Breaking changes', sections.breaking.length]] : [];
  return [...breaking, ...sections.sections.map((section): [string, number] => [section.title, section.entries.length])];
}
