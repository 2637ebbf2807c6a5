/**
 * GitHub's GraphQL connections: first/last/after/before pagination with its limits and
 * error messages, cursors, and the node count GitHub's resource limits are computed from.
 */
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { Kind, valueFromASTUntyped } from 'graphql';
import type { ConnectionSpec } from '../../../packages/github/src/graphql-cost';

/**
 * An error GitHub itself answers with, carrying its `type` (NOT_FOUND, EXCESSIVE_PAGINATION...),
 * as opposed to an emulator gap or bug. `queryBug`: the query (with its variables) fails on
 * GitHub whatever the repository holds, so sending it is a bug in the suite.
 */
export class GitHubGraphqlError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly queryBug = false,
  ) {
    super(message);
  }
}

/** A field of GitHub's schema the emulator does not resolve (yet): an error naming it, never a silent null. */
export class Unimplemented extends Error {
  constructor(what: string) {
    super(`The GitHub emulator does not implement ${what}; add it to the resolvers of its type (test/emulator/graphql/, listed in resolvers.ts)`);
  }
}

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** Turns positions in a connection's full list into opaque cursors and back (undefined: not one of ours). */
interface Cursors {
  encode(position: number): string;
  decode(cursor: string): number | undefined;
}

/** GitHub-looking opaque cursors (theirs are base64 "cursor:v2:" + packed data); here the packed data is the position. */
const positionCursors: Cursors = {
  encode: (position) => Buffer.from(`cursor:v2:${position}`).toString('base64'),
  decode: (cursor) => {
    const match = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
    const position = match ? Number(match[1]) : undefined;
    // Only the exact spelling we hand out: base64 decoding accepts much more.
    return position !== undefined && positionCursors.encode(position) === cursor ? position : undefined;
  },
};

/**
 * Commit history cursors as GitHub spells them: "<sha of the commit the history starts at> <zero-based position>",
 * e.g. "1f2e... 99" for the 100th commit. Clients may build one themselves to skip ahead, so
 * any position is accepted for the same starting commit.
 */
export function historyCursors(sha: string): Cursors {
  return {
    encode: (position) => `${sha} ${position}`,
    decode: (cursor) => {
      const match = /^([0-9a-f]{40}) (\d+)$/.exec(cursor);
      return match && match[1] === sha ? Number(match[2]) : undefined;
    },
  };
}

/**
 * Search cursors as GitHub spells them: base64 of "cursor:<one-based position>". Clients may
 * build one themselves to skip ahead, so any position is accepted.
 */
export const searchCursors: Cursors = {
  encode: (position) => Buffer.from(`cursor:${position + 1}`).toString('base64'),
  decode: (cursor) => {
    const match = /^cursor:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
    return match && Number(match[1]) >= 1 ? Number(match[1]) - 1 : undefined;
  },
};

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface PageInfo {
  startCursor: string | null;
  endCursor: string | null;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** A page of a connection, whatever its GraphQL type (…Connection, its …Edge type and PageInfo). */
export interface Connection<T> {
  kind: 'Connection';
  edges: Array<Edge<T>>;
  totalCount: number;
  pageInfo: PageInfo;
}

/** GitHub's limit on `first` and `last`. */
const MAX_PAGE_SIZE = 100;
/** GitHub's limit on the nodes one query may request. */
export const MAX_NODES = 500_000;

/**
 * The page of `items` (the connection's full list, in its order) that `args` select, with
 * GitHub's errors: first or last is required, at most 100, and cursors must be ones it issued.
 * `field` names the connection in messages, as GitHub does.
 */
export function paginate<T>(items: T[], args: PageArgs, field: string, cursors: Cursors = positionCursors): Connection<T> {
  const { first, last, after, before } = args;
  if (first == null && last == null) {
    throw new GitHubGraphqlError(
      'MISSING_PAGINATION_BOUNDARIES',
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${field}\` connection.`,
      true,
    );
  }
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value == null) continue;
    if (value > MAX_PAGE_SIZE) {
      throw new GitHubGraphqlError(
        'EXCESSIVE_PAGINATION',
        `Requesting ${value} records on the \`${field}\` connection exceeds the \`${name}\` limit of ${MAX_PAGE_SIZE} records.`,
        true,
      );
    }
    if (value < 0) throw new GitHubGraphqlError('INVALID_ARGUMENTS', `\`${name}\` on the \`${field}\` connection cannot be less than zero.`, true);
  }
  const position = (cursor: string): number => {
    const decoded = cursors.decode(cursor);
    if (decoded === undefined) throw new GitHubGraphqlError('INVALID_CURSOR_ARGUMENTS', `\`${cursor}\` does not appear to be a valid cursor.`);
    return decoded;
  };
  // Relay's algorithm: cut at the cursors, then take the first `first`, then the last `last`.
  let start = after == null ? 0 : Math.min(position(after) + 1, items.length);
  let end = before == null ? items.length : Math.max(start, Math.min(position(before), items.length));
  if (first != null) end = Math.min(end, start + first);
  if (last != null) start = Math.max(start, end - last);
  const edges = items.slice(start, end).map((node, offset) => ({ node, cursor: cursors.encode(start + offset) }));
  return {
    kind: 'Connection',
    edges,
    totalCount: items.length,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
    },
  };
}

