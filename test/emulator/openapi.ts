/**
 * GitHub's published OpenAPI description (from @octokit/openapi) as the single source of
 * truth for the emulator: response templates come from its examples and every body the
 * emulator serves is validated against its response schemas.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Operation {
  parameters?: JsonObject[];
  responses: Record<string, JsonObject>;
  externalDocs?: { url: string };
}
interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, JsonObject>>;
}

const require = createRequire(import.meta.url);
let cachedSpec: Spec | undefined;

/** The parsed spec; 13 MB, so it is read once per process. */
export function spec(): Spec {
  cachedSpec ??= JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')) as Spec;
  return cachedSpec;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows a local `$ref` ("#/components/...") chain to the object it names. */
function deref(value: unknown): JsonObject {
  let current = value;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string'; hops++) {
    if (hops > 20) throw new Error(`$ref loop at ${current.$ref}`);
    current = current.$ref
      .replace(/^#\//, '')
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((node, part) => (isObject(node) ? node[part] : undefined), spec());
    if (current === undefined) throw new Error(`unresolvable $ref ${String(value)}`);
  }
  if (!isObject(current)) throw new Error('expected an object in the OpenAPI description');
  return current;
}

/** 'GET /repos/{owner}/{repo}' -> ['get', '/repos/{owner}/{repo}'] */
export function splitRouteKey(routeKey: string): [method: string, path: string] {
  const space = routeKey.indexOf(' ');
  return [routeKey.slice(0, space).toLowerCase(), routeKey.slice(space + 1)];
}

function operation(routeKey: string): Operation {
  const [method, path] = splitRouteKey(routeKey);
  const op = spec().paths[path]?.[method];
  if (!op) throw new Error(`${routeKey} is not in GitHub's OpenAPI description`);
  return op;
}

/** Docs link GitHub puts in error bodies for this operation. */
export function documentationUrl(routeKey: string): string {
  return operation(routeKey).externalDocs?.url ?? 'https://docs.github.com/rest';
}

/** Path parameters GitHub lets span several segments (`x-multi-segment`), e.g. contents {path}. */
export function multiSegmentParams(routeKey: string): Set<string> {
  const names = new Set<string>();
  for (const param of operation(routeKey).parameters ?? []) {
    const resolved = deref(param);
    if (resolved.in === 'path' && resolved['x-multi-segment'] === true) names.add(String(resolved.name));
  }
  return names;
}

/** The application/json media object of a response, or undefined when none is declared. */
function jsonMedia(routeKey: string, status: number): JsonObject | undefined {
  const response = operation(routeKey).responses[String(status)];
  if (!response) return undefined;
  const content = deref(response).content;
  const media = isObject(content) ? content['application/json'] : undefined;
  return isObject(media) ? media : undefined;
}

/**
 * A deep clone of the response example for `routeKey`/`status`: the one called `name`,
 * else `default`, else the first one. Examples are either inline `{value}` objects or
 * `$ref`s into components.examples, whose `value` may itself be a `$ref`.
 */
export function example(routeKey: string, name?: string, status = 200): unknown {
  const examples = jsonMedia(routeKey, status)?.examples;
  if (!isObject(examples)) throw new Error(`${routeKey} has no ${status} JSON examples`);
  const key = name ?? ('default' in examples ? 'default' : Object.keys(examples)[0]);
  const chosen = key === undefined ? undefined : examples[key];
  if (chosen === undefined) throw new Error(`${routeKey} has no example ${String(key)}`);
  let value = deref(chosen).value;
  if (isObject(value) && typeof value.$ref === 'string') value = deref(value).value;
  if (value === undefined) throw new Error(`${routeKey} example ${String(key)} has no value`);
  return structuredClone(value);
}

/** The first element of a list route's example: the template for one item. */
export function itemExample(routeKey: string, name?: string): unknown {
  const list = example(routeKey, name);
  if (!Array.isArray(list) || list.length === 0) throw new Error(`${routeKey} example is not a non-empty array`);
  return list[0];
}

const SCHEMA_REF = '#/components/schemas/';
const schemaMapKeywords = new Set(['properties', 'patternProperties']);
const schemaListKeywords = new Set(['allOf', 'anyOf', 'oneOf']);
const schemaKeywords = new Set(['items', 'additionalProperties', 'not']);
/** OpenAPI-only keywords that mean nothing to ajv. */
const droppedKeywords = new Set(['nullable', 'discriminator', 'example', 'xml', 'externalDocs']);

/**
 * Converts an OpenAPI 3.0 schema into JSON Schema draft-07: `nullable: true` becomes
 * acceptance of null, and component refs point into the bundle's `definitions`.
 * Only keyword positions are walked, so data such as enum values and property names that
 * happen to be called "nullable" or "$ref" stay untouched.
 */
function toJsonSchema(node: Json): Json {
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (droppedKeywords.has(key) || key.startsWith('x-')) continue;
    if (key === '$ref' && typeof value === 'string') out.$ref = value.replace(SCHEMA_REF, '#/definitions/');
    else if (schemaMapKeywords.has(key) && isObject(value))
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, toJsonSchema(sub)]));
    else if (schemaListKeywords.has(key) && Array.isArray(value)) out[key] = value.map(toJsonSchema);
    else if (schemaKeywords.has(key)) out[key] = toJsonSchema(value);
    else out[key] = value;
  }
  return node.nullable === true ? allowNull(out) : out;
}

