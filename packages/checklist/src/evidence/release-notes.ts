// `release-notes` evidence: a release for the tag, or a notes file in the repository.
import { type EvidenceResult, unavailable } from './result';

export function evaluateReleaseNotes(input: {
  tag?: string;
  release?: { tag_name: string; draft: boolean; html_url?: string };
  notesFilesFound: string[];
  notesFilesLookedFor: string[];
}): EvidenceResult {
  if (input.release) {
    const kind = input.release.draft ? 'draft' : 'published';
    return {
      kind: 'release-notes',
      proven: true,
      summary: `a ${kind} release exists for ${input.release.tag_name}`,
      details: [{ text: `${kind} release ${input.release.tag_name}`, url: input.release.html_url, ok: true }],
    };
  }
  if (input.notesFilesFound.length > 0) {
    return {
      kind: 'release-notes',
      proven: true,
      summary: `notes file present: ${input.notesFilesFound.join(', ')}`,
      details: input.notesFilesFound.map((file) => ({ text: file, ok: true })),
    };
  }
  if (!input.tag && input.notesFilesLookedFor.length === 0) {
    return unavailable('release-notes', 'no release tag to look for: set the `tag` input, or run on a tag push or a release event');
  }
  const lookedFor = [
    ...(input.tag ? [`no draft or published release for ${input.tag}`] : []),
    ...(input.notesFilesLookedFor.length > 0 ? [`none of ${input.notesFilesLookedFor.join(', ')} exists`] : []),
  ];
  return { kind: 'release-notes', proven: false, summary: lookedFor.join(', and '), details: [] };
}
