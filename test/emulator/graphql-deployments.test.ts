// Repository.deployments, Deployment, DeploymentStatus and Ref over the same state the REST
// deployment routes read: GitHub's shapes (upper-case states, a null ref for a deployment
// made from a SHA), its orders and filters, and connection paging.
import { describe, expect, it } from 'vitest';
import { DEPLOYMENT_HISTORY_PAGE_POINTS, DEPLOYMENT_HISTORY_QUERY, deploymentHistoryPageCost } from '../../packages/github/src/deployments-query';
import { emulatorPerTest } from '../helpers/emulator-per-test';
import type { Emulator, EmulatorState } from './index';
import { get, post, REPO, sha } from './test-client';

type Deployment = EmulatorState['deployments'][number];
type State = Deployment['statuses'][number]['state'];

const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 12, minute)).toISOString().replace('.000Z', 'Z');
const deployment = (id: number, commit: string, ref: string, environment: string, states: State[], minute = id): Deployment => ({
  id,
  sha: commit,
  ref,
  task: 'deploy',
  environment,
  created_at: at(minute),
  statuses: states.map((state, index) => ({ state, created_at: at(minute + index + 1) })),
});

/** Production: from the branch main (1), the tag v1.0.0 (2), a SHA (3), and a deployment created before 3 with a higher id (4). */
const fixture = (): Partial<EmulatorState> => ({
  commits: [1, 2, 3].map((n) => ({ sha: sha(n), message: `change ${n}` })),
  branches: { main: sha(3) },
  tags: { 'v1.0.0': sha(2) },
  deployments: [
    deployment(1, sha(1), 'main', 'production', ['in_progress', 'success', 'inactive']),
    deployment(2, sha(2), 'v1.0.0', 'production', ['success', 'failure']),
    deployment(3, sha(3), sha(3), 'production', ['queued', 'in_progress', 'success'], 30),
    deployment(4, sha(1), 'main', 'production', ['error'], 20),
    deployment(5, sha(3), 'main', 'staging', ['success']),
  ],
});

let emulator: Emulator;
emulatorPerTest(fixture, (started) => (emulator = started));

const graphql = async (query: string, variables: Record<string, unknown> = {}) => {
  const { status, body } = await post(emulator, '/graphql', { query, variables });
  expect(status).toBe(200);
  return body;
};
const HISTORY = { owner: 'octo-org', repo: 'widgets', environment: 'production', after: null };

