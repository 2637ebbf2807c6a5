// Approve and deny words in issue comments: the comment's first line must be the word
// itself (punctuation aside), so "I do not approve", a quoted "> approve" or a code span
// is not a decision. A comment that uses a word without being a decision is reported, so
// whoever wrote it learns why it did not count. An approval edited after it was posted
// does not count: people with write access may edit anyone's comment.
type CommentDecision = 'approve' | 'deny';

export function commentDecision(body: string, words: { approve: string[]; deny: string[] }): CommentDecision | undefined {
  const firstLine = (body.trim().split('\n')[0] ?? '')
    .trim()
    .toLowerCase()
    .replace(/[\s.!,;:]+$/, '');
  if (words.deny.some((word) => word.toLowerCase() === firstLine)) return 'deny';
  if (words.approve.some((word) => word.toLowerCase() === firstLine)) return 'approve';
  return undefined;
}

/** Why a comment that uses an approve or deny word is not a decision; undefined when it uses none. */
export function nearMissReason(body: string, words: { approve: string[]; deny: string[] }): string | undefined {
  const lower = body.toLowerCase();
  const uses = (word: string) => new RegExp(`(^|[^a-z0-9])${word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z0-9])`).test(lower);
  const word = [...words.deny, ...words.approve].find(uses);
  if (!word) return undefined;
  return `wrote "${word}" inside a longer line, a quote or code: only a comment whose first line is just the word is a decision`;
}

/** Whether a comment was edited after it was posted (GitHub moves `updated_at`). */
export function editedAfterPosting(comment: { created_at?: string; updated_at?: string }): boolean {
  return !!comment.created_at && !!comment.updated_at && Date.parse(comment.updated_at) > Date.parse(comment.created_at);
}
