/**
 * Security alerts: code scanning (page-paginated) and Dependabot (cursor-paginated), each
 * answering 403 like GitHub when the feature is off for the repository.
 */
import { createHash } from 'node:crypto';
import { timestamp } from '../model/ids';
import { defaultBranchHead } from '../model/refs';
import type { EmulatorState } from '../model/state';
import { paginate, paginateByCursor } from '../pagination';
import type { Reply, RouteContext, RouteDefinition } from '../reply';
import { error, paged } from '../reply';
import type { JsonObject, ShapeContext } from '../shapes';
import { exampleFor, findUserTemplate, isObject, itemTemplate, obj, repoApi, repoHtml, user } from '../shapes';

const CODE_SCANNING = 'GET /repos/{owner}/{repo}/code-scanning/alerts';
const DEPENDABOT = 'GET /repos/{owner}/{repo}/dependabot/alerts';

type CodeScanningAlert = Exclude<EmulatorState['codeScanningAlerts'], 'disabled'>[number];
type DependabotAlert = Exclude<EmulatorState['dependabotAlerts'], 'disabled'>[number];

/** Comma-separated filter values ("open,dismissed"); undefined when the filter is absent. */
function csv(query: URLSearchParams, name: string): Set<string> | undefined {
  const value = query.get(name);
  return value ? new Set(value.split(',').map((part) => part.trim())) : undefined;
}

/** Alerts are listed newest first unless `direction=asc`. */
function ordered<T extends { number: number }>(alerts: T[], query: URLSearchParams): T[] {
  const ascending = query.get('direction') === 'asc';
  return [...alerts].sort((a, b) => (ascending ? a.number - b.number : b.number - a.number));
}

/** Who dismissed alerts in the emulated repository. */
const dismisser = { login: 'octocat' };

function codeScanningShape(alertTemplate: JsonObject, userTemplate: unknown, alert: CodeScanningAlert, ctx: ShapeContext): JsonObject {
  const out = structuredClone(alertTemplate);
  const created = timestamp(alert.number * 60);
  const dismissed = alert.state === 'dismissed';
  const instance = obj(out.most_recent_instance, 'most_recent_instance');
  Object.assign(instance, {
    ref: `refs/heads/${ctx.state.repo.defaultBranch}`,
    state: alert.state,
    commit_sha: defaultBranchHead(ctx.state) ?? instance.commit_sha,
    location: { ...obj(instance.location, 'location'), path: alert.path ?? obj(instance.location).path },
    classifications: [],
  });
  return Object.assign(out, {
    number: alert.number,
    created_at: created,
    updated_at: created,
    url: `${repoApi(ctx)}/code-scanning/alerts/${alert.number}`,
    html_url: `${repoHtml(ctx)}/security/code-scanning/${alert.number}`,
    instances_url: `${repoApi(ctx)}/code-scanning/alerts/${alert.number}/instances`,
    state: alert.state,
    fixed_at: alert.state === 'fixed' ? created : null,
    dismissed_by: dismissed ? user(userTemplate, dismisser, ctx) : null,
    dismissed_at: dismissed ? created : null,
    dismissed_reason: dismissed ? 'false positive' : null,
    dismissed_comment: null,
    rule: {
      ...obj(out.rule, 'rule'),
      id: alert.rule.id,
      name: alert.rule.id,
      severity: alert.rule.severity,
      security_severity_level: alert.rule.security_severity_level ?? null,
      description: alert.rule.description,
      tags: alert.rule.security_severity_level ? ['security'] : [],
    },
    tool: { name: alert.tool ?? 'CodeQL', guid: null, version: '2.20.0' },
    most_recent_instance: instance,
  });
}

function listCodeScanningAlerts(ctx: RouteContext): Reply {
  const alerts = ctx.state.codeScanningAlerts;
  if (alerts === 'disabled') return error(ctx, 403, 'Advanced Security must be enabled for this repository to use code scanning.');
  const state = ctx.query.get('state');
  const tool = ctx.query.get('tool_name');
  const severity = ctx.query.get('severity');
  const matching = ordered(alerts, ctx.query).filter(
    (alert) =>
      (!state || alert.state === state || (state === 'closed' && alert.state !== 'open')) &&
      (!tool || (alert.tool ?? 'CodeQL') === tool) &&
      (!severity || alert.rule.security_severity_level === severity || alert.rule.severity === severity),
  );
  const alertTemplate = itemTemplate(CODE_SCANNING, ctx);
  // The first example alert is open; a user object comes from the dismissed one.
  const userTemplate = findUserTemplate(exampleFor(CODE_SCANNING, ctx));
  return paged(paginate(matching, ctx.url), (items) => items.map((alert) => codeScanningShape(alertTemplate, userTemplate, alert, ctx)));
}

