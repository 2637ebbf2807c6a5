/**
 * A local GitHub REST API emulator for tests that run bundled actions as child processes
 * (point the action at it with GITHUB_API_URL=<emulator.url>). Bodies are built from
 * GitHub's OpenAPI examples and validated against its response schemas. POST /graphql
 * (also /api/graphql) validates queries against GitHub's GraphQL schema and executes them
 * over the same state: REST routes (routes/) and GraphQL resolvers (graphql/) both read it
 * through model/. README.md maps the files.
 */

export type { Fault } from './faults';
export { faults } from './faults';
export type { EmulatorState, RouteKey } from './model/state';
export { type Emulator, type RecordedRequest, requestName, startEmulator } from './server';
export { webhookPayload } from './webhooks';
