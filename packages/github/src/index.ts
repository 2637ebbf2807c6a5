export { commitFiles, resolveCommit, tagAt } from './commits';
export { isPullRequestEvent, readRunContext, releaseTagOf, runUrl, type RunContext } from './context';
export {
  deploymentStatusReader,
  environmentDeployments,
  getDeployment,
  setDeploymentStatus,
  type DeploymentRecord,
  type DeploymentState,
} from './deployments';
export { policyFileReader, policyRef, readRepositorySnapshot, repositoryFileBytesReader, repositoryFileReader, type RepositorySnapshot } from './files';
export { createGitHubClient, GitHubClient, type GitHubClientOptions } from './gateway/client';
export { GitHubApiError, isNotFound } from './gateway/failure';
export { DEFAULT_API_LIMITS, type ApiLimits } from './gateway/limits';
export { findPreviousRelease, listReleases, rangeSince, type PreviousRelease, type PreviousReleaseOptions, type Release, type ReleaseRange } from './history';
export { findMarkedIssue, type MarkedIssue } from './issues';
export { gitHubRoleDirectory } from './people';
export { graphqlCost, type ConnectionSpec } from './graphql-cost';
export { RELEASE_HISTORY_PAGE_POINTS } from './history-query';
export { releaseHistory, type HistoryCommit, type PullInfo, type ReleaseHistoryOptions } from './release-history';
