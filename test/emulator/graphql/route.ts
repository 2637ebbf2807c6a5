/**
 * POST /graphql (and GitHub Enterprise Server's /api/graphql, which the server maps here):
 * validates each query against GitHub's GraphQL schema and executes it with the resolvers
 * over the test's state. Answers are shaped like GitHub's: HTTP 200 with `data` and/or
 * `errors`, errors carrying GitHub's `type` where GitHub sends one.
 *
 * What fails the test (ctx.violation): a request or query GitHub would reject whatever the
 * repository holds (not JSON, no query, invalid against the schema, bad variables, pagination
 * beyond GitHub's limits), and any error that is not one GitHub would send: a field the
 * emulator does not implement, or a resolver bug.
 */
import type { DocumentNode, FragmentDefinitionNode, GraphQLError, GraphQLFormattedError } from 'graphql';
import { executeSync, getOperationAST, getVariableValues, Kind } from 'graphql';
import type { RouteKey } from '../model/state';
import type { Reply, RouteContext, RouteDefinition } from '../reply';
import { errorBody, json } from '../reply';
import { isObject } from '../shapes';
import { GitHubGraphqlError, MAX_NODES, nodeCount, Unimplemented } from './connections';
import type { GraphqlContext } from './resolvers';
import { fieldResolver, typeResolver } from './resolvers';
import { checkQuery, githubSchema } from './schema';

const GRAPHQL: RouteKey = 'POST /graphql';
const DOCS = 'https://docs.github.com/graphql';
/** GitHub counts GraphQL requests against their own budget. */
const HEADERS = { 'x-ratelimit-resource': 'graphql' };

interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName: string | undefined;
}

/** The request body as GitHub reads it, or the problem GitHub would answer with. */
function readRequest(body: unknown): GraphqlRequest | { problem: string; status: number } {
  if (body === undefined) return { problem: 'A query attribute must be specified and must be a string.', status: 200 };
  if (!isObject(body)) return { problem: 'Problems parsing JSON', status: 400 };
  const { query, operationName } = body;
  if (typeof query !== 'string' || !query.trim()) return { problem: 'A query attribute must be specified and must be a string.', status: 200 };
  let { variables } = body;
  // Clients may send variables JSON-encoded in a string.
  if (typeof variables === 'string') {
    try {
      variables = variables.trim() ? (JSON.parse(variables) as unknown) : {};
    } catch {
      return { problem: 'Variables are invalid JSON.', status: 200 };
    }
  }
  if (variables != null && !isObject(variables)) return { problem: 'Variables are invalid JSON.', status: 200 };
  return { query, variables: variables ?? {}, operationName: typeof operationName === 'string' && operationName ? operationName : undefined };
}

/** "message (line 3, column 5)" for violation reports. */
function describe(error: GraphQLError | GraphQLFormattedError): string {
  const where = (error.locations ?? []).map(({ line, column }) => `line ${line}, column ${column}`).join('; ');
  const path = error.path?.length ? ` at ${error.path.join('.')}` : '';
  return `${error.message}${where ? ` (${where})` : ''}${path}`;
}

/** Enough of the query to recognise it in a report. */
function excerpt(query: string): string {
  const compact = query.replace(/\s+/g, ' ').trim();
  return compact.length > 300 ? `${compact.slice(0, 300)}…` : compact;
}

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  return Object.fromEntries(
    document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION).map((definition) => [definition.name.value, definition]),
  );
}

/** GitHub's error entries: `type` first when it has one, then path, locations and message. */
function githubError(type: string | undefined, error: GraphQLError): Record<string, unknown> {
  const { message, locations, path } = error.toJSON();
  return { ...(type ? { type } : {}), ...(path ? { path } : {}), ...(locations ? { locations } : {}), message };
}

/** A request GitHub rejects before reading the query: 200 with the message, or 400 for a body that is not JSON. */
function rejectRequest(ctx: RouteContext, problem: string, status: number): Reply {
  ctx.violation(`GitHub rejects this GraphQL request: ${problem}`);
  return status === 200 ? json({ errors: [{ message: problem }] }, 200, HEADERS) : json(errorBody(status, problem, DOCS), status, HEADERS);
}

