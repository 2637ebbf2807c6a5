import { describe, expect, it } from 'vitest';
import { DEPLOYMENT_HISTORY_PAGE_POINTS, deploymentHistoryConnections } from './deployments-query';
import { connectionRequests, graphqlCost } from './graphql-cost';
import { commitRunsConnections, mergedPullsConnections, RELEASE_HISTORY_PAGE_POINTS, releaseHistoryConnections } from './history-query';

describe('graphqlCost (GitHub: "Calculating a rate limit score before running the call")', () => {
  // GitHub's worked example: viewer { repositories(first: 100) { … issues(first: 50) { … labels(first: 60) } } }.
  const documented = [{ field: 'repositories', size: 100, connections: [{ field: 'issues', size: 50, connections: [{ field: 'labels', size: 60 }] }] }];

  it("counts one request for the repositories, 100 for their issues and 5,000 for the issues' labels: 5,101", () => {
    expect(connectionRequests(documented)).toBe(5101);
  });

  it('divides by 100 and rounds: 51 points', () => {
    expect(graphqlCost(documented)).toBe(51);
  });

  it('charges at least one point, also for a query without connections', () => {
    expect(graphqlCost([])).toBe(1);
    expect(graphqlCost([{ field: 'labels', size: 10 }])).toBe(1);
  });

  it('rounds to the nearest point rather than up', () => {
    // 1 + 149 = 150 requests → 1.5 → 2; 1 + 140 = 141 → 1.41 → 1.
    expect(graphqlCost([{ field: 'a', size: 149, connections: [{ field: 'b', size: 1 }] }])).toBe(2);
    expect(graphqlCost([{ field: 'a', size: 140, connections: [{ field: 'b', size: 1 }] }])).toBe(1);
  });

  it('adds sibling connections, each multiplied by its own parents only', () => {
    // 1 (commits) + 100 (pulls) + 3 × 100 × 5 (labels, reviews, files of 500 pulls) = 1,601 → 16.
    const before = [
      {
        field: 'history',
        size: 100,
        connections: [
          {
            field: 'associatedPullRequests',
            size: 5,
            connections: [
              { field: 'labels', size: 50 },
              { field: 'reviews', size: 100 },
              { field: 'files', size: 100 },
            ],
          },
        ],
      },
    ];
    expect(connectionRequests(before)).toBe(1601);
    expect(graphqlCost(before)).toBe(16);
  });
});

describe('the release history page', () => {
  it(`costs at most ${RELEASE_HISTORY_PAGE_POINTS} points, with or without files`, () => {
    expect(graphqlCost(releaseHistoryConnections(100, true))).toBeLessThanOrEqual(RELEASE_HISTORY_PAGE_POINTS);
    expect(graphqlCost(releaseHistoryConnections(100, false))).toBeLessThan(graphqlCost(releaseHistoryConnections(100, true)));
  });

  it('costs less read from pull requests: 5 points for 100 with their files, 4 without', () => {
    // 1 for the search, 100 each for labels, reviews, files, merge commit parents and commit counts.
    expect(connectionRequests(mergedPullsConnections(100, true))).toBe(501);
    expect(graphqlCost(mergedPullsConnections(100, true))).toBe(5);
    expect(graphqlCost(mergedPullsConnections(100, false))).toBe(4);
  });

  it('reads commit runs at 2 requests a commit: 500 commits fit under the bound in one request', () => {
    expect(connectionRequests(commitRunsConnections([1]))).toBe(3);
    expect(graphqlCost(commitRunsConnections([100, 100, 100, 100, 100]))).toBe(RELEASE_HISTORY_PAGE_POINTS);
  });
});

describe('the rollback deployment history page', () => {
  it(`needs 1 request for 100 deployments and 100 for their statuses, whatever their size: ${DEPLOYMENT_HISTORY_PAGE_POINTS} point`, () => {
    expect(connectionRequests(deploymentHistoryConnections())).toBe(101);
    expect(graphqlCost(deploymentHistoryConnections())).toBe(DEPLOYMENT_HISTORY_PAGE_POINTS);
  });
});
