/** Releases: their times and GitHub's order, for the REST list and GraphQL's Repository.releases alike. */
import { timestamp } from './ids';
import type { EmulatorState } from './state';

export type Release = EmulatorState['releases'][number];

/** Default creation time from the id, so releases without dates still sort by id. */
export const releaseCreatedAt = (release: Release) => release.created_at ?? timestamp(release.id);

/** When it was published: the state's, else its creation for a published one; null for a draft. */
export const releasePublishedAt = (release: Release) =>
  release.published_at !== undefined ? release.published_at : release.draft ? null : releaseCreatedAt(release);

/** Newest first by created_at, then id, as GitHub lists releases. */
export function newestFirst(state: EmulatorState): Release[] {
  return [...state.releases].sort((a, b) => releaseCreatedAt(b).localeCompare(releaseCreatedAt(a)) || b.id - a.id);
}
