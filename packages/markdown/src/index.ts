// GitHub-flavoured markdown, read with a real parser (micromark + mdast) so that what
// counts as a checkbox is exactly what GitHub renders as one: a task item inside a code
// block, an HTML comment or a block quote is not a checklist item.
import type { Heading, ListItem, Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { toString as plainText } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';

export interface TaskItem {
  /** The item's own text (first paragraph), markdown stripped. */
  text: string;
  checked: boolean;
  /** Every word of the item is ~~struck through~~. */
  struck: boolean;
  /** 1-based line in the source. */
  line: number;
}

export interface HtmlComment {
  /** The text between `<!--` and `-->`, trimmed. */
  text: string;
  line: number;
  /** 1-based column of its `<!--`. */
  column: number;
}

/**
 * Block quotes and list items one line may open. micromark keeps a stack frame and a
 * container per level, so `>` × 60,000 (a 60 kB body) took a minute and then overflowed the
 * stack; nobody nests 16 deep on purpose.
 */
export const MAX_LINE_NESTING = 16;
/**
 * Columns of indentation a line keeps. Each nested list level needs two more, so this bounds
 * how deep lines can stay nested across lines (here 32 levels, plus what the line opens).
 */
export const MAX_INDENT_COLUMNS = 64;

/**
 * Only the GitHub extensions a checklist needs: task items and ~~strikethrough~~. Tables,
 * autolinks and footnotes change nothing about which boxes are ticked, and on hostile
 * bodies (65 kB of table rows or open links) they cost seconds.
 */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(boundNesting(markdown), {
    extensions: [gfmTaskListItem(), gfmStrikethrough()],
    mdastExtensions: [gfmTaskListItemFromMarkdown(), gfmStrikethroughFromMarkdown()],
  });
}

/**
 * Markdown as GitHub renders it, with every GFM extension (tables, autolinks, footnotes):
 * for checking what the suite writes, not for reading checklists.
 */
export function parseAsGitHubRenders(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** A container marker at the start of a line (after the ones before it): `>`, `-`/`+`/`*`, or `1.`/`1)`. */
const CONTAINER_MARKER = /[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y;

/**
 * Bounds how deep any line can stand, so that parsing takes time in proportion to the text:
 * a line indented more than MAX_INDENT_COLUMNS keeps that much indentation, and a line
 * opening more than MAX_LINE_NESTING block quotes or list items keeps the first
 * MAX_LINE_NESTING markers. Its text is read as standing at that depth: inside a quote it is
 * still quoted (and ignored), in a list it is still an item. Documents nested within the
 * bounds are unchanged, and line numbers never change.
 */
export function boundNesting(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => {
      const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
      if (columns(indent) > MAX_INDENT_COLUMNS) line = ' '.repeat(MAX_INDENT_COLUMNS) + line.slice(indent.length);
      CONTAINER_MARKER.lastIndex = 0;
      let markers = 0;
      let keptEnd = 0;
      let end = 0;
      while (CONTAINER_MARKER.test(line)) {
        markers++;
        end = CONTAINER_MARKER.lastIndex;
        if (markers === MAX_LINE_NESTING) keptEnd = end;
      }
      if (markers <= MAX_LINE_NESTING) return line;
      return `${line.slice(0, keptEnd)} ${line.slice(end).replace(/^[ \t]+/, '')}`;
    })
    .join('\n');
}

/** Columns a run of spaces and tabs spans, tabs stopping at multiples of 4 as in CommonMark. */
function columns(whitespace: string): number {
  let column = 0;
  for (const char of whitespace) column = char === '\t' ? column + 4 - (column % 4) : column + 1;
  return column;
}

/** Every task-list item of the document, in order, outside block quotes. */
export function taskItems(markdown: string): TaskItem[] {
  return collectTaskItems(parseMarkdown(markdown).children);
}

/**
 * The task items under the heading whose text is `heading` (case-insensitive), up to
 * the next heading of the same or a higher level. `undefined` when there is no such heading.
 */
export function sectionTaskItems(markdown: string, heading: string): TaskItem[] | undefined {
  const wanted = heading.trim().toLowerCase();
  const children = parseMarkdown(markdown).children;
  const start = children.findIndex((node) => node.type === 'heading' && plainText(node).trim().toLowerCase() === wanted);
  if (start < 0) return undefined;
  const depth = (children[start] as Heading).depth;
  let end = children.findIndex((node, index) => index > start && node.type === 'heading' && node.depth <= depth);
  if (end < 0) end = children.length;
  return collectTaskItems(children.slice(start + 1, end));
}

/** HTML comments that stand as blocks of their own (not inside code). */
export function htmlComments(markdown: string): HtmlComment[] {
  const comments: HtmlComment[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'html') {
      for (const match of node.value.matchAll(/<!--([\s\S]*?)-->/g)) {
        const before = node.value.slice(0, match.index);
        const lineStart = before.lastIndexOf('\n');
        comments.push({
          text: (match[1] ?? '').trim(),
          line: (node.position?.start.line ?? 1) + (before.match(/\n/g)?.length ?? 0),
          column: lineStart < 0 ? (node.position?.start.column ?? 1) + before.length : before.length - lineStart,
        });
      }
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(parseMarkdown(markdown));
  return comments;
}

function collectTaskItems(nodes: Nodes[]): TaskItem[] {
  const items: TaskItem[] = [];
  const visit = (node: Nodes): void => {
    // A quoted checklist is somebody else's words, not the author's checklist.
    if (node.type === 'blockquote') return;
    if (node.type === 'listItem' && typeof node.checked === 'boolean') items.push(toTaskItem(node));
    if ('children' in node) node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return items;
}

function toTaskItem(item: ListItem): TaskItem {
  const paragraph = item.children.find((child) => child.type === 'paragraph');
  const text = paragraph ? visibleText(paragraph).replace(/\s+/g, ' ').trim() : '';
  return {
    text,
    checked: item.checked === true,
    struck: paragraph !== undefined && isFullyStruck(paragraph.children),
    line: item.position?.start.line ?? 0,
  };
}

/**
 * Text as GitHub shows it: inline HTML (an `<!-- comment -->` after an item, tags) renders
 * as nothing, and a hard line break reads as a space, not as two words glued together.
 */
function visibleText(node: Nodes): string {
  if (node.type === 'html') return '';
  if (node.type === 'break') return ' ';
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? node.children.map((child) => visibleText(child as Nodes)).join('') : '';
}

/** True when all visible text is inside ~~strikethrough~~ (and there is some). */
function isFullyStruck(nodes: Nodes[]): boolean {
  let struckText = '';
  let plainText = '';
  for (const node of nodes) {
    if (node.type === 'delete') struckText += visibleText(node);
    else plainText += visibleText(node);
  }
  return struckText.trim() !== '' && plainText.replace(/[\s.,;:!?]/g, '') === '';
}
