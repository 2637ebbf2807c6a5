/**
 * Repository.releases and Release: the releases GET /releases lists, in GitHub's orders
 * (model/releases.ts), so both APIs tell the same story.
 */
import { newestFirst, releaseCreatedAt, releasePublishedAt } from '../model/releases';
import type { EmulatorState } from '../model/state';
import { nodeId } from '../shapes';
import { type PageArgs, paginate, Unimplemented } from './connections';
import type { ReleaseModel, Resolvers } from './models';
import { repoUrl } from './models';

/** Repository.releases: CREATED_AT (the only order GitHub has besides NAME), newest first unless ASC. */
export function repositoryReleases(state: EmulatorState, args: Record<string, unknown>) {
  const order = (args.orderBy ?? { field: 'CREATED_AT', direction: 'DESC' }) as { field: string; direction: string };
  if (order.field !== 'CREATED_AT') throw new Unimplemented(`Repository.releases(orderBy: ${order.field})`);
  const releases = newestFirst(state);
  if (order.direction === 'ASC') releases.reverse();
  return paginate(
    releases.map((release): ReleaseModel => ({ kind: 'Release', release })),
    args as PageArgs,
    'releases',
  );
}

export const release: Resolvers<ReleaseModel> = {
  id: ({ release: source }) => nodeId('Release', source.id),
  databaseId: ({ release: source }) => source.id,
  name: ({ release: source }) => source.name ?? null,
  tagName: ({ release: source }) => source.tag_name,
  isDraft: ({ release: source }) => source.draft ?? false,
  isPrerelease: ({ release: source }) => source.prerelease ?? false,
  createdAt: ({ release: source }) => releaseCreatedAt(source),
  publishedAt: ({ release: source }) => releasePublishedAt(source),
  url: ({ release: source }, _args, ctx) => `${repoUrl(ctx.shape.state)}/releases/tag/${encodeURIComponent(source.tag_name)}`,
};
