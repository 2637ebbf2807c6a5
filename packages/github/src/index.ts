export { createGitHubClient, type GitHubClient } from './client';
export { isPullRequestEvent, readRunContext, releaseTagOf, type RunContext } from './context';
export { isApiError, isNotFound, MissingPermissionError, readWithPermission, type ApiErrorLike } from './errors';
export { policyFileReader, repositoryFileReader } from './files';
export { findPreviousRelease, listReleases, rangeSince, type PreviousRelease, type PreviousReleaseOptions, type Release, type ReleaseRange } from './history';
export { gitHubRoleDirectory } from './people';
export { commitFiles, releaseHistory, resolveCommit, type HistoryCommit, type PullInfo } from './release-history';
