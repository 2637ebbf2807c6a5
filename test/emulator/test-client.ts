// How the emulator's own tests talk to it: plain fetch, as any client would.

import { defaultState } from './model/state';
import type { Emulator } from './server';
import { repoId } from './shapes';

export const REPO = '/repos/octo-org/widgets';
/** The same repository as GitHub's Link headers name it: by id. */
export const REPO_BY_ID = `/repositories/${repoId({ state: defaultState(), apiBase: '' })}`;
export const AUTH = { authorization: 'token ghs_test' };
/** n < 10: distinct 7-character prefixes. */
export const sha = (n: number) => String(n).repeat(40);

export async function call(emulator: Emulator, method: string, path: string, body?: unknown, headers: Record<string, string> = AUTH) {
  const init: RequestInit = { method, headers: { ...headers, 'content-type': 'application/json' } };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await fetch(`${emulator.url}${path}`, init);
  return {
    response,
    status: response.status,
    body: (await response.json()) as any,
    link: response.headers.get('link'),
    location: response.headers.get('location'),
  };
}

export const get = (emulator: Emulator, path: string, headers?: Record<string, string>) => call(emulator, 'GET', path, undefined, headers);
export const post = (emulator: Emulator, path: string, body: unknown) => call(emulator, 'POST', path, body);
