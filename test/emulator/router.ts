/**
 * Matches request paths against the OpenAPI path templates of the route table.
 */
import { multiSegmentParams, splitRouteKey } from './openapi';
import type { RouteDefinition } from './reply';

interface CompiledRoute {
  definition: RouteDefinition;
  method: string;
  pattern: RegExp;
  names: string[];
  /** Literal characters in the template; more literal routes win (…/commits/{ref}/check-runs over …/commits/{ref}, whose ref may span segments). */
  specificity: number;
}

export interface RouteMatch {
  definition: RouteDefinition;
  params: Record<string, string>;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Parameters match one path segment, except those the spec marks `x-multi-segment` (contents {path}, {ref}, {basehead}). */
function compile(definition: RouteDefinition): CompiledRoute {
  const [method, template] = splitRouteKey(definition.route);
  const multi = definition.rest === false ? new Set<string>() : multiSegmentParams(definition.route);
  const names: string[] = [];
  const source = template
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (!name) return escapeRegExp(part);
      names.push(name);
      return multi.has(name) ? '(.+)' : '([^/]+)';
    })
    .join('');
  const specificity = template.replace(/\{\w+\}/g, '').length;
  return { definition, method: method.toUpperCase(), pattern: new RegExp(`^${source}/?$`), names, specificity };
}

export function createRouter(definitions: RouteDefinition[]): (method: string, pathname: string) => RouteMatch | undefined {
  const compiled = definitions.map(compile).sort((a, b) => b.specificity - a.specificity);
  return (method, pathname) => {
    for (const route of compiled) {
      if (route.method !== method.toUpperCase()) continue;
      const match = route.pattern.exec(pathname);
      if (!match) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, index) => {
        const raw = match[index + 1] ?? '';
        try {
          params[name] = decodeURIComponent(raw);
        } catch {
          params[name] = raw;
        }
      });
      return { definition: route.definition, params };
    }
    return undefined;
  };
}
