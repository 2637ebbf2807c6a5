// Approve and deny words in issue comments: the comment's first line must be the word
// itself (punctuation aside), so "I do not approve" is not an approval.
export type CommentDecision = 'approve' | 'deny';

export function commentDecision(body: string, words: { approve: string[]; deny: string[] }): CommentDecision | undefined {
  const firstLine = (body.trim().split('\n')[0] ?? '').trim().toLowerCase().replace(/[\s.!,;:]+$/, '');
  if (words.deny.some((word) => word.toLowerCase() === firstLine)) return 'deny';
  if (words.approve.some((word) => word.toLowerCase() === firstLine)) return 'approve';
  return undefined;
}
