// Turns API refusals into messages that say which token permission to add.
export interface ApiErrorLike {
  status: number;
  message: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

export function isApiError(error: unknown): error is ApiErrorLike {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { status?: unknown }).status === 'number' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

export function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.status === 404;
}

/** The token was refused for lack of a permission; `permission` is in workflow syntax, e.g. `checks: read`. */
export class MissingPermissionError extends Error {
  constructor(
    readonly permission: string,
    readonly what: string,
  ) {
    super(`cannot read ${what}: the token lacks \`${permission}\`; add \`permissions: { ${permission} }\` to the job, or pass a token that has it`);
    this.name = 'MissingPermissionError';
  }
}

/**
 * Runs one API read. A 403 that is not a rate limit becomes a MissingPermissionError naming
 * the permission: GitHub's own `x-accepted-github-permissions` header when it sends one,
 * otherwise the permission the caller knows the endpoint needs.
 */
export async function readWithPermission<T>(what: string, permission: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isApiError(error) && error.status === 403 && /not accessible by integration|must have|permission/i.test(error.message)) {
      throw new MissingPermissionError(acceptedPermission(error) ?? permission, what);
    }
    throw error;
  }
}

function acceptedPermission(error: ApiErrorLike): string | undefined {
  const header = error.response?.headers?.['x-accepted-github-permissions'];
  if (typeof header !== 'string' || header.trim() === '') return undefined;
  // e.g. "checks=read" or "contents=read; pull_requests=read": the first set suffices.
  const first = header.split(';')[0] ?? '';
  const parts = first
    .split(',')
    .map((pair) => pair.trim().split('='))
    .filter((pair): pair is [string, string] => pair.length === 2)
    .map(([name, level]) => `${name.replace(/_/g, '-')}: ${level}`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}
