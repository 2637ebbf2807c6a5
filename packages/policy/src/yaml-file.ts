// Validates YAML text against a zod schema and reports each problem at the line and
// column where it stands, in the words a person editing the file needs.

import { type Alias, type Document, isAlias, isCollection, isMap, isNode, isPair, isScalar, LineCounter, type Node, parseDocument, visit } from 'yaml';
import type { z } from 'zod';
import { unknownKeyMessage } from './near-miss';
import { formatFieldPath, PolicyError, type PolicyProblem } from './problems';
import { decodeUtf8 } from './text';

/** Values aliases may add in all (an alias bomb adds billions); far beyond any real policy. */
export const MAX_ALIASED_VALUES = 10_000;

/**
 * `file` names where the text came from: a repository file (its path), or an action input
 * (e.g. "input `checks`"), whose errors are then not annotated as a file. Every way the
 * text can be wrong (not UTF-8, not YAML, an alias to nothing, an alias bomb, nesting too
 * deep, an unknown tag, a value the schema rejects) ends in a PolicyError naming the place,
 * never in an exception of the YAML library.
 */
export function parseYamlWithSchema<S extends z.ZodType>(
  file: string,
  content: string | Uint8Array,
  schema: S,
  origin: 'file' | 'input' = 'file',
): z.output<S> {
  return readYamlWithSchema(file, content, schema, origin).value;
}

/** As parseYamlWithSchema, with where each value stands, for checks made after the schema's. */
export function readYamlWithSchema<S extends z.ZodType>(
  file: string,
  content: string | Uint8Array,
  schema: S,
  origin: 'file' | 'input' = 'file',
): { value: z.output<S>; positionOf: (path: readonly PropertyKey[]) => { line: number; column: number } | undefined } {
  const text = decodeUtf8(file, content, origin);
  const lineCounter = new LineCounter();
  const at = (offset: number | undefined, message: string, field?: string): PolicyProblem => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { file, origin, line, column: col, ...(field ? { field } : {}), message };
  };
  // resolveKnownTags: false keeps to plain data (no !!binary, !!set, !!timestamp objects).
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, resolveKnownTags: false });
  const found = [...document.errors, ...document.warnings];
  // Exhaustion is reported once: the parser gives up at many places at the same time.
  const exhausted = found.find((error) => error.code === 'RESOURCE_EXHAUSTION');
  const syntax = (exhausted ? [exhausted] : found).map((error) => at(error.pos[0], yamlMessage(error.code, error.message)));
  if (syntax.length > 0) throw new PolicyError(syntax);
  let data: unknown;
  try {
    const aliases = aliasProblems(document);
    if (aliases.length > 0) throw new PolicyError(aliases.map(({ offset, message }) => at(offset, message)));
    // Aliases were bounded above, by values added rather than the library's rougher count.
    data = document.toJS({ maxAliasCount: -1 }) ?? {};
  } catch (error) {
    if (error instanceof PolicyError) throw error;
    // Only what the checks above could not foresee ends here: a stack exhausted by nesting.
    throw new PolicyError([at(0, error instanceof RangeError ? DEEP : 'invalid YAML: cannot be read as data; simplify the structure')]);
  }
  const result = schema.safeParse(data);
  if (result.success) {
    const positionOf = (path: readonly PropertyKey[]) => {
      const range = nearestNode(document, path)?.range;
      if (!range) return undefined;
      const { line, col } = lineCounter.linePos(range[0]);
      return { line, column: col };
    };
    return { value: result.data, positionOf };
  }
  throw new PolicyError(
    result.error.issues
      .flatMap(resolveUnions)
      .flatMap((issue) => describeIssue(file, document, lineCounter, data, issue, schema))
      .map((problem) => ({ ...problem, origin })),
  );
}

const DEEP = 'invalid YAML: nested too deeply to read; flatten the structure';

/** The YAML library's message in a reader's words; its internal exceptions never show. */
function yamlMessage(code: string, message: string): string {
  if (code === 'RESOURCE_EXHAUSTION') return DEEP;
  if (code === 'TAG_RESOLVE_FAILED')
    return `invalid YAML: ${firstLine(message)
      .replace(/^Unresolved tag:?/, 'unknown tag')
      .replace('tag:yaml.org,2002:', '!!')}; remove the tag, plain values need none`;
  return `invalid YAML: ${firstLine(message)}`;
}

