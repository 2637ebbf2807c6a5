// release-notes' inputs, each read once (trimmed by the toolkit) and parsed before anything is read from GitHub.
import { choiceInput, textInput } from '@release-governance/report';

const RELEASE_MODES = ['none', 'draft', 'publish'] as const;

export interface NotesInputs {
  token: string;
  policy: string;
  /** The range: `from` ('' for the previous release) to `to` ('' for the event's tag or commit). */
  from: string;
  to: string;
  /** The release's tag; '' for `to` when it names a tag, else the next version. */
  tag: string;
  release: (typeof RELEASE_MODES)[number];
  /** Where to write the notes in the workspace; '' for nowhere. */
  outputFile: string;
  /** Overrides release-notes.tag-prefix; '' keeps the policy's. */
  tagPrefix: string;
}

export function readInputs(): NotesInputs {
  return {
    token: textInput('token'),
    policy: textInput('policy'),
    from: textInput('from'),
    to: textInput('to'),
    tag: textInput('tag'),
    release: choiceInput('release', RELEASE_MODES, 'none'),
    outputFile: textInput('output-file'),
    tagPrefix: textInput('tag-prefix'),
  };
}
