// Validates YAML text against a zod schema and reports each problem at the line and
// column where it stands, in the words a person editing the file needs.
import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { formatFieldPath, PolicyError, type PolicyProblem } from './problems';

/**
 * `source` names where the text came from: a repository file (its path), or an action input
 * (e.g. "input `checks`"), whose errors are then not annotated as a file.
 */
export function parseYamlWithSchema<S extends z.ZodType>(file: string, text: string, schema: S, origin: 'file' | 'input' = 'file'): z.output<S> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new PolicyError(
      document.errors.map((error) => {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        return { file, origin, line, column: col, message: `invalid YAML: ${firstLine(error.message)}` };
      }),
    );
  }
  const data: unknown = document.toJS() ?? {};
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new PolicyError(
    result.error.issues
      .flatMap(resolveUnions)
      .map((issue) => ({ ...describeIssue(file, document, lineCounter, data, issue), origin })),
  );
}

export type Issue = z.core.$ZodIssue;

/**
 * A union (`- text` or `- {text, evidence}`) fails as a whole; report the issues of the
 * alternative the value was evidently meant to be, at their full path.
 */
export function resolveUnions(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const meant = issue.errors.find((errors) => errors.length > 0 && errors.every((inner) => inner.code !== 'invalid_type' || inner.path.length > 0));
  if (!meant) return [issue];
  return meant.flatMap((inner) => resolveUnions({ ...inner, path: [...issue.path, ...inner.path] } as Issue));
}

function describeIssue(
  file: string,
  document: Document,
  lineCounter: LineCounter,
  data: unknown,
  issue: Issue,
): PolicyProblem {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const keyNode = findKeyNode(document, path, key);
    const position = keyNode?.range ? lineCounter.linePos(keyNode.range[0]) : undefined;
    const others = issue.keys.length > 1 ? ` (also: ${issue.keys.slice(1).join(', ')})` : '';
    return {
      file,
      line: position?.line,
      column: position?.col,
      field: formatFieldPath([...path, key]),
      message: `unknown key${others}; check the spelling against the documented settings${namedIn(data, path)}`,
    };
  }
  const node = nearestNode(document, path);
  const position = node?.range ? lineCounter.linePos(node.range[0]) : undefined;
  return {
    file,
    line: position?.line,
    column: position?.col,
    field: formatFieldPath(path) || '(top level)',
    message: explain(issue, valueAt(data, path)) + namedIn(data, path),
  };
}

/** ` (in "health")` when the field lies inside a list entry that has a name, e.g. a smoke check. */
function namedIn(data: unknown, path: readonly PropertyKey[]): string {
  for (let length = path.length; length > 0; length--) {
    if (typeof path[length - 1] !== 'number') continue;
    const entry = valueAt(data, path.slice(0, length));
    const name = entry && typeof entry === 'object' ? (entry as { name?: unknown }).name : undefined;
    if (typeof name === 'string' && name.trim()) return ` (in "${name}")`;
  }
  return '';
}

export function explain(issue: Issue, got: unknown): string {
  const found = describeValue(got);
  switch (issue.code) {
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}; got ${found}`;
    case 'invalid_type':
      return got === undefined ? `is required (expected ${issue.expected})` : `expected ${issue.expected}; got ${found}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `expected at least ${String(issue.minimum)} entr${issue.minimum === 1 ? 'y' : 'ies'}; got ${found}`
        : issue.origin === 'string'
          ? `expected a non-empty text; got ${found}`
          : `expected at least ${String(issue.minimum)}; got ${found}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)}; got ${found}`;
    case 'invalid_union':
      return `expected a text or a mapping; got ${found}`;
    case 'custom':
      // Our own refinements word their message in full.
      return issue.message;
    default:
      return `${issue.message}; got ${found}`;
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping';
  return JSON.stringify(value);
}

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function nearestNode(document: Document, path: readonly PropertyKey[]): Node | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = document.getIn(path.slice(0, length) as unknown[], true);
    if (isNode(node)) return node;
  }
  return document.contents ?? undefined;
}

function findKeyNode(document: Document, path: readonly PropertyKey[], key: string): Node | undefined {
  const parent = path.length === 0 ? document.contents : document.getIn(path as unknown[], true);
  if (!isMap(parent)) return isNode(parent) ? parent : undefined;
  for (const pair of parent.items) {
    if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key) return pair.key;
  }
  return parent;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
