/**
 * Query.search(type: ISSUE) over the state's pull requests, as release-notes lists a range's
 * merged pull requests. Only the qualifiers below are understood; any other qualifier or free
 * text is an Unimplemented error naming it, so no query can rely on something the emulator
 * would silently ignore. GitHub's cap applies: issueCount counts every match, but only the
 * first 1,000 can be paged to.
 */
import { issueCreatedAt } from '../model/issues';
import type { Pull } from '../model/pulls';
import { baseRef } from '../model/pulls';
import type { EmulatorState } from '../model/state';
import type { Connection, PageArgs } from './connections';
import { GitHubGraphqlError, paginate, searchCursors, Unimplemented } from './connections';
import type { PullModel, Resolvers } from './models';
import { pullModel } from './models';

/** GitHub's limit on the results of one search that can be paged to. */
const SEARCH_CAP = 1000;

type TimeField = 'merged' | 'created';
type Operator = '>' | '>=' | '<' | '<=';

interface PullSearch {
  repo?: string;
  pullsOnly: boolean;
  merged: boolean;
  base?: string;
  times: Partial<Record<TimeField, { operator: Operator; at: number }>>;
  order: 'asc' | 'desc';
}

/** `merged:>=2026-10-01`, `created:<2026-10-01T12:00:00Z`: a bare date is its 00:00:00Z. */
const TIME = /^(merged|created):(>=|<=|>|<)(\d{4}-\d\d-\d\d)(T\d\d:\d\d:\d\dZ)?$/;

/** The time qualifier `term` as a bound, undefined when it is not one. */
function timeBound(term: string): { field: TimeField; operator: Operator; at: number } | undefined {
  const match = TIME.exec(term);
  if (!match) return undefined;
  const [, field, operator, date, time] = match;
  const at = Date.parse(`${date}${time ?? 'T00:00:00Z'}`);
  return Number.isNaN(at) ? undefined : { field: field as TimeField, operator: operator as Operator, at };
}

/** Applies one whitespace-separated term of the query to `search`; throws on anything else. */
function applyTerm(search: PullSearch, term: string): void {
  const once = (qualifier: string, present: unknown) => {
    // A repeated qualifier: GitHub's combination rules (or the `A..B` ranges) are not emulated.
    if (present !== undefined) throw new Unimplemented(`search qualifier ${qualifier} given twice`);
  };
  const bound = timeBound(term);
  if (bound) {
    once(`${bound.field}:`, search.times[bound.field]);
    search.times[bound.field] = { operator: bound.operator, at: bound.at };
  } else if (term.startsWith('repo:')) {
    once('repo:', search.repo);
    search.repo = term.slice('repo:'.length).toLowerCase();
  } else if (term.startsWith('base:') && term.length > 'base:'.length) {
    once('base:', search.base);
    search.base = term.slice('base:'.length);
  } else if (term === 'is:pr') search.pullsOnly = true;
  else if (term === 'is:merged') search.merged = true;
  else if (term === 'sort:created-asc' || term === 'sort:created-desc') search.order = term.endsWith('asc') ? 'asc' : 'desc';
  else
    throw new Unimplemented(`the search term ${JSON.stringify(term)} (qualifiers served: repo: is:pr is:merged base: merged: created: sort:created-asc|desc)`);
}

/** The query's qualifiers. Without a sort, newest first (GitHub's default is best match; for qualifiers only, this order). */
function parseSearch(query: string): PullSearch {
  const search: PullSearch = { pullsOnly: false, merged: false, times: {}, order: 'desc' };
  for (const term of query.split(/\s+/).filter(Boolean)) applyTerm(search, term);
  if (!search.pullsOnly) throw new Unimplemented('search(type: ISSUE) without is:pr (issues are not searched)');
  if (search.repo === undefined) throw new Unimplemented('search without repo: (all of GitHub)');
  return search;
}

const compare: Record<Operator, (time: number, at: number) => boolean> = {
  '>': (time, at) => time > at,
  '>=': (time, at) => time >= at,
  '<': (time, at) => time < at,
  '<=': (time, at) => time <= at,
};

/** When the pull was merged or created, as its GraphQL mergedAt and createdAt say; undefined when never merged. */
function timeOf(pull: Pull, field: TimeField): number | undefined {
  if (field === 'created') return Date.parse(issueCreatedAt(pull));
  return pull.merged_at ? Date.parse(pull.merged_at) : undefined;
}

/** The state's pull requests `query` matches, in its order. */
function searchPulls(state: EmulatorState, query: string): Pull[] {
  const search = parseSearch(query);
  if (search.repo !== `${state.repo.owner}/${state.repo.name}`.toLowerCase()) return [];
  const bounds = Object.entries(search.times) as Array<[TimeField, { operator: Operator; at: number }]>;
  const sign = search.order === 'asc' ? 1 : -1;
  return state.pulls
    .filter((pull) => !state.searchUnindexed?.includes(pull.number))
    .filter((pull) => !search.merged || Boolean(pull.merged_at))
    .filter((pull) => search.base === undefined || baseRef(state, pull) === search.base)
    .filter((pull) =>
      bounds.every(([field, { operator, at }]) => {
        const time = timeOf(pull, field);
        return time !== undefined && compare[operator](time, at);
      }),
    )
    .sort((a, b) => sign * ((timeOf(a, 'created') ?? 0) - (timeOf(b, 'created') ?? 0) || a.number - b.number));
}

/** Query.search: only type ISSUE, over pull requests; every match counted, the first 1,000 served. */
export function search(state: EmulatorState, args: Record<string, unknown>): Connection<PullModel> {
  if (args.type !== 'ISSUE') throw new Unimplemented(`search(type: ${String(args.type)})`);
  if (state.searchFailure) throw new GitHubGraphqlError(state.searchFailure.type, state.searchFailure.message);
  const pulls = searchPulls(state, String(args.query));
  const page = paginate(pulls.slice(0, SEARCH_CAP).map(pullModel), args as PageArgs, 'search', searchCursors);
  return { ...page, totalCount: pulls.length };
}

/** SearchResultItemConnection: the counts of other types are not served (a query asking is told so). */
export const searchConnection: Resolvers<Connection<PullModel>> = {
  issueCount: (source) => source.totalCount,
  nodes: (source) => source.edges.map((edge) => edge.node),
  edges: (source) => source.edges,
  pageInfo: (source) => source.pageInfo,
};