describe('POST /graphql: Repository.deployments', () => {
  it('the rollback history query: newest first by creation time, ids, commits, refs, latest status and upper-case states', async () => {
    const body = await graphql(DEPLOYMENT_HISTORY_QUERY, HISTORY);
    expect(body.errors).toBeUndefined();
    const { nodes, pageInfo } = body.data.repository.deployments;
    expect(pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
    expect(nodes).toEqual([
      {
        databaseId: 3,
        commitOid: sha(3),
        ref: null, // made from a SHA
        createdAt: at(30),
        latestStatus: { state: 'SUCCESS', createdAt: at(33) },
        statuses: {
          totalCount: 3,
          nodes: [
            { state: 'SUCCESS', createdAt: at(33) },
            { state: 'IN_PROGRESS', createdAt: at(32) },
            { state: 'QUEUED', createdAt: at(31) },
          ],
        },
      },
      expect.objectContaining({ databaseId: 4, ref: { name: 'main' }, createdAt: at(20), latestStatus: { state: 'ERROR', createdAt: at(21) } }),
      expect.objectContaining({ databaseId: 2, ref: { name: 'v1.0.0' }, latestStatus: { state: 'FAILURE', createdAt: at(4) } }),
      expect.objectContaining({ databaseId: 1, ref: { name: 'main' }, latestStatus: { state: 'INACTIVE', createdAt: at(4) } }),
    ]);
  });

  it('is oldest first by default (CREATED_AT ASC), every environment without `environments`, and pages with first/after', async () => {
    const query = `query($after: String, $environments: [String!]) { repository(owner: "octo-org", name: "widgets") {
      deployments(first: 2, after: $after, environments: $environments) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { databaseId environment originalEnvironment task payload } } } } }`;
    const first = (await graphql(query)).data.repository.deployments;
    expect(first.totalCount).toBe(5);
    expect(first.edges.map((edge: any) => edge.node.databaseId)).toEqual([1, 2]);
    expect(first.edges[0].node).toEqual({ databaseId: 1, environment: 'production', originalEnvironment: 'production', task: 'deploy', payload: '{}' });
    expect(first.pageInfo).toEqual({ hasNextPage: true, endCursor: first.edges[1].cursor });
    const second = (await graphql(query, { after: first.pageInfo.endCursor })).data.repository.deployments;
    expect(second.edges.map((edge: any) => edge.node.databaseId)).toEqual([5, 4]);
    const staging = (await graphql(query, { environments: ['staging'] })).data.repository.deployments;
    expect(staging.edges.map((edge: any) => edge.node.databaseId)).toEqual([5]);
    expect((await graphql(query, { environments: ['qa'] })).data.repository.deployments).toMatchObject({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });

  it('tells the same history as REST: the same deployments and, lower-cased, the same statuses newest first', async () => {
    const rest = (await get(emulator, `${REPO}/deployments?environment=staging`)).body;
    const statuses = (await get(emulator, `${REPO}/deployments/1/statuses`)).body;
    const query = `{ repository(owner: "octo-org", name: "widgets") {
      staging: deployments(first: 10, environments: ["staging"]) { nodes { databaseId commitOid } }
      all: deployments(first: 10) { nodes { databaseId statuses(first: 10) { nodes { state } } } } } }`;
    const { staging, all } = (await graphql(query)).data.repository;
    expect(staging.nodes).toEqual(rest.map((item: any) => ({ databaseId: item.id, commitOid: item.sha })));
    const first = all.nodes.find((node: any) => node.databaseId === 1);
    expect(first.statuses.nodes.map((node: any) => node.state.toLowerCase())).toEqual(statuses.map((status: any) => status.state));
  });

  it('pages a deployment’s statuses, and shows a status written over REST as the latest', async () => {
    const query = `query($after: String) { repository(owner: "octo-org", name: "widgets") { deployments(first: 1, environments: ["production"], orderBy: { field: CREATED_AT, direction: ASC }) {
      nodes { latestStatus { state description logUrl } statuses(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { state } } } } } }`;
    const page = (await graphql(query)).data.repository.deployments.nodes[0];
    expect(page.statuses).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true }, nodes: [{ state: 'INACTIVE' }, { state: 'SUCCESS' }] });
    const rest = (await graphql(query, { after: page.statuses.pageInfo.endCursor })).data.repository.deployments.nodes[0];
    expect(rest.statuses.nodes).toEqual([{ state: 'IN_PROGRESS' }]);

    const written = await post(emulator, `${REPO}/deployments/1/statuses`, {
      state: 'success',
      description: 'redeployed',
      log_url: 'https://example.com/run/1',
    });
    expect(written.status).toBe(201);
    const after = (await graphql(query)).data.repository.deployments.nodes[0];
    expect(after.latestStatus).toEqual({ state: 'SUCCESS', description: 'redeployed', logUrl: 'https://example.com/run/1' });
    expect(after.statuses.totalCount).toBe(4);
  });

  it('a Ref names its prefix and commit; a deployment without statuses has no latest one', async () => {
    emulator.state.deployments.push({ id: 6, sha: sha(2), ref: 'refs/tags/v1.0.0', task: 'deploy', environment: 'qa', statuses: [] });
    const query = `{ repository(owner: "octo-org", name: "widgets") { deployments(first: 1, environments: ["qa"]) {
      nodes { ref { name prefix target { oid } } latestStatus { state } statuses(first: 5) { totalCount nodes { state } } } } } }`;
    const [node] = (await graphql(query)).data.repository.deployments.nodes;
    expect(node).toEqual({
      ref: { name: 'v1.0.0', prefix: 'refs/tags/', target: { oid: sha(2) } },
      latestStatus: null,
      statuses: { totalCount: 0, nodes: [] },
    });
  });
});

describe('the rollback history page', () => {
  it(`costs what the suite computes for it, at most ${DEPLOYMENT_HISTORY_PAGE_POINTS} point`, async () => {
    const body = await graphql(DEPLOYMENT_HISTORY_QUERY.replace('repository(', 'rateLimit { cost } repository('), HISTORY);
    expect(body.data.rateLimit.cost).toBe(deploymentHistoryPageCost());
    expect(deploymentHistoryPageCost()).toBeLessThanOrEqual(DEPLOYMENT_HISTORY_PAGE_POINTS);
  });
});
