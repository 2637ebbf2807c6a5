// GitHub-flavoured markdown, read with a real parser (micromark + mdast) so that what
// counts as a checkbox is exactly what GitHub renders as one: a task item inside a code
// block, an HTML comment or a block quote is not a checklist item.
import type { Heading, ListItem, Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';

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
}

export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
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
  const start = children.findIndex(
    (node) => node.type === 'heading' && toString(node).trim().toLowerCase() === wanted,
  );
  if (start < 0) return undefined;
  const depth = (children[start] as Heading).depth;
  let end = children.findIndex(
    (node, index) => index > start && node.type === 'heading' && node.depth <= depth,
  );
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
        comments.push({
          text: (match[1] ?? '').trim(),
          line: (node.position?.start.line ?? 1) + (before.match(/\n/g)?.length ?? 0),
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
  const text = paragraph ? toString(paragraph).replace(/\s+/g, ' ').trim() : '';
  return {
    text,
    checked: item.checked === true,
    struck: paragraph !== undefined && isFullyStruck(paragraph.children),
    line: item.position?.start.line ?? 0,
  };
}

/** True when all visible text is inside ~~strikethrough~~ (and there is some). */
function isFullyStruck(nodes: Nodes[]): boolean {
  let struckText = '';
  let plainText = '';
  for (const node of nodes) {
    if (node.type === 'delete') struckText += toString(node);
    else plainText += toString(node);
  }
  return struckText.trim() !== '' && plainText.replace(/[\s.,;:!?]/g, '') === '';
}