/** Whether the connection field selects anything but its totalCount (and __typename), through fragments too. */
function selectsPage(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>): boolean {
  return (selectionSet?.selections ?? []).some((selection) => {
    if (selection.kind === Kind.FIELD) return !['totalCount', '__typename'].includes(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) return selectsPage(selection.selectionSet, fragments);
    return selectsPage(fragments[selection.name.value]?.selectionSet, fragments);
  });
}

/**
 * paginate, except that a connection asked only for its totalCount needs no first or last:
 * GitHub counts it without paging (e.g. `commits { totalCount }`).
 */
export function paginateOrCount<T>(items: T[], args: PageArgs, field: string, info: GraphQLResolveInfo): Connection<T> {
  const countOnly = args.first == null && args.last == null && !info.fieldNodes.some((node) => selectsPage(node.selectionSet, info.fragments));
  if (!countOnly) return paginate(items, args, field);
  const pageInfo = { startCursor: null, endCursor: null, hasNextPage: false, hasPreviousPage: false };
  return { kind: 'Connection', edges: [], totalCount: items.length, pageInfo };
}

/** A connection field's `first` or `last`; undefined for a field that is not a connection. */
function pageSizeOf(field: FieldNode, variables: Record<string, unknown>): number | undefined {
  for (const name of ['first', 'last']) {
    const arg = field.arguments?.find((candidate) => candidate.name.value === name);
    const value = arg ? valueFromASTUntyped(arg.value, variables) : undefined;
    if (typeof value === 'number') return value;
  }
  return undefined;
}

/**
 * GitHub's node count of a query (docs: "Node limit"): every connection's first/last,
 * multiplied by those of the connections it is nested in, summed. `exceededAt` names the
 * connection where the running count passes MAX_NODES.
 */
export function nodeCount(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): { total: number; exceededAt?: { field: string; total: number } } {
  let total = 0;
  let exceededAt: { field: string; total: number } | undefined;
  const pageSize = (field: FieldNode) => pageSizeOf(field, variables);
  const walk = (selectionSet: SelectionSetNode | undefined, multiplier: number): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const size = pageSize(selection);
        if (size === undefined) {
          walk(selection.selectionSet, multiplier);
        } else {
          total += multiplier * size;
          if (total > MAX_NODES && !exceededAt) exceededAt = { field: selection.name.value, total };
          walk(selection.selectionSet, multiplier * size);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, multiplier);
      } else {
        // Validation guarantees the fragment exists and fragments do not cycle.
        walk(fragments[selection.name.value]?.selectionSet, multiplier);
      }
    }
  };
  walk(operation.selectionSet, 1);
  return exceededAt ? { total, exceededAt } : { total };
}

/**
 * The query's connections (fields with `first` or `last`), nested as in the query, for
 * GitHub's rate-limit cost (graphqlCost). Fragments and inline fragments are walked through.
 */
export function connectionsOf(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): ConnectionSpec[] {
  const pageSize = (field: FieldNode) => pageSizeOf(field, variables);
  const walk = (selectionSet: SelectionSetNode | undefined): ConnectionSpec[] =>
    (selectionSet?.selections ?? []).flatMap((selection): ConnectionSpec[] => {
      if (selection.kind === Kind.FIELD) {
        const size = pageSize(selection);
        const inner = walk(selection.selectionSet);
        return size === undefined ? inner : [{ field: selection.name.value, size, connections: inner }];
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) return walk(selection.selectionSet);
      return walk(fragments[selection.name.value]?.selectionSet);
    });
  return walk(operation.selectionSet);
}