/** The query parsed and validated against GitHub's published schema, or GitHub's answer (200, the errors only). */
function validated(ctx: RouteContext, request: GraphqlRequest): { document: DocumentNode; label: string } | Reply {
  const { document, errors: invalid } = checkQuery(request.query);
  const name = request.operationName ?? (document && getOperationAST(document)?.name?.value);
  const label = name ? `operation ${name}` : 'query';
  if (document && !invalid.length) return { document, label };
  ctx.violation(`${label} does not validate against GitHub's GraphQL schema: ${invalid.map(describe).join('; ')} in: ${excerpt(request.query)}`);
  return json({ errors: invalid.map((error) => githubError(undefined, error)) }, 200, HEADERS);
}

/** GitHub's node limit, checked before anything runs (needs the operation and its variables); undefined within it. */
function overNodeLimit(ctx: RouteContext, request: GraphqlRequest, document: DocumentNode, label: string): Reply | undefined {
  const operation = getOperationAST(document, request.operationName);
  const variables = operation ? getVariableValues(githubSchema(), operation.variableDefinitions ?? [], request.variables).coerced : undefined;
  if (!operation || !variables) return undefined;
  const { total, exceededAt } = nodeCount(operation, fragmentsOf(document), variables);
  if (!exceededAt) return undefined;
  const message = `By the time this query traverses to the ${exceededAt.field} connection, it is requesting up to ${exceededAt.total.toLocaleString('en-US')} possible nodes which exceeds the maximum limit of ${MAX_NODES.toLocaleString('en-US')}.`;
  ctx.violation(`${label} requests up to ${total} nodes, over GitHub's limit of ${MAX_NODES}: ${excerpt(request.query)}`);
  return json({ errors: [{ type: 'MAX_NODE_LIMIT_EXCEEDED', message }] }, 200, HEADERS);
}

/**
 * GitHub's error entries for what went wrong while executing. Errors GitHub itself sends are
 * violations only when the query fails whatever the data (`queryBug`); any other error is a
 * gap or (with its stack) a bug in the emulator. One report per message: a gap in a page of
 * 100 nodes is one gap, reported at its first path.
 */
function executionErrors(ctx: RouteContext, errors: readonly GraphQLError[], label: string): Array<Record<string, unknown>> {
  const problems = new Map<string, string>();
  const entries = errors.map((error) => {
    const original = error.originalError;
    if (original instanceof GitHubGraphqlError) {
      if (original.queryBug && !problems.has(error.message)) problems.set(error.message, `${label} fails on GitHub: ${describe(error)}`);
      return githubError(original.type, error);
    }
    const stack = original && !(original instanceof Unimplemented) && original.stack ? `\n${original.stack}` : '';
    if (!problems.has(error.message)) problems.set(error.message, `${label}: ${describe(error)}${stack}`);
    return githubError(undefined, error);
  });
  for (const problem of problems.values()) ctx.violation(problem);
  return entries;
}

/** Runs a valid query over the state. */
function execute(ctx: RouteContext, request: GraphqlRequest, document: DocumentNode, label: string, deniedPermission: string | undefined): Reply {
  const context: GraphqlContext = { shape: { state: ctx.state, apiBase: ctx.apiBase }, ...(deniedPermission ? { deniedPermission } : {}) };
  const { variables: variableValues, operationName } = request;
  const result = executeSync({ schema: githubSchema(), document, contextValue: context, variableValues, operationName, fieldResolver, typeResolver });
  if (!('data' in result) || result.data === undefined) {
    // Request errors (variables that do not coerce, an unknown or ambiguous operation name): nothing ran.
    const errors = result.errors ?? [];
    ctx.violation(`GitHub rejects this GraphQL request: ${errors.map(describe).join('; ')} in: ${excerpt(request.query)}`);
    return json({ errors: errors.map((error) => githubError(undefined, error)) }, 200, HEADERS);
  }
  const errors = executionErrors(ctx, result.errors ?? [], label);
  return json(errors.length ? { data: result.data, errors } : { data: result.data }, 200, HEADERS);
}

/** Reads, validates, limits and executes one GraphQL request, as GitHub does in that order. */
function graphqlRoute(ctx: RouteContext, deniedPermission?: string): Reply {
  const request = readRequest(ctx.body);
  if ('problem' in request) return rejectRequest(ctx, request.problem, request.status);
  const query = validated(ctx, request);
  if ('status' in query) return query;
  return overNodeLimit(ctx, request, query.document, query.label) ?? execute(ctx, request, query.document, query.label, deniedPermission);
}

export const graphqlRoutes: RouteDefinition[] = [
  {
    route: GRAPHQL,
    handler: (ctx) => graphqlRoute(ctx),
    rest: false,
    // GitHub answers a query its token may not read with FORBIDDEN errors on the fields, not a 403.
    deny: (ctx, permission) => graphqlRoute(ctx, permission),
  },
];