/** A GHSA-looking id that is stable per package and alert. */
function ghsaId(alert: DependabotAlert): string {
  const chars = '23456789cfghjmpqrvwx';
  const digest = createHash('sha1').update(`${alert.package}:${alert.number}`).digest();
  const part = (offset: number) => [...digest.subarray(offset, offset + 4)].map((byte) => chars[byte % chars.length]).join('');
  return `GHSA-${part(0)}-${part(4)}-${part(8)}`;
}

function dependabotShape(alertTemplate: JsonObject, userTemplate: unknown, alert: DependabotAlert, ctx: ShapeContext): JsonObject {
  const out = structuredClone(alertTemplate);
  const created = timestamp(alert.number * 60);
  const pkg = { ecosystem: alert.ecosystem ?? 'npm', name: alert.package };
  const ghsa = ghsaId(alert);
  const advisory = obj(out.security_advisory, 'security_advisory');
  const vulnerability = { ...obj(out.security_vulnerability, 'security_vulnerability'), package: pkg, severity: alert.severity };
  const dismissed = alert.state === 'dismissed' || alert.state === 'auto_dismissed';
  Object.assign(advisory, {
    ghsa_id: ghsa,
    cve_id: null,
    summary: alert.summary,
    description: alert.summary,
    severity: alert.severity,
    vulnerabilities: [vulnerability],
    identifiers: [{ type: 'GHSA', value: ghsa }],
    references: [{ url: `https://github.com/advisories/${ghsa}` }],
  });
  // The published example has epss.percentile as a string ("0.16001e0"); the schema says number.
  if (isObject(advisory.epss)) advisory.epss = { ...advisory.epss, percentile: Number(advisory.epss.percentile) };
  if (isObject(out.dependency))
    Object.assign(out.dependency, { package: pkg, manifest_path: pkg.ecosystem === 'npm' ? 'package-lock.json' : out.dependency.manifest_path });
  return Object.assign(out, {
    number: alert.number,
    state: alert.state,
    security_advisory: advisory,
    security_vulnerability: vulnerability,
    url: `${repoApi(ctx)}/dependabot/alerts/${alert.number}`,
    html_url: `${repoHtml(ctx)}/security/dependabot/${alert.number}`,
    created_at: created,
    updated_at: created,
    dismissed_at: dismissed ? created : null,
    dismissed_by: alert.state === 'dismissed' ? user(userTemplate, dismisser, ctx) : null,
    dismissed_reason: alert.state === 'dismissed' ? 'tolerable_risk' : null,
    dismissed_comment: null,
    fixed_at: alert.state === 'fixed' ? created : null,
    auto_dismissed_at: alert.state === 'auto_dismissed' ? created : null,
    assignees: [],
  });
}

function listDependabotAlerts(ctx: RouteContext): Reply {
  const alerts = ctx.state.dependabotAlerts;
  if (alerts === 'disabled') return error(ctx, 403, 'Dependabot alerts are disabled for this repository.');
  const states = csv(ctx.query, 'state');
  const severities = csv(ctx.query, 'severity');
  const ecosystems = csv(ctx.query, 'ecosystem');
  const packages = csv(ctx.query, 'package');
  const matching = ordered(alerts, ctx.query).filter(
    (alert) =>
      (!states || states.has(alert.state)) &&
      (!severities || severities.has(alert.severity)) &&
      (!ecosystems || ecosystems.has(alert.ecosystem ?? 'npm')) &&
      (!packages || packages.has(alert.package)),
  );
  const alertTemplate = itemTemplate(DEPENDABOT, ctx);
  const userTemplate = findUserTemplate(exampleFor(DEPENDABOT, ctx));
  return paged(
    paginateByCursor(matching, (alert) => String(alert.number), ctx.url),
    (items) => items.map((alert) => dependabotShape(alertTemplate, userTemplate, alert, ctx)),
  );
}

export const securityRoutes: RouteDefinition[] = [
  { route: CODE_SCANNING, handler: listCodeScanningAlerts },
  { route: DEPENDABOT, handler: listDependabotAlerts },
];
