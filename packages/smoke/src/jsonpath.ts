// JSON paths as RFC 9535 defines them (json-p3, strict: no extensions), so `$.items[*].status`,
// `$..id` and filters such as `$.checks[?@.name == 'db'].ok` select what the standard says.
// A path is compiled when the checks are planned: one that does not parse is a definition
// error before any request. A query returns every node it selects, with its normalized path.
import { JSONPathEnvironment, type JSONPathQuery } from 'json-p3';

const rfc9535 = new JSONPathEnvironment({ strict: true });

export interface JsonNode {
  /** The node's normalized path, e.g. `$.items[1].status`. */
  path: string;
  value: unknown;
}

/** The compiled query, or why the path is not an RFC 9535 JSONPath. */
export function compileJsonPath(path: string): { query: JSONPathQuery } | { error: string } {
  try {
    return { query: rfc9535.compile(path) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** The nodes `path` selects in `document`, in document order; throws for a path that does not compile. */
export function queryJson(document: unknown, path: string): JsonNode[] {
  const compiled = compileJsonPath(path);
  if ('error' in compiled) throw new Error(`${path} is not a JSONPath (RFC 9535): ${compiled.error}`);
  return compiled.query.query(document as never).nodes.map((node) => ({ path: node.getPath({ form: 'pretty' }), value: node.value }));
}
