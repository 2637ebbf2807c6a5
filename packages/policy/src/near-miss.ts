// The message for an unknown key: the near miss it probably was (by edit distance), else the
// keys known at that place.
/** `unknown key; did you mean "min-approvals"?` for a near miss, else the keys that are known there. */
export function unknownKeyMessage(key: string, known: readonly string[]): string {
  const near = nearestKey(key, known);
  if (near) return `unknown key; did you mean "${near}"?`;
  return known.length > 0 ? `unknown key; the keys known here are ${known.join(', ')}` : 'unknown key; check the spelling against the documented settings';
}

/** The known key a misspelling most likely meant: same letters ignoring case and -/_, or a few edits away. */
function nearestKey(key: string, known: readonly string[]): string | undefined {
  const normal = (text: string) => text.toLowerCase().replace(/[-_\s]/g, '');
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = normal(key) === normal(candidate) ? 0 : editDistance(key.toLowerCase(), candidate.toLowerCase());
    // A key inside the known one (`severity` for `min-severity`) is near too.
    const near = distance <= Math.max(2, Math.ceil(candidate.length / 3)) || (key.length >= 4 && normal(candidate).includes(normal(key)));
    if (near && (!best || distance < best.distance)) best = { key: candidate, distance };
  }
  return best?.key;
}

function editDistance(a: string, b: string): number {
  // Keys are short; a key of hostile length is not worth comparing.
  if (Math.abs(a.length - b.length) > 3 || a.length > 64) return Number.POSITIVE_INFINITY;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? Number.POSITIVE_INFINITY;
}
