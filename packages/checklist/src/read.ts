// Which required items the people ticked, from the checklist documents (a PR or issue
// body, its comments, or a file), compared by item text as the policy defines it.
import { taskItems } from '@release-governance/markdown';
import { itemKey, type RequiredItem } from '@release-governance/policy';

export interface ChecklistDocument {
  /** e.g. "pull request #12", "comment by alice", "RELEASE_CHECKLIST.md". */
  label: string;
  url?: string;
  markdown: string;
}

export type TickState = 'ticked' | 'unticked' | 'struck' | 'missing';

export interface ItemTicks {
  item: RequiredItem;
  state: TickState;
  /** Where the deciding mention stands; absent when the item is missing. */
  source?: { label: string; url?: string; line: number };
}

/**
 * Later documents override earlier ones (a comment updates the body). Within one document,
 * an item listed twice counts as ticked only if every copy is ticked, so a second ticked
 * copy cannot hide an unticked one.
 */
export function readTicks(required: RequiredItem[], documents: ChecklistDocument[]): ItemTicks[] {
  const latest = new Map<string, ItemTicks['source'] & { state: TickState }>();
  for (const document of documents) {
    const inDocument = new Map<string, { state: TickState; line: number }>();
    for (const task of taskItems(document.markdown)) {
      const key = itemKey(task.text);
      const state: TickState = task.struck ? 'struck' : task.checked ? 'ticked' : 'unticked';
      const previous = inDocument.get(key);
      inDocument.set(key, previous ? { state: weaker(previous.state, state), line: previous.line } : { state, line: task.line });
    }
    for (const [key, { state, line }] of inDocument) {
      latest.set(key, { label: document.label, url: document.url, line, state });
    }
  }
  return required.map((item) => {
    const found = latest.get(itemKey(item.text));
    if (!found) return { item, state: 'missing' };
    const { state, ...source } = found;
    return { item, state, source };
  });
}

const STRENGTH: Record<TickState, number> = { missing: 0, unticked: 1, struck: 2, ticked: 3 };

function weaker(a: TickState, b: TickState): TickState {
  return STRENGTH[a] <= STRENGTH[b] ? a : b;
}
