/** Types for scripts/changelog.mjs, which the workflow runs with plain node. */
export declare function withChangelogEntry(changelog: string, release: { tag: string; date: string; notes: string }): string;