/**
 * Aliases to no anchor, aliases inside their own anchor (data that contains itself), and
 * aliases that together expand into more than MAX_ALIASED_VALUES values, each at the alias.
 */
function aliasProblems(document: Document): { offset?: number; message: string }[] {
  const problems: { offset?: number; message: string }[] = [];
  const sizes = new Map<Node, number>();
  let added = 0;
  const sizeOf = (node: unknown, depth: number): number => {
    if (depth > 1000) throw new RangeError('nested too deeply');
    if (isAlias(node)) return sizeOf(node.resolve(document), depth + 1);
    if (!isNode(node) && !isPair(node)) return 1;
    if (isPair(node)) return sizeOf(node.key, depth + 1) + sizeOf(node.value, depth + 1);
    const known = sizes.get(node);
    if (known !== undefined) return known;
    let size = 1;
    if (isCollection(node)) for (const item of node.items) size = Math.min(size + sizeOf(item, depth + 1), Number.MAX_SAFE_INTEGER);
    sizes.set(node, size);
    return size;
  };
  visit(document, {
    Alias(_key, alias: Alias, path) {
      const where = alias.range?.[0];
      const target = alias.resolve(document);
      if (!target) {
        problems.push({
          offset: where,
          message: `alias *${alias.source} refers to no anchor defined before it; define &${alias.source} first, or write the value out`,
        });
        return;
      }
      if (path.includes(target as never)) {
        problems.push({
          offset: where,
          message: `alias *${alias.source} stands inside its own anchor, so the value would contain itself; write the value out`,
        });
        return;
      }
      if (problems.length > 0 || added > MAX_ALIASED_VALUES) return;
      try {
        added += sizeOf(target, 0);
      } catch {
        added = Number.MAX_SAFE_INTEGER;
      }
      if (added > MAX_ALIASED_VALUES) {
        problems.push({
          offset: where,
          message: `aliases expand into more than ${MAX_ALIASED_VALUES.toLocaleString('en')} values (an alias bomb?); write the values out or use fewer aliases`,
        });
      }
    },
  });
  return problems;
}

type Issue = z.core.$ZodIssue;

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

function describeIssue(file: string, document: Document, lineCounter: LineCounter, data: unknown, issue: Issue, schema: z.ZodType): PolicyProblem[] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    // One problem per key, each at the key itself, so every misspelling is shown where it is.
    const known = knownKeys(schema, path);
    return issue.keys.map((key) => {
      const keyNode = findKeyNode(document, path, key);
      const position = keyNode?.range ? lineCounter.linePos(keyNode.range[0]) : undefined;
      return {
        file,
        line: position?.line,
        column: position?.col,
        field: formatFieldPath([...path, key]),
        message: unknownKeyMessage(key, known) + namedIn(data, path),
      };
    });
  }
  const node = nearestNode(document, path);
  const position = node?.range ? lineCounter.linePos(node.range[0]) : undefined;
  return [
    {
      file,
      line: position?.line,
      column: position?.col,
      field: formatFieldPath(path) || '(top level)',
      message: explain(issue, valueAt(data, path)) + namedIn(data, path),
    },
  ];
}

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
}

/** The keys the schema accepts for the mapping at `path` (through defaults, lists, unions and records). */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const keys = new Set<string>();
  const walk = (current: z.ZodType | undefined, rest: readonly PropertyKey[]): void => {
    if (!current) return;
    const def = (current as unknown as { _zod: { def: SchemaDef } })._zod.def;
    if (def.innerType) walk(def.innerType, rest);
    else if (def.type === 'pipe') walk(def.in, rest);
    else if (def.type === 'union') for (const option of def.options ?? []) walk(option, rest);
    else if (def.type === 'object' && def.shape) {
      if (rest.length > 0) walk(def.shape[String(rest[0])], rest.slice(1));
      else for (const key of Object.keys(def.shape)) keys.add(key);
    } else if (rest.length > 0 && def.type === 'array') walk(def.element, rest.slice(1));
    else if (rest.length > 0 && def.type === 'record') walk(def.valueType, rest.slice(1));
  };
  walk(schema, path);
  return [...keys];
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