function allowNull(schema: JsonObject): JsonObject {
  const composite = ['allOf', 'anyOf', 'oneOf', '$ref', 'not'].some((key) => key in schema);
  if (typeof schema.type === 'string' && !composite) {
    const nullable: JsonObject = { ...schema, type: [schema.type, 'null'] };
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) nullable.enum = [...schema.enum, null];
    return nullable;
  }
  return { anyOf: [{ type: 'null' }, schema] };
}

/** Names of every component schema reachable from `root` through `$ref`s. */
function reachableSchemas(root: Json): Set<string> {
  const found = new Set<string>();
  const visit = (node: Json): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!isObject(node)) return;
    const ref = node.$ref;
    if (typeof ref === 'string' && ref.startsWith(SCHEMA_REF)) {
      const name = ref.slice(SCHEMA_REF.length);
      if (!found.has(name)) {
        found.add(name);
        visit(spec().components.schemas?.[name] ?? null);
      }
    }
    Object.values(node).forEach(visit);
  };
  visit(root);
  return found;
}

/** A self-contained draft-07 schema: the converted root plus every schema it references. */
function bundle(root: Json): JsonObject {
  const definitions: JsonObject = {};
  for (const name of reachableSchemas(root)) {
    definitions[name] = toJsonSchema(spec().components.schemas?.[name] ?? {});
  }
  const converted = toJsonSchema(root);
  return { ...(isObject(converted) ? converted : {}), definitions };
}

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction | null>();

function getAjv(): Ajv {
  if (!ajv) {
    // strict: false because the spec uses formats and keywords (int64, discriminator...) ajv does not know.
    ajv = new Ajv({ strict: false, allErrors: true, logger: false });
    addFormats(ajv);
  }
  return ajv;
}

function compile(cacheKey: string, schema: () => Json | undefined): ValidateFunction | null {
  if (!compiled.has(cacheKey)) {
    const root = schema();
    compiled.set(cacheKey, root === undefined ? null : getAjv().compile(bundle(root)));
  }
  return compiled.get(cacheKey) ?? null;
}

/** A validator for the JSON body of `routeKey` answering `status`, or null when the spec declares none. */
function responseValidator(routeKey: string, status: number): ValidateFunction | null {
  return compile(`${routeKey} ${status}`, () => jsonMedia(routeKey, status)?.schema);
}

/** A validator for a named component schema, e.g. 'basic-error'. */
export function componentValidator(name: string): ValidateFunction {
  const validator = compile(`#${name}`, () => ({ $ref: `${SCHEMA_REF}${name}` }));
  if (!validator) throw new Error(`no component schema ${name}`);
  return validator;
}

/** Human-readable ajv errors: "<instance path> <message> <params>". */
export function describeErrors(validator: ValidateFunction): string[] {
  return (validator.errors ?? []).map((error) => `${error.instancePath || '(root)'} ${error.message ?? 'is invalid'} ${JSON.stringify(error.params)}`);
}

/**
 * Validates `body` as the answer of `routeKey` with `status` and returns the problems.
 * 2xx bodies need a declared schema; error bodies fall back to `basic-error`, which GitHub
 * uses for its JSON errors, when the operation does not declare that status.
 */
export function validateResponse(routeKey: string | null, status: number, body: unknown): string[] {
  let validator = routeKey ? responseValidator(routeKey, status) : null;
  if (!validator && status >= 400) validator = componentValidator('basic-error');
  if (!validator) return status >= 200 && status < 300 ? [`no JSON schema declared for status ${status}`] : [];
  return validator(body) ? [] : describeErrors(validator);
}
