// Turns validated check definitions into runnable plans: ${VAR} read from the step's
// environment (so secrets stay out of files), relative URLs resolved against the base URL,
// URL credentials moved into a Basic Authorization header (fetch refuses URLs that carry
// them), JSON paths compiled (a path that is not RFC 9535 is a definition error), and every
// secret collected, in every form a reader could meet it, so it can be masked wherever
// results are written.
import type { SmokeCheck } from '@release-governance/policy';
import { compileJsonPath } from './jsonpath';
import { credentialSecrets, headerSecrets, maskForms, percentDecoded } from './secrets';

/** What every check has, whatever it probes. */
interface PlanCommon {
  name: string;
  expect: SmokeCheck['expect'];
  retries: number;
  timeoutMs: number;
  severity: 'critical' | 'warn';
  stablePasses: number;
  /** Every form of every secret of the suite (maskForms), masked in all this check reports. */
  mask: string[];
}

export interface HttpPlan extends PlanCommon {
  kind: 'http';
  /** Without credentials: those are in the Authorization header. */
  url: string;
  /** The URL as it may be shown (the same URL: credentials never stay in it). */
  displayUrl: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  followRedirects: boolean;
}

export interface CommandPlan extends PlanCommon {
  kind: 'command';
  program: string;
  args: string[];
  display: string;
}

export type CheckPlan = HttpPlan | CommandPlan;

export interface Plans {
  plans: CheckPlan[];
  /**
   * What to register with the runner and mask, longest first: every form (secretForms) of the
   * values of secret-looking headers, of variables, and of URL user names and passwords.
   */
  secrets: string[];
  problems: string[];
}

const SECRET_HEADER = /authorization|cookie|token|secret|key|password|credential|signature/i;
const VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

export function planChecks(checks: SmokeCheck[], options: { baseUrl?: string; env: Record<string, string | undefined>; stablePasses: number }): Plans {
  const secrets = new Set<string>();
  const problems: string[] = [];
  const names = new Set<string>();
  const plans: CheckPlan[] = [];
  if (options.baseUrl) withoutCredentials(options.baseUrl, secrets);

  for (const check of checks) {
    if (names.has(check.name)) problems.push(`check "${check.name}" is defined twice; names must be unique`);
    names.add(check.name);
    const missing = new Set<string>();
    const expand = (text: string, secret: boolean): string =>
      text.replace(VARIABLE, (_, variable: string) => {
        const value = options.env[variable];
        if (value === undefined) {
          missing.add(variable);
          return '';
        }
        if (secret && value) secrets.add(value);
        return value;
      });
    const common = {
      name: check.name,
      expect: check.expect,
      retries: check.retries,
      timeoutMs: check['timeout-ms'],
      severity: check.severity,
      stablePasses: check['stable-passes'] ?? options.stablePasses,
      mask: [],
    };
    problems.push(...jsonPathProblems(check));
    if (check.run) {
      const [program = '', ...args] = check.run.map((arg) => expand(arg, true));
      plans.push({ kind: 'command', ...common, program, args, display: check.run.join(' ') });
    } else {
      plans.push(httpPlan(check, common, { expand, secrets, problems, baseUrl: options.baseUrl }));
    }
    for (const variable of missing) problems.push(`check "${check.name}": \${${variable}} is not set in the step's environment (add it under env:)`);
  }
  const mask = maskForms(secrets);
  for (const plan of plans) plan.mask = mask;
  return { plans, secrets: mask, problems };
}

/**
 * The URL without user name and password, and the Basic Authorization header they become;
 * both (decoded, as sent) join the secrets. A URL that does not parse is returned as it is.
 */
export function withoutCredentials(url: string, secrets: Set<string> = new Set()): { url: string; authorization?: string } {
  if (!URL.canParse(url)) return { url };
  const parsed = new URL(url);
  if (!parsed.username && !parsed.password) return { url };
  const user = percentDecoded(parsed.username);
  const password = percentDecoded(parsed.password);
  const credentials = credentialSecrets(user, password);
  // The encoded forms too: a user name or password that was not validly percent-encoded is kept as written.
  for (const secret of [...credentials.secrets, parsed.username, parsed.password]) if (secret) secrets.add(secret);
  parsed.username = '';
  parsed.password = '';
  return { url: parsed.toString(), authorization: credentials.authorization };
}

/** What planning one check shares with the others: variable expansion, the secrets and problems found so far. */
interface Planning {
  expand: (text: string, secret: boolean) => string;
  secrets: Set<string>;
  problems: string[];
  baseUrl?: string;
}

function httpPlan(
  check: SmokeCheck,
  common: Omit<HttpPlan, 'kind' | 'url' | 'displayUrl' | 'method' | 'headers' | 'body' | 'followRedirects'>,
  planning: Planning,
): HttpPlan {
  const headers = Object.fromEntries(
    Object.entries(check.headers ?? {}).map(([name, value]) => {
      const expanded = planning.expand(value, true);
      if (SECRET_HEADER.test(name) && expanded) for (const secret of headerSecrets(name, expanded)) planning.secrets.add(secret);
      return [name, expanded];
    }),
  );
  const rawUrl = planning.expand(check.url ?? '', true);
  let url = rawUrl;
  if (rawUrl.startsWith('/')) {
    if (!planning.baseUrl)
      planning.problems.push(`check "${check.name}": url ${check.url} is relative, but there is no base URL (input \`url\` or smoke-test.url)`);
    else url = new URL(rawUrl, planning.baseUrl).toString();
  }
  const { url: bare, authorization } = withoutCredentials(url, planning.secrets);
  if (authorization) {
    if (Object.keys(headers).some((name) => name.toLowerCase() === 'authorization')) {
      planning.problems.push(
        `check "${check.name}": the url has credentials (user:password@) and the check sets an Authorization header too; keep one of them`,
      );
    } else {
      headers.authorization = authorization;
    }
  }
  const body =
    check.body === undefined
      ? undefined
      : typeof check.body === 'string'
        ? planning.expand(check.body, true)
        : planning.expand(JSON.stringify(check.body), true);
  if (typeof check.body === 'object' && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
    headers['content-type'] = 'application/json';
  }
  return {
    kind: 'http',
    ...common,
    url: bare,
    displayUrl: bare,
    method: check.method ?? 'GET',
    headers,
    body,
    followRedirects: check['follow-redirects'] ?? true,
  };
}

function jsonPathProblems(check: SmokeCheck): string[] {
  return Object.keys(check.expect.json ?? {}).flatMap((path) => {
    const compiled = compileJsonPath(path);
    if (!('error' in compiled)) return [];
    const example = "write it like $.items[*].status or $.checks[?@.name == 'db'].ok";
    return [`check "${check.name}": expect.json path ${JSON.stringify(path)} is not a JSONPath (RFC 9535): ${compiled.error}; ${example}`];
  });
}
