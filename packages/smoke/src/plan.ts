// Turns validated check definitions into runnable plans: ${VAR} read from the step's
// environment (so secrets stay out of files), relative URLs resolved against the base URL,
// and every secret collected so it can be masked wherever results are written.
import type { SmokeCheck } from '@release-governance/policy';

export interface HttpPlan {
  kind: 'http';
  name: string;
  url: string;
  /** The URL as it may be shown: credentials removed. */
  displayUrl: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  followRedirects: boolean;
  expect: SmokeCheck['expect'];
  retries: number;
  timeoutMs: number;
  severity: 'critical' | 'warn';
  stablePasses: number;
}

export interface CommandPlan {
  kind: 'command';
  name: string;
  program: string;
  args: string[];
  display: string;
  expect: SmokeCheck['expect'];
  retries: number;
  timeoutMs: number;
  severity: 'critical' | 'warn';
  stablePasses: number;
}

export type CheckPlan = HttpPlan | CommandPlan;

export interface Plans {
  plans: CheckPlan[];
  /** Values to mask: header values of secret-looking headers or from variables, URL passwords. */
  secrets: string[];
  problems: string[];
}

const SECRET_HEADER = /authorization|cookie|token|secret|key|password|credential|signature/i;
const VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

export function planChecks(
  checks: SmokeCheck[],
  options: { baseUrl?: string; env: Record<string, string | undefined>; stablePasses: number },
): Plans {
  const secrets = new Set<string>();
  const problems: string[] = [];
  const names = new Set<string>();
  const plans: CheckPlan[] = [];

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
    };

    if (check.run) {
      const [program = '', ...args] = check.run.map((arg) => expand(arg, true));
      plans.push({ kind: 'command', ...common, program, args, display: check.run.join(' ') });
    } else {
      const headers = Object.fromEntries(
        Object.entries(check.headers ?? {}).map(([name, value]) => {
          const expanded = expand(value, true);
          if (SECRET_HEADER.test(name) && expanded) secrets.add(expanded);
          return [name, expanded];
        }),
      );
      const rawUrl = expand(check.url ?? '', true);
      let url = rawUrl;
      if (rawUrl.startsWith('/')) {
        if (!options.baseUrl) problems.push(`check "${check.name}": url ${check.url} is relative, but there is no base URL (input \`url\` or smoke-test.url)`);
        else url = new URL(rawUrl, options.baseUrl).toString();
      }
      const displayUrl = withoutCredentials(url, secrets);
      const body = check.body === undefined ? undefined : typeof check.body === 'string' ? expand(check.body, true) : expand(JSON.stringify(check.body), true);
      if (typeof check.body === 'object' && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
        headers['content-type'] = 'application/json';
      }
      plans.push({ kind: 'http', ...common, url, displayUrl, method: check.method ?? 'GET', headers, body, followRedirects: check['follow-redirects'] ?? true });
    }
    for (const variable of missing) problems.push(`check "${check.name}": \${${variable}} is not set in the step's environment (add it under env:)`);
  }
  return { plans, secrets: [...secrets].filter((secret) => secret.length >= 3), problems };
}

/** The URL without user and password, which join the secrets to mask. */
function withoutCredentials(url: string, secrets: Set<string>): string {
  if (!URL.canParse(url)) return url;
  const parsed = new URL(url);
  if (!parsed.username && !parsed.password) return url;
  if (parsed.password) secrets.add(decodeURIComponent(parsed.password));
  parsed.username = '';
  parsed.password = '';
  return parsed.toString();
}

/** Replaces every secret in text written to the summary or outputs. */
export function redact(text: string, secrets: string[]): string {
  return secrets.reduce((out, secret) => out.split(secret).join('***'), text);
}
