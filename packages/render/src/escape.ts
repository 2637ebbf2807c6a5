// The one place user text (PR titles, commit subjects, bodies, reasons, check names, logins)
// is made inert before the suite writes it. Two functions, one per medium:
//   - `htmlText` for HTML in job summaries (entity escapes),
//   - `markdownText` for markdown: notes, release bodies, issue bodies (backslash escapes),
// so that a CHANGELOG built from the notes reads as plain text, not as entities.
// Both first apply `inertText`: no line breaks or control characters (a lone CR is a line
// break in CommonMark, so it could start a fake heading), no bidirectional overrides (they
// make text read differently from what it is), and no mention: GitHub decodes entities
// before it links mentions, so only a character between `@` and the login stops the ping.

/** CR, LF, NEL and the Unicode line/paragraph separators: each is a line break somewhere. */
const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/** Other C0 and C1 controls (tab included: it can indent a line into a code block) and DEL. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this neutralises.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
/** Bidirectional embeddings, overrides and isolates (the "Trojan Source" characters). */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
/** An `@` right before what GitHub would read as a login or a team (`@org/team`). */
const MENTION = /@(?=[A-Za-z0-9])/g;
/** Zero-width space: keeps `@name` readable while GitHub no longer sees a mention. */
const ZWSP = '\u200b';

/**
 * User text as one plain line: no line break, control or bidi override. For text GitHub
 * shows as plain text and never links (annotations, failure messages): a reason or a check
 * name cannot add a line of its own to a failure list.
 */
export function inertLine(value: string | number | boolean): string {
  return String(value).replace(LINE_BREAKS, ' ').replace(CONTROLS, ' ').replace(BIDI, '');
}

/**
 * User text for the job log: one inert line the runner cannot read as a workflow command,
 * neither `::name::` at its start (the runner trims leading spaces before it looks, so the
 * line is prefixed with a visible mark instead) nor a legacy `##[name]` anywhere in it.
 */
export function inertLogLine(value: string | number | boolean): string {
  const line = inertLine(value).replace(/##\[/g, `##${ZWSP}[`);
  return /^\s*::/.test(line) ? `» ${line}` : line;
}

/** One line of inert plain text that mentions no one: the shared first step of both escapes. */
export function inertText(value: string | number | boolean): string {
  return inertLine(value).replace(MENTION, `@${ZWSP}`);
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // Markdown syntax as entities: inert should the HTML stand inside markdown (a table, a paragraph).
  '|': '&#124;',
  '`': '&#96;',
  '[': '&#91;',
  ']': '&#93;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  '\\': '&#92;',
};

/** User text for HTML (job summaries): tags, attributes and markdown syntax all inert. */
export function htmlText(value: string | number | boolean): string {
  return inertText(value).replace(/[&<>"'|`[\]*_~\\]/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * User text for markdown, as one inline run of text: backslash escapes (CommonMark lets any
 * ASCII punctuation be escaped) for whatever would start markup — emphasis, code, links,
 * raw HTML, table cells — and for `&` only where it would start an entity, so `AT&T` and
 * `fix(api): x` stay as written. `#` is left alone mid-line so `#123` still links its issue.
 */
export function markdownText(value: string | number | boolean): string {
  const escaped = inertText(value)
    .replace(/[\\`*_[\]<>|~]/g, (char) => `\\${char}`)
    .replace(/&(?=#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)/g, '\\&');
  // At the start of a line (a section title, a table cell at a line's start) these open a block.
  return escaped.replace(
    /^(\s*)([#+=-]|\d+(?=[.)]))/,
    (_match, space: string, marker: string) => `${space}${/^\d/.test(marker) ? `${marker}\\` : `\\${marker}`}`,
  );
}

/** Only http(s) may become a link; any other scheme (javascript:, data:) stays text. */
export function isWebUrl(href: string | null | undefined): href is string {
  return typeof href === 'string' && /^https?:\/\//i.test(href);
}

/**
 * A URL for markdown: written bare (GitHub links it) only when it is http(s) and holds
 * nothing markdown would read as markup; otherwise it is escaped text, never a link.
 */
export function markdownUrl(href: string | null | undefined): string {
  if (!href) return '';
  return isWebUrl(href) && /^[^\s<>"`|\\[\]*~]+$/.test(href) ? href : markdownText(href);
}

/** Inline code for markdown, fenced with more backticks than the value holds. */
export function markdownCode(value: string): string {
  const inert = inertText(value);
  const longest = Math.max(0, ...[...inert.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = inert.startsWith('`') || inert.endsWith('`') || inert.trim() === '' ? ' ' : '';
  return `${fence}${pad}${inert}${pad}${fence}`;
}
