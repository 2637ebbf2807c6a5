/**
 * GitHub's published GraphQL schema (@octokit/graphql-schema), the single source of truth
 * for the GraphQL side of the emulator as the OpenAPI description is for REST: every query
 * is validated against it and executed on it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { buildSchema, GraphQLError, GraphQLScalarType, parse, validate } from 'graphql';

const require = createRequire(import.meta.url);
const PACKAGE = '@octokit/graphql-schema';
let cachedSchema: GraphQLSchema | undefined;

/**
 * The package's schema.graphql. Its `exports` map only exposes the ESM entry, so
 * require.resolve('@octokit/graphql-schema/schema.graphql') is refused: look the package
 * directory up along Node's module paths instead.
 */
function schemaPath(): string {
  for (const dir of require.resolve.paths(PACKAGE) ?? []) {
    const candidate = join(dir, PACKAGE, 'schema.graphql');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`${PACKAGE}/schema.graphql not found`);
}

/**
 * Custom scalars whose values the emulator produces: serializing checks each value, so a
 * resolver answering e.g. a malformed DateTime fails the test instead of reaching the action.
 */
const scalarChecks: Record<string, (value: unknown) => boolean> = {
  DateTime: (value) => typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(value) && !Number.isNaN(Date.parse(value)),
  GitTimestamp: (value) => typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(value),
  GitObjectID: (value) => typeof value === 'string' && /^[0-9a-f]{40}$/.test(value),
  // Absolute URLs, or paths for the resourcePath fields.
  URI: (value) => typeof value === 'string' && (URL.canParse(value) || /^\/[^/]/.test(value)),
};

/** Parsed once per process (1.2 MB of SDL); loaded on the first GraphQL request, not at startup. */
export function githubSchema(): GraphQLSchema {
  if (!cachedSchema) {
    // assumeValidSDL: the published SDL defines two EnterpriseOwnerInfo fields twice (identically),
    // which SDL validation refuses; the built schema itself passes graphql's schema validation.
    const schema = buildSchema(readFileSync(schemaPath(), 'utf8'), { assumeValidSDL: true });
    for (const [name, check] of Object.entries(scalarChecks)) {
      const type = schema.getType(name);
      if (!(type instanceof GraphQLScalarType)) throw new Error(`${name} is not a scalar of GitHub's schema`);
      type.serialize = (value) => {
        if (!check(value)) throw new TypeError(`${name} cannot represent ${JSON.stringify(value)}`);
        return value;
      };
    }
    cachedSchema = schema;
  }
  return cachedSchema;
}

/**
 * Parses and validates a query as GitHub would: no errors means GitHub accepts it. The
 * document is there whenever the query parses, even when it does not validate.
 */
export function checkQuery(source: string): { document: DocumentNode | undefined; errors: readonly GraphQLError[] } {
  let document: DocumentNode;
  try {
    document = parse(source);
  } catch (error) {
    if (error instanceof GraphQLError) return { document: undefined, errors: [error] };
    throw error;
  }
  return { document, errors: validate(githubSchema(), document) };
}
