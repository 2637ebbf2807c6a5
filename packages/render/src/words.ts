// Small wording rules every report shares, so a commit or a count reads the same everywhere.

/** A commit as people write it: its first seven characters. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/** A count with its noun, singular for exactly one: `1 check`, `0 checks`, `2 entries`. */
export function plural(count: number, singular: string, pluralForm: string = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
