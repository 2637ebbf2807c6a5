// Writes a release's notes, as the suite's own release-notes action drafted them, into
// CHANGELOG.md: a `## <tag> (<date>)` section at the top, the notes' headings one level down
// so they nest under it. Run by .github/workflows/prepare-release.yml with TAG, NOTES_FILE and
// CHANGELOG in the environment (never a shell string). Running it again for the same tag
// replaces that tag's section, so a re-run of the workflow does not write the release twice.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const TITLE = '# Changelog';
const TAG = /^v\d+\.\d+\.\d+$/;

/**
 * The changelog with `notes` as the newest section for `tag`.
 * @param {string} changelog the file's text ('' when it does not exist yet)
 * @param {{ tag: string, date: string, notes: string }} release
 * @returns {string}
 */
export function withChangelogEntry(changelog, { tag, date, notes }) {
  if (!TAG.test(tag)) throw new Error(`TAG must look like v1.2.3; got ${JSON.stringify(tag)}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`the date must look like 2026-11-25; got ${JSON.stringify(date)}`);
  const { preamble, sections } = splitSections(changelog.replace(/\r\n?/g, '\n'));
  const entry = `## ${tag} (${date})\n\n${nested(notes).trim()}\n`;
  const others = sections.filter((section) => sectionTag(section) !== tag);
  return `${[preamble.trim() || TITLE, entry.trim(), ...others.map((section) => section.trim())].join('\n\n')}\n`;
}

/** Everything before the first `## ` heading, and each `## ` section (fenced code is not looked into). */
function splitSections(text) {
  const sections = [];
  let preamble = '';
  let current;
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^\s{0,3}(```|~~~)/.test(line)) fenced = !fenced;
    if (!fenced && line.startsWith('## ')) {
      if (current !== undefined) sections.push(current);
      current = '';
    }
    if (current === undefined) preamble += `${line}\n`;
    else current += `${line}\n`;
  }
  if (current !== undefined) sections.push(current);
  return { preamble, sections };
}

const sectionTag = (section) => /^## (v\d+\.\d+\.\d+)\b/.exec(section)?.[1];

/** The notes' ATX headings one level deeper, outside fenced code. */
function nested(notes) {
  let fenced = false;
  return notes
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      if (/^\s{0,3}(```|~~~)/.test(line)) fenced = !fenced;
      return !fenced && /^#{1,5} /.test(line) ? `#${line}` : line;
    })
    .join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { TAG: tag = '', NOTES_FILE: notesFile = '', CHANGELOG: changelogFile = 'CHANGELOG.md' } = process.env;
  if (!notesFile) throw new Error('NOTES_FILE must name the file release-notes wrote (its output-file input)');
  let changelog = '';
  try {
    changelog = readFileSync(changelogFile, 'utf8');
  } catch (error) {
    if (error?.code !== 'ENOENT') throw error;
  }
  const date = process.env.RELEASE_DATE || new Date().toISOString().slice(0, 10);
  writeFileSync(changelogFile, withChangelogEntry(changelog, { tag, date, notes: readFileSync(notesFile, 'utf8') }));
  console.log(`${changelogFile}: wrote the section for ${tag} (${date})`);
}
