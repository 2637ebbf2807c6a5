/**
 * One running emulator's live data: the state tests read and change, what it recorded
 * (requests, schema violations), the faults queued, and its rate-limit counter.
 */
import { FaultQueue } from './faults';
import type { EmulatorState, RouteKey } from './model/state';
import { defaultState } from './model/state';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  route: RouteKey | null;
  status: number;
  body?: unknown;
}

/** A request as tests name it: a GraphQL operation by its name (`RepositorySnapshot`), any other by its route. */
export function requestName(request: RecordedRequest): string {
  if (request.route !== 'POST /graphql') return request.route ?? request.path;
  return /\b(?:query|mutation)\s+(\w+)/.exec((request.body as { query?: string } | undefined)?.query ?? '')?.[1] ?? 'POST /graphql';
}

export interface Session {
  state: EmulatorState;
  /** http://127.0.0.1:PORT once listening. */
  base: string;
  requests: RecordedRequest[];
  violations: string[];
  faults: FaultQueue;
  rate: { used: number; reset: number };
}

export function createSession(initial?: Partial<EmulatorState>): Session {
  return {
    state: defaultState(initial),
    base: '',
    requests: [],
    violations: [],
    faults: new FaultQueue(),
    rate: { used: 0, reset: Math.floor(Date.now() / 1000) + 3600 },
  };
}
