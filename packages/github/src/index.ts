export { commitFiles, resolveCommit, tagAt } from './commits';
export { isPullRequestEvent, type RunContext, readRunContext, releaseTagOf, runUrl } from './context';
export {
  type DeploymentRecord,
  type DeploymentState,
  deploymentStatusReader,
  environmentDeployments,
  getDeployment,
  setDeploymentStatus,
} from './deployments';
export { policyFileReader, policyRef, type RepositorySnapshot, readRepositorySnapshot, repositoryFileBytesReader, repositoryFileReader } from './files';
export { createGitHubClient, GitHubClient, type GitHubClientOptions } from './gateway/client';
export { GitHubApiError, isNotFound } from './gateway/failure';
export { type ApiLimits, DEFAULT_API_LIMITS } from './gateway/limits';
export { type ConnectionSpec, graphqlCost } from './graphql-cost';
export {
  findPreviousRelease,
  listReleases,
  type PreviousRelease,
  type PreviousReleaseOptions,
  previousReleaseOptions,
  type Release,
  type ReleaseLine,
  type ReleaseRange,
  type ReleaseSummary,
  rangeSince,
} from './history';
export { RELEASE_HISTORY_PAGE_POINTS } from './history-query';
export { findMarkedIssue, type MarkedIssue } from './issues';
export { gitHubRoleDirectory } from './people';
export { type ReleaseChanges, releaseChanges } from './release-changes';
export { type HistoryCommit, type PullInfo, type ReleaseHistoryOptions, releaseHistory } from './release-history';
